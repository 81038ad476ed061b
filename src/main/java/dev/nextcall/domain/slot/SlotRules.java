package dev.nextcall.domain.slot;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The rules every proposed (and every booked) slot must satisfy. Defaults follow what a rep
 * expects: Mon–Fri 09:00–17:00 for both sides, 30-minute meetings on a 30-minute grid, two hours'
 * notice, two weeks ahead, three proposals.
 */
public record SlotRules(ZoneId repZone, WorkingHours repHours, WorkingHours prospectHours,
                        Duration meetingLength, Duration step, Duration bufferBefore, Duration bufferAfter,
                        Duration minimumNotice, int horizonDays, int count) {

    public SlotRules {
        Objects.requireNonNull(repZone, "repZone");
        Objects.requireNonNull(repHours, "repHours");
        Objects.requireNonNull(prospectHours, "prospectHours");
        requirePositive(meetingLength, "meeting length");
        requirePositive(step, "slot step");
        requireNotNegative(bufferBefore, "buffer before");
        requireNotNegative(bufferAfter, "buffer after");
        requireNotNegative(minimumNotice, "minimum notice");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day: " + horizonDays);
        }
        if (count < 1) {
            throw new IllegalArgumentException("at least one proposal must be asked for: " + count);
        }
    }

    public static SlotRules defaults(ZoneId repZone) {
        return new SlotRules(repZone, WorkingHours.standard(), WorkingHours.standard(),
                Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO,
                Duration.ofHours(2), 14, 3);
    }

    public SlotRules withMeetingLength(Duration length) {
        return new SlotRules(repZone, repHours, prospectHours, length, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count);
    }

    public SlotRules withRepZone(ZoneId zone) {
        return new SlotRules(zone, repHours, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count);
    }

    public SlotRules withCount(int newCount) {
        return new SlotRules(repZone, repHours, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, newCount);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + d);
        }
    }
}
