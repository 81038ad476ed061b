package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.slot.RuleViolation.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every availability rule, applied to one slot at a time. The finder offers only what
 * {@link #allowsInWindow} allows and {@link #violations} reports what a slot breaks; both ask the same
 * predicates below, so what is proposed and what may be booked cannot drift apart.
 *
 * <p>Built for one request and one span of interest: busy time far from the span is dropped on
 * construction, and each date's working hours are computed once and remembered.
 */
final class RuleBook {

    private final SlotRules rules;
    private final SlotRequest request;
    private final BusyTime busy;
    private final Instant noticeEnd;
    private final Instant horizonEnd;
    private final Map<LocalDate, WorkingDay> repDays = new HashMap<>();
    private final Map<LocalDate, WorkingDay> prospectDays = new HashMap<>();

    /** @param span the slots that will be asked about lie inside it (busy time elsewhere is ignored) */
    RuleBook(SlotRules rules, SlotRequest request, Interval span) {
        this.rules = rules;
        this.request = request;
        this.busy = new BusyTime(request.busy(), rules.bufferBefore(), rules.bufferAfter(), span);
        this.noticeEnd = request.now().plus(rules.minimumNotice());
        this.horizonEnd = request.now().atZone(rules.repZone()).plusDays(rules.horizonDays()).toInstant();
    }

    /**
     * Every rule except the horizon, which is a booking rule: the search window is the caller's and may
     * reach past it on purpose (see {@link SlotFinder}).
     */
    boolean allowsInWindow(Interval slot) {
        WorkingDay rep = repDayOf(slot.start());
        return inRepHours(rep, slot) && clearOfBreaks(rep, slot) && !dayOff(rep) && !capReached(rep)
                && inProspectHours(slot) && noticeKept(slot) && !busy.collides(slot);
    }

    /** Every rule {@code slot} breaks, each with a sentence in the rep's zone; empty when it may be booked. */
    List<RuleViolation> violations(Interval slot) {
        List<RuleViolation> found = new ArrayList<>();
        ZoneId repZone = rules.repZone();
        WorkingDay rep = repDayOf(slot.start());
        if (!inRepHours(rep, slot)) {
            found.add(new RuleViolation(Rule.REP_WORKING_HOURS, RuleText.repHours(rep)));
        }
        if (!clearOfBreaks(rep, slot)) {
            found.add(new RuleViolation(Rule.BREAK, RuleText.duringBreak(rep.breakOverlapping(slot).orElseThrow(), repZone)));
        }
        if (dayOff(rep)) {
            found.add(new RuleViolation(Rule.DAY_OFF, RuleText.dayOff(rep.date())));
        }
        if (capReached(rep)) {
            found.add(new RuleViolation(Rule.DAILY_CAP,
                    RuleText.dailyCap(rep.date(), request.meetingsOn(rep.date()), rules.dailyCap())));
        }
        if (!inProspectHours(slot)) {
            found.add(new RuleViolation(Rule.PROSPECT_WORKING_HOURS,
                    RuleText.prospectHours(prospectDayOf(slot.start()), slot.start())));
        }
        if (!noticeKept(slot)) {
            found.add(new RuleViolation(Rule.MINIMUM_NOTICE,
                    RuleText.notice(slot.start(), request.now(), rules.minimumNotice())));
        }
        if (!withinHorizon(slot)) {
            found.add(new RuleViolation(Rule.HORIZON, RuleText.horizon(rules.horizonDays(), horizonEnd, repZone)));
        }
        if (busy.collides(slot)) {
            // collides() is about merged, widened blocks; cause() names the meeting behind it.
            String why = busy.cause(slot).map(c -> RuleText.busy(c, busy, repZone)).orElse("it overlaps busy time");
            found.add(new RuleViolation(Rule.BUSY, why));
        }
        return List.copyOf(found);
    }

    // ---- the rules -----------------------------------------------------------------------------

    /** Inside one of the rep's ranges of the date (its override or its weekday), breaks aside. */
    private static boolean inRepHours(WorkingDay rep, Interval slot) {
        return rep.rangeEnclosing(slot).isPresent();
    }

    /** A break only counts on a day the rep works; otherwise the working-hours rule already says it all. */
    private static boolean clearOfBreaks(WorkingDay rep, Interval slot) {
        return !rep.works() || rep.breakOverlapping(slot).isEmpty();
    }

    private boolean dayOff(WorkingDay rep) {
        return request.daysOff().contains(rep.date());
    }

    private boolean capReached(WorkingDay rep) {
        return rules.dailyCap() > 0 && request.meetingsOn(rep.date()) >= rules.dailyCap();
    }

    private boolean inProspectHours(Interval slot) {
        return prospectDayOf(slot.start()).rangeEnclosing(slot).isPresent();
    }

    private boolean noticeKept(Interval slot) {
        return !slot.start().isBefore(noticeEnd);
    }

    private boolean withinHorizon(Interval slot) {
        return !slot.end().isAfter(horizonEnd);
    }

    // ---- working days --------------------------------------------------------------------------

    WorkingDay repDay(LocalDate date) {
        return repDays.computeIfAbsent(date, d -> WorkingDay.rep(rules.repSchedule(), d, rules.repZone()));
    }

    /** The rep's working day that {@code instant} falls on, read on the rep's wall clock. */
    WorkingDay repDayOf(Instant instant) {
        return repDay(instant.atZone(rules.repZone()).toLocalDate());
    }

    WorkingDay prospectDayOf(Instant instant) {
        ZoneId zone = request.prospectZone();
        return prospectDays.computeIfAbsent(instant.atZone(zone).toLocalDate(),
                d -> WorkingDay.prospect(rules.prospectHours(), d, zone));
    }

    /** The rep's working range (before breaks) that holds {@code slot}, if any. */
    Optional<Span> repRange(Interval slot) {
        return repDayOf(slot.start()).rangeEnclosing(slot);
    }

    Optional<Span> prospectRange(Interval slot) {
        return prospectDayOf(slot.start()).rangeEnclosing(slot);
    }
}
