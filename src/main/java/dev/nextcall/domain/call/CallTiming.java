package dev.nextcall.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one call: when it started, when it is planned to end, and (for back-to-back meetings)
 * when the rep's next meeting begins. Everything the panel shows about time (phase, elapsed,
 * remaining, progress) is computed from these instants and a "now" that the caller supplies from its
 * {@link java.time.Clock}.
 *
 * <p>The planned end is the rep's plan (the calendar event's end, or the length chosen by hand, moved
 * by extensions); it is what the history stores. The <em>effective</em> end is the earlier of the
 * planned end and the next meeting's start: a call that would run into the next meeting wraps up in
 * time for it. The next meeting is not stored, because the calendar says it again on every look.
 *
 * @param nextMeeting the start of the rep's next meeting when it falls before the planned end; null when none does
 * @param runInto     a next meeting the rep chose to run into by extending the call; it no longer cuts the call short
 */
public record CallTiming(Instant start, Instant plannedEnd, Instant nextMeeting, Instant runInto) {

    public CallTiming {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        if (!plannedEnd.isAfter(start)) {
            throw new IllegalArgumentException("a call must be planned to end after it starts");
        }
        // A meeting that starts with the call, or after its planned end, does not shorten it.
        if (nextMeeting != null && (!nextMeeting.isAfter(start) || !nextMeeting.isBefore(plannedEnd)
                || nextMeeting.equals(runInto))) {
            nextMeeting = null;
        }
    }

    public CallTiming(Instant start, Instant plannedEnd) {
        this(start, plannedEnd, null, null);
    }

    public static CallTiming startingAt(Instant start, Duration plannedLength) {
        return new CallTiming(start, start.plus(plannedLength));
    }

    /** The planned length, ignoring the next meeting. */
    public Duration plannedLength() {
        return Duration.between(start, plannedEnd);
    }

    /** When the call has to end: the planned end, or the next meeting's start if that comes first. */
    public Instant effectiveEnd() {
        return nextMeeting == null ? plannedEnd : nextMeeting;
    }

    /** True when the next meeting cuts the call short; {@link #nextMeetingAt()} says when. */
    public boolean endsEarly() {
        return nextMeeting != null;
    }

    public Optional<Instant> nextMeetingAt() {
        return Optional.ofNullable(nextMeeting);
    }

    /** The length the phases are measured on: start to effective end. */
    public Duration effectiveLength() {
        return Duration.between(start, effectiveEnd());
    }

    /**
     * The same call with the rep's next meeting starting at {@code meetingStart} (empty: no meeting
     * follows). A meeting the rep already chose to run into is ignored.
     */
    public CallTiming withNextMeeting(Optional<Instant> meetingStart) {
        return new CallTiming(start, plannedEnd, meetingStart.orElse(null), runInto);
    }

    /** The instant wrap-up begins: the earlier of "end minus margin" and "fraction of the call". */
    public Instant wrapUpStart(PhaseRules rules) {
        Instant end = effectiveEnd();
        Instant byMargin = end.minus(rules.wrapUpBeforeEnd());
        long fractionMillis = Math.round(effectiveLength().toMillis() * rules.wrapUpFraction());
        Instant byFraction = start.plusMillis(fractionMillis);
        Instant earliest = byMargin.isBefore(byFraction) ? byMargin : byFraction;
        return earliest.isBefore(start) ? start : earliest;
    }

    /** The instant the prompt starts to insist: {@code escalateBeforeEnd} before the effective end. */
    public Instant escalationStart(PhaseRules rules) {
        Instant at = effectiveEnd().minus(rules.escalateBeforeEnd());
        return at.isBefore(start) ? start : at;
    }

    /** The phase at {@code now}; an ended call is tracked by the caller (see {@link Call#phaseAt}). */
    public CallPhase phaseAt(Instant now, PhaseRules rules) {
        if (!now.isBefore(effectiveEnd())) {
            return CallPhase.OVERTIME;
        }
        if (!now.isBefore(wrapUpStart(rules))) {
            return CallPhase.WRAP_UP;
        }
        Duration opening = rules.openingLength();
        Duration tenth = effectiveLength().dividedBy(10);
        if (tenth.compareTo(opening) < 0) {
            opening = tenth;
        }
        return now.isBefore(start.plus(opening)) ? CallPhase.OPENING : CallPhase.MAIN;
    }

    /** True in the last minutes and in overtime, when the prompt should insist (but never get louder). */
    public boolean isEscalated(Instant now, PhaseRules rules) {
        return !now.isBefore(escalationStart(rules));
    }

    public Duration elapsed(Instant now) {
        Duration d = Duration.between(start, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Time left until the effective end; negative in overtime. */
    public Duration remaining(Instant now) {
        return Duration.between(now, effectiveEnd());
    }

    /** Share of the effective length that has passed, from 0 to 1 (held at 1 in overtime). */
    public double progress(Instant now) {
        double p = (double) elapsed(now).toMillis() / effectiveLength().toMillis();
        return Math.max(0, Math.min(1, p));
    }

    /**
     * The call runs longer: {@code extra} is added to the effective end. When the next meeting cut the
     * call short, the rep is choosing to run into it, so it stops shortening the call.
     */
    public CallTiming extendedBy(Duration extra) {
        if (extra.isNegative() || extra.isZero()) {
            throw new IllegalArgumentException("an extension must be positive: " + extra);
        }
        return new CallTiming(start, effectiveEnd().plus(extra), null, endsEarly() ? nextMeeting : runInto);
    }

    /**
     * The rep wants to close now: the call ends {@code margin} from {@code now} (the wrap-up margin,
     * so wrap-up starts at once), or sooner if it was to end sooner anyway. A call already past its
     * end is left as it is.
     */
    public CallTiming endingEarly(Instant now, Duration margin) {
        Instant end = now.plus(margin.isZero() || margin.isNegative() ? Duration.ofMinutes(1) : margin);
        if (!end.isBefore(plannedEnd)) {
            return this;
        }
        Instant newEnd = end.isAfter(start) ? end : start.plusSeconds(1);
        return new CallTiming(start, newEnd, nextMeeting, runInto);
    }
}
