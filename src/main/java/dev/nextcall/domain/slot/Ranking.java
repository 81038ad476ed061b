package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the proposals among the free times: one per day on the soonest days, each day's soonest time
 * that is neither early nor late for either party, and only when there are fewer good days than
 * proposals a second time on a day already used; comfort never costs a proposal. See
 * {@link SlotFinder} for the rule in words.
 */
final class Ranking {

    /** Why a free time counts as early or late; {@code NONE} when it does not. */
    enum Edge {
        NONE("", ""),
        EARLY_FOR_REP("early", "your"),
        LATE_FOR_REP("late", "your"),
        EARLY_FOR_PROSPECT("early", "the prospect's"),
        LATE_FOR_PROSPECT("late", "the prospect's");

        private final String when;
        private final String whose;

        Edge(String when, String whose) {
            this.when = when;
            this.whose = whose;
        }

        /** "early in your day", "late in the prospect's day". */
        String words() {
            return when + " in " + whose + " day";
        }
    }

    private final RuleBook book;
    private final Duration margin;
    private final int count;

    Ranking(RuleBook book, Duration margin, int count) {
        this.book = book;
        this.margin = margin;
        this.count = count;
    }

    /**
     * Whether {@code slot} starts within the comfort margin of the start of the working range it lies
     * in, or ends within it of the range's end, for the rep (their range before breaks: a time right
     * after lunch is not early) or the prospect, each on their own wall clock.
     */
    Edge edge(Interval slot) {
        Optional<Span> rep = book.repRange(slot);
        if (rep.isPresent()) {
            if (startsEarly(rep.get(), slot)) {
                return Edge.EARLY_FOR_REP;
            }
            if (endsLate(rep.get(), slot)) {
                return Edge.LATE_FOR_REP;
            }
        }
        Optional<Span> prospect = book.prospectRange(slot);
        if (prospect.isPresent()) {
            if (startsEarly(prospect.get(), slot)) {
                return Edge.EARLY_FOR_PROSPECT;
            }
            if (endsLate(prospect.get(), slot)) {
                return Edge.LATE_FOR_PROSPECT;
            }
        }
        return Edge.NONE;
    }

    /** The proposals among {@code candidates} (free times, soonest first), soonest first. */
    List<Interval> choose(List<Interval> candidates) {
        List<Interval> comfortable = mostComfortable(candidates);
        if (comfortable.size() < count) {
            // Comfort must not cost a proposal: in a short window, 15:30 alone (comfortable) would crowd
            // out 15:00 and 16:00 (one early, one late), and two times to choose from beat one.
            List<Interval> most = soonestWithoutOverlap(candidates);
            if (most.size() > comfortable.size()) {
                return most;
            }
        }
        return comfortable;
    }

    private List<Interval> mostComfortable(List<Interval> candidates) {
        List<Interval> chosen = new ArrayList<>();
        for (Interval pick : dayPicks(candidates).values()) {
            if (chosen.size() == count) {
                break;
            }
            chosen.add(pick);
        }
        // Fewer good days than proposals: more times on the days already used, comfortable ones first.
        fill(chosen, candidates, false);
        fill(chosen, candidates, true);
        chosen.sort(null);
        return List.copyOf(chosen);
    }

    /** Per rep date, in date order: its soonest comfortable time, else its soonest time. */
    private Map<LocalDate, Interval> dayPicks(List<Interval> candidates) {
        Map<LocalDate, Interval> comfortable = new LinkedHashMap<>();
        Map<LocalDate, Interval> any = new LinkedHashMap<>();
        for (Interval slot : candidates) {
            LocalDate day = book.repDayOf(slot.start()).date();
            any.putIfAbsent(day, slot);
            if (!comfortable.containsKey(day) && edge(slot) == Edge.NONE) {
                comfortable.put(day, slot);
            }
        }
        Map<LocalDate, Interval> picks = new LinkedHashMap<>();
        any.forEach((day, soonest) -> picks.put(day, comfortable.getOrDefault(day, soonest)));
        return picks;
    }

    /**
     * The soonest free times that do not overlap. Free times on different days never overlap and all
     * have the same length, so taking them soonest first leaves as many as there can be.
     */
    private List<Interval> soonestWithoutOverlap(List<Interval> candidates) {
        List<Interval> chosen = new ArrayList<>();
        for (Interval slot : candidates) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.isEmpty() || !chosen.get(chosen.size() - 1).overlaps(slot)) {
                chosen.add(slot);
            }
        }
        return List.copyOf(chosen);
    }

    private void fill(List<Interval> chosen, List<Interval> candidates, boolean atEdge) {
        for (Interval slot : candidates) {
            if (chosen.size() >= count) {
                return;
            }
            if ((edge(slot) != Edge.NONE) == atEdge && chosen.stream().noneMatch(slot::overlaps)) {
                chosen.add(slot);
            }
        }
    }

    private boolean startsEarly(Span range, Interval slot) {
        return slot.start().isBefore(range.start().plus(margin));
    }

    private boolean endsLate(Span range, Interval slot) {
        return slot.end().isAfter(range.end().minus(margin));
    }
}
