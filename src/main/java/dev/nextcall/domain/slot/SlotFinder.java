package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds meeting times inside the rep's working hours (rep's zone) and the prospect's (prospect's
 * zone), clear of busy time plus buffers, after the minimum notice and inside the search window.
 * Candidates sit on the step grid counted from the start of each working range. The horizon is not
 * applied to the search (the window is the caller's); {@link #check} enforces it, like every rule.
 *
 * <p>Proposals are the soonest good times, one per day first so the prospect gets a real choice; only
 * when there are fewer good days than proposals asked for does a day get a second slot.
 *
 * <p>Pure and deterministic: the same rules and request give the same answer.
 */
public final class SlotFinder {

    private final SlotRules rules;

    public SlotFinder(SlotRules rules) {
        this.rules = rules;
    }

    public SlotRules rules() {
        return rules;
    }

    /** Up to {@code rules.count()} proposals, soonest first. */
    public List<Interval> propose(SlotRequest request) {
        List<Interval> all = candidates(request, Integer.MAX_VALUE);
        List<Interval> chosen = new ArrayList<>();
        Set<LocalDate> daysUsed = new HashSet<>();
        for (Interval slot : all) {
            if (chosen.size() == rules.count()) {
                break;
            }
            if (daysUsed.add(repDate(slot.start()))) {
                chosen.add(slot);
            }
        }
        for (Interval slot : all) {
            if (chosen.size() == rules.count()) {
                break;
            }
            if (!chosen.contains(slot) && chosen.stream().noneMatch(slot::overlaps)) {
                chosen.add(slot);
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return List.copyOf(chosen);
    }

    /** Every good slot in the window, soonest first, at most {@code limit} of them. */
    public List<Interval> candidates(SlotRequest request, int limit) {
        BusyTime busy = new BusyTime(request.busy(), rules.bufferBefore(), rules.bufferAfter());
        Instant earliest = latest(request.from(), request.now().plus(rules.minimumNotice()));
        // The window is the caller's and is not cut at the horizon: the panel asks for
        // [now, now + horizon) anyway, and the command line may search any window on purpose.
        // The horizon is a booking rule: check() (and so booking) still enforces it from now.
        Instant windowEnd = windowEnd(request);
        List<Interval> found = new ArrayList<>();
        LocalDate day = repDate(earliest);
        LocalDate lastDay = repDate(windowEnd);
        for (; !day.isAfter(lastDay) && found.size() < limit; day = day.plusDays(1)) {
            for (TimeRange range : rules.repHours().on(day.getDayOfWeek())) {
                collectInRange(day, range, earliest, windowEnd, request.prospectZone(), busy, found, limit);
            }
        }
        return List.copyOf(found);
    }

    private void collectInRange(LocalDate day, TimeRange range, Instant earliest, Instant windowEnd,
                                ZoneId prospectZone, BusyTime busy, List<Interval> found, int limit) {
        Instant rangeEnd = boundary(day, range.end(), rules.repZone());
        LocalTime wall = range.start();
        while (found.size() < limit) {
            ZonedDateTime zoned = ZonedDateTime.of(day, wall, rules.repZone());
            // A time the clocks skip (spring forward) is not offered: java.time would move it later,
            // onto a time the grid reaches anyway, and the rep could not say it.
            if (zoned.toLocalTime().equals(wall)) {
                Instant start = zoned.toInstant();
                Interval slot = Interval.of(start, rules.meetingLength());
                if (slot.end().isAfter(rangeEnd) || slot.end().isAfter(windowEnd)) {
                    return;
                }
                if (!start.isBefore(earliest) && withinProspectHours(slot, prospectZone)
                        && busy.collision(slot).isEmpty()) {
                    found.add(slot);
                }
            }
            LocalTime next = wall.plus(rules.step());
            if (!next.isAfter(wall)) {
                return; // the grid wrapped past midnight
            }
            wall = next;
        }
    }

    /**
     * Every rule {@code slot} breaks, checked against {@code request} (its busy time and its "now").
     * An empty list means the slot may be booked.
     */
    public List<RuleViolation> check(Interval slot, SlotRequest request) {
        List<RuleViolation> violations = new ArrayList<>();
        ZonedDateTime repStart = slot.start().atZone(rules.repZone());
        if (!within(rules.repHours(), rules.repZone(), slot)) {
            violations.add(new RuleViolation(Rule.REP_WORKING_HOURS,
                    "outside your working hours (" + describeHours(rules.repHours(), repStart) + ", "
                            + rules.repZone().getId() + ")"));
        }
        if (!withinProspectHours(slot, request.prospectZone())) {
            ZonedDateTime prospectStart = slot.start().atZone(request.prospectZone());
            violations.add(new RuleViolation(Rule.PROSPECT_WORKING_HOURS,
                    "outside the prospect's working hours (" + describeHours(rules.prospectHours(), prospectStart)
                            + ", " + request.prospectZone().getId() + ")"));
        }
        Instant noticeEnd = request.now().plus(rules.minimumNotice());
        if (slot.start().isBefore(noticeEnd)) {
            violations.add(new RuleViolation(Rule.MINIMUM_NOTICE,
                    "less than " + rules.minimumNotice().toMinutes() + " minutes from now"));
        }
        if (slot.end().isAfter(horizonEnd(request.now()))) {
            violations.add(new RuleViolation(Rule.HORIZON,
                    "more than " + rules.horizonDays() + " days ahead"));
        }
        BusyTime busy = new BusyTime(request.busy(), rules.bufferBefore(), rules.bufferAfter());
        Optional<Interval> collision = busy.collision(slot);
        collision.ifPresent(blocked -> {
            Interval cause = busy.cause(slot).orElse(blocked);
            violations.add(new RuleViolation(Rule.BUSY, "overlaps busy time " + cause.start() + " – " + cause.end()));
        });
        return List.copyOf(violations);
    }

    private boolean withinProspectHours(Interval slot, ZoneId prospectZone) {
        return within(rules.prospectHours(), prospectZone, slot);
    }

    /**
     * True when the slot lies inside one working range of the day it starts on, read in {@code zone}.
     * The range is turned into instants rather than the slot into wall-clock times, so a slot across a
     * clock change (02:30 summer time to 02:00 winter time is a real half hour) is judged by its length.
     */
    private static boolean within(WorkingHours hours, ZoneId zone, Interval slot) {
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        return hours.on(day.getDayOfWeek()).stream().anyMatch(range ->
                !slot.start().isBefore(boundary(day, range.start(), zone))
                        && !slot.end().isAfter(boundary(day, range.end(), zone)));
    }

    /**
     * The instant a working range's wall-clock boundary falls on. {@link LocalTime#MAX} stands for
     * 24:00, the end of the day. A boundary the clocks skip is the moment they jump; in a fall-back
     * overlap the earlier offset wins, as for the grid.
     */
    private static Instant boundary(LocalDate day, LocalTime time, ZoneId zone) {
        if (time.equals(LocalTime.MAX)) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    private static String describeHours(WorkingHours hours, ZonedDateTime at) {
        List<TimeRange> ranges = hours.on(at.getDayOfWeek());
        return ranges.isEmpty() ? "no hours on " + at.getDayOfWeek().name().toLowerCase() : ranges.toString();
    }

    private Instant windowEnd(SlotRequest request) {
        return request.from().atZone(rules.repZone()).plusDays(request.days()).toInstant();
    }

    private Instant horizonEnd(Instant now) {
        return now.atZone(rules.repZone()).plusDays(rules.horizonDays()).toInstant();
    }

    private LocalDate repDate(Instant instant) {
        return instant.atZone(rules.repZone()).toLocalDate();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
