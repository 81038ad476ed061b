package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds meeting times a rep can offer and checks times a rep wants to book, under one set of rules.
 *
 * <h2>What a free time is</h2>
 * A meeting of {@code rules.meetingLength()} that lies inside one of the rep's working ranges of its
 * date (the weekly hours, or the date's override, in the rep's zone), touches none of the rep's breaks,
 * is not on a day off or a day whose meeting count has reached the daily cap, lies inside one of the
 * prospect's working ranges (in the prospect's zone), starts after the minimum notice and is clear of
 * busy time widened by the buffers. Free times start on the step grid counted from the start of the
 * rep's working range (see {@link SlotGrid}). {@link #check} reports each of these rules by name, plus
 * the horizon; the search and the check ask the same {@link RuleBook}, so they cannot disagree.
 *
 * <h2>The window</h2>
 * The search covers the caller's window, {@code [max(from, now + notice), from + days)}. The horizon is
 * not applied to it: the panel asks for {@code [now, now + horizon)} anyway and the command line may
 * search any window on purpose. The horizon is a booking rule that {@link #check} (and so booking)
 * enforces from now.
 *
 * <h2>Ranking</h2>
 * {@link #propose} returns {@code rules.count()} proposals on different days where possible, taking the
 * soonest days that have a free time. On each day it takes the soonest time that is not "at the edge",
 * falling back to the soonest time of the day only when every free time that day is at the edge. A time
 * is at the edge when it starts within {@code rules.comfortMargin()} of the start of its working range,
 * or ends within it of the range's end, for either party on their own wall clock (for the rep, the range
 * before breaks: right after lunch is not early). With the default 30-minute margin and 09:00–17:00
 * hours, a free day is offered at 09:30, not 09:00. When fewer days have free times than proposals are
 * asked for, further times on the days already used fill the set: non-overlapping, not at the edge
 * first, soonest first. Comfort never costs a proposal: if that leaves fewer proposals than asked for
 * while more free times could be offered without overlapping, the proposals are the soonest free times
 * that do not overlap instead (a one-day window with room for 15:00 and 16:00 offers both, not 15:30
 * alone). {@link #moreTimes} lists the free times that were not proposed.
 *
 * <p>Pure and deterministic: the same rules and request give the same answer, whatever order the busy
 * time comes in. Busy time far outside the window is dropped in one pass, so a year of calendar costs
 * a linear scan rather than a sort.
 */
public final class SlotFinder {

    private final SlotRules rules;
    private final SlotGrid grid;

    public SlotFinder(SlotRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.grid = new SlotGrid(rules.repZone(), rules.step(), rules.meetingLength());
    }

    public SlotRules rules() {
        return rules;
    }

    /** Up to {@code rules.count()} proposals, soonest first (see the ranking above). */
    public List<Interval> propose(SlotRequest request) {
        Search search = search(request, Integer.MAX_VALUE);
        return search.ranking().choose(search.candidates());
    }

    /** Every free time in the window, soonest first, at most {@code limit} of them. */
    public List<Interval> candidates(SlotRequest request, int limit) {
        return search(request, limit).candidates();
    }

    /**
     * The free times in the window that are not among the proposals, soonest first, from the
     * {@code offset}-th (0-based) on, at most {@code limit}: the panel's "more times" list and
     * {@code slots --page}. Consecutive pages neither repeat nor skip a time.
     */
    public List<Interval> moreTimes(SlotRequest request, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        Search search = search(request, Integer.MAX_VALUE);
        List<Interval> proposals = search.ranking().choose(search.candidates());
        List<Interval> rest = new ArrayList<>(search.candidates());
        rest.removeAll(proposals);
        int from = Math.min(offset, rest.size());
        return List.copyOf(rest.subList(from, (int) Math.min((long) from + limit, rest.size())));
    }

    /**
     * Every rule {@code slot} breaks, checked against {@code request} (its busy time, days off, meeting
     * counts and its "now"), each with a sentence in the rep's zone. An empty list means it may be booked.
     */
    public List<RuleViolation> check(Interval slot, SlotRequest request) {
        return new RuleBook(rules, request, slot).violations(slot);
    }

    /**
     * Why a meeting starting at {@code start} is or is not offered for {@code request}: the rules it
     * breaks, whether it is on the grid, whether it is proposed, else where it stands among the free
     * times, and a summary a rep can read.
     */
    public Explanation explain(Instant start, SlotRequest request) {
        Interval slot = Interval.of(start, rules.meetingLength());
        Search search = search(request, Integer.MAX_VALUE);
        List<Interval> proposals = search.ranking().choose(search.candidates());
        return new Explainer(rules, grid, search.book(), search.ranking(), search.window())
                .explain(slot, check(slot, request), proposals, search.candidates());
    }

    /** The free times of the window (up to {@code limit}) and what ranks them. */
    private Search search(SlotRequest request, int limit) {
        Instant earliest = latest(request.from(), request.now().plus(rules.minimumNotice()));
        Instant windowEnd = request.from().atZone(rules.repZone()).plusDays(request.days()).toInstant();
        Interval window = new Interval(request.from(), windowEnd);
        if (!earliest.isBefore(windowEnd)) {
            RuleBook book = new RuleBook(rules, request, window);
            return new Search(book, new Ranking(book, rules.comfortMargin(), rules.count()), window, List.of());
        }
        RuleBook book = new RuleBook(rules, request, new Interval(earliest, windowEnd));
        List<Interval> found = new ArrayList<>();
        LocalDate lastDay = windowEnd.atZone(rules.repZone()).toLocalDate();
        for (LocalDate day = earliest.atZone(rules.repZone()).toLocalDate();
             !day.isAfter(lastDay) && found.size() < limit; day = day.plusDays(1)) {
            for (Span range : book.repDay(day).ranges()) {
                grid.collect(day, range, earliest, windowEnd, book::allowsInWindow, found, limit);
            }
        }
        return new Search(book, new Ranking(book, rules.comfortMargin(), rules.count()), window, List.copyOf(found));
    }

    private record Search(RuleBook book, Ranking ranking, Interval window, List<Interval> candidates) {
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
