package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Writes the {@link Explanation} of one time: the facts (rules broken, grid, proposal, place among the
 * free times) and the sentences that answer the rep's question, most decisive reason first.
 */
final class Explainer {

    private final SlotRules rules;
    private final SlotGrid grid;
    private final RuleBook book;
    private final Ranking ranking;
    private final Interval window;

    Explainer(SlotRules rules, SlotGrid grid, RuleBook book, Ranking ranking, Interval window) {
        this.rules = rules;
        this.grid = grid;
        this.book = book;
        this.ranking = ranking;
        this.window = window;
    }

    Explanation explain(Interval slot, List<RuleViolation> violations, List<Interval> proposals,
                        List<Interval> candidates) {
        WorkingDay day = book.repDayOf(slot.start());
        Optional<Span> range = grid.rangeHolding(slot.start(), day);
        boolean onGrid = grid.isOnGrid(slot.start(), day);
        OptionalInt proposal = placeOf(slot, proposals);
        OptionalInt candidate = placeOf(slot, candidates);
        String when = RuleText.dayAndTime(slot.start(), rules.repZone());

        String summary;
        if (proposal.isPresent()) {
            summary = when + " is offered: it is " + proposalPlace(proposal.getAsInt(), proposals.size()) + "."
                    + (violations.isEmpty() ? "" : " Booking it would still be refused: " + joined(violations) + ".");
        } else if (!violations.isEmpty()) {
            summary = when + " is not offered: " + joined(violations) + "."
                    + (range.isPresent() && !onGrid ? " It is also not " + gridWords(range.get()) + "." : "");
        } else if (!onGrid) {
            // Free under every rule, so it lies inside a working range: the grid is the only reason.
            summary = when + " is not " + range.map(this::gridWords).orElse("on the grid of your hours") + ".";
        } else if (candidate.isPresent()) {
            summary = when + " is free under every rule; it is the " + RuleText.ordinal(candidate.getAsInt())
                    + " free time, " + whyNotProposed(slot, proposals) + " — ask for more times.";
        } else {
            summary = when + " is free under every rule but outside the search window ("
                    + RuleText.dayAndTime(window.start(), rules.repZone()) + " to "
                    + RuleText.dayAndTime(window.end(), rules.repZone()) + ").";
        }
        return new Explanation(slot, violations, onGrid, proposal, candidate, summary);
    }

    /**
     * Why a free time lost to the proposals: its day comes after the proposed days, or its day has a
     * proposal that is more comfortable or sooner.
     */
    private String whyNotProposed(Interval slot, List<Interval> proposals) {
        ZoneId zone = rules.repZone();
        LocalDate date = book.repDayOf(slot.start()).date();
        Optional<Interval> sameDay = proposals.stream()
                .filter(p -> book.repDayOf(p.start()).date().equals(date)).findFirst();
        if (sameDay.isEmpty()) {
            return proposals.size() == 1 ? "after the proposal" : "after the " + proposals.size() + " proposals";
        }
        String proposed = RuleText.time(sameDay.get().start().atZone(zone).toLocalTime());
        Ranking.Edge edge = ranking.edge(slot);
        if (edge != Ranking.Edge.NONE) {
            return "but it is " + edge.words() + ", and " + proposed + " is proposed that day";
        }
        return "but " + RuleText.day(date) + " already has a proposal at " + proposed
                + ", and proposals go on different days";
    }

    /** "on the 30-minute grid of your hours (09:00, 09:30, …)". */
    private String gridWords(Span range) {
        String times = grid.firstTimes(range).stream().map(RuleText::time).collect(Collectors.joining(", "));
        return "on the " + grid.step().toMinutes() + "-minute grid of your hours (" + times + ", …)";
    }

    private static String proposalPlace(int place, int of) {
        return of == 1 ? "the only proposal" : "the " + RuleText.ordinal(place) + " of the " + of + " proposals";
    }

    private static String joined(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::explanation).collect(Collectors.joining("; "));
    }

    private static OptionalInt placeOf(Interval slot, List<Interval> slots) {
        int i = slots.indexOf(slot);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
    }
}
