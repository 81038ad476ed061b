package dev.nextcall.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock of one call: when it started and when it is planned to end. Everything the panel shows
 * about time (phase, elapsed, remaining, progress) is computed from these two instants and a
 * "now" that the caller supplies from its {@link java.time.Clock}.
 */
public record CallTiming(Instant start, Instant plannedEnd) {

    public CallTiming {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        if (!plannedEnd.isAfter(start)) {
            throw new IllegalArgumentException("a call must be planned to end after it starts");
        }
    }

    public static CallTiming startingAt(Instant start, Duration plannedLength) {
        return new CallTiming(start, start.plus(plannedLength));
    }

    public Duration plannedLength() {
        return Duration.between(start, plannedEnd);
    }

    /** The instant wrap-up begins: the earlier of "end minus margin" and "fraction of the call". */
    public Instant wrapUpStart(PhaseRules rules) {
        Instant byMargin = plannedEnd.minus(rules.wrapUpBeforeEnd());
        long fractionMillis = Math.round(plannedLength().toMillis() * rules.wrapUpFraction());
        Instant byFraction = start.plusMillis(fractionMillis);
        Instant earliest = byMargin.isBefore(byFraction) ? byMargin : byFraction;
        return earliest.isBefore(start) ? start : earliest;
    }

    /** The phase at {@code now}; an ended call is tracked by the caller, not by the clock. */
    public CallPhase phaseAt(Instant now, PhaseRules rules) {
        if (!now.isBefore(plannedEnd)) {
            return CallPhase.OVERTIME;
        }
        if (!now.isBefore(wrapUpStart(rules))) {
            return CallPhase.WRAP_UP;
        }
        Duration opening = rules.openingLength();
        Duration tenth = plannedLength().dividedBy(10);
        if (tenth.compareTo(opening) < 0) {
            opening = tenth;
        }
        return now.isBefore(start.plus(opening)) ? CallPhase.OPENING : CallPhase.MAIN;
    }

    /** True in the last minutes, when the prompt should insist (but never get louder). */
    public boolean isEscalated(Instant now, PhaseRules rules) {
        return !now.isBefore(plannedEnd.minus(rules.escalateBeforeEnd()));
    }

    public Duration elapsed(Instant now) {
        Duration d = Duration.between(start, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Time left until the planned end; negative in overtime. */
    public Duration remaining(Instant now) {
        return Duration.between(now, plannedEnd);
    }

    /** Share of the planned length that has passed, from 0 to 1 (held at 1 in overtime). */
    public double progress(Instant now) {
        double p = (double) elapsed(now).toMillis() / plannedLength().toMillis();
        return Math.max(0, Math.min(1, p));
    }

    public CallTiming extendedBy(Duration extra) {
        return new CallTiming(start, plannedEnd.plus(extra));
    }
}
