package dev.nextcall.domain.slot;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The rules every proposed (and every booked) slot must satisfy. Defaults follow what a rep
 * expects: Mon–Fri 09:00–17:00 for both sides, 30-minute meetings on a 30-minute grid, two hours'
 * notice, two weeks ahead, three proposals, no daily cap.
 *
 * @param repSchedule   the rep's hours in the rep's zone, with breaks and date overrides
 * @param prospectHours the prospect's hours in the prospect's zone (both must hold)
 * @param dailyCap      at most this many meetings on a day of the rep's; 0 means no cap
 * @param comfortMargin the first and last stretch of either party's working range, offered only when a
 *                      day has nothing better ("not too early, not too late")
 */
public record SlotRules(ZoneId repZone, WorkingSchedule repSchedule, WorkingHours prospectHours,
                        Duration meetingLength, Duration step, Duration bufferBefore, Duration bufferAfter,
                        Duration minimumNotice, int horizonDays, int count, int dailyCap, Duration comfortMargin) {

    public static final Duration DEFAULT_COMFORT_MARGIN = Duration.ofMinutes(30);

    public SlotRules {
        Objects.requireNonNull(repZone, "repZone");
        Objects.requireNonNull(repSchedule, "repSchedule");
        Objects.requireNonNull(prospectHours, "prospectHours");
        requirePositive(meetingLength, "meeting length");
        requirePositive(step, "slot step");
        requireNotNegative(bufferBefore, "buffer before");
        requireNotNegative(bufferAfter, "buffer after");
        requireNotNegative(minimumNotice, "minimum notice");
        requireNotNegative(comfortMargin, "comfort margin");
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day: " + horizonDays);
        }
        if (count < 1) {
            throw new IllegalArgumentException("at least one proposal must be asked for: " + count);
        }
        if (dailyCap < 0) {
            throw new IllegalArgumentException("the daily cap must be 0 (none) or more: " + dailyCap);
        }
    }

    /** Weekly hours for both sides, no breaks, no cap, the default comfort margin. */
    public SlotRules(ZoneId repZone, WorkingHours repHours, WorkingHours prospectHours, Duration meetingLength,
                     Duration step, Duration bufferBefore, Duration bufferAfter, Duration minimumNotice,
                     int horizonDays, int count) {
        this(repZone, WorkingSchedule.of(repHours), prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, 0, DEFAULT_COMFORT_MARGIN);
    }

    public static SlotRules defaults(ZoneId repZone) {
        return new SlotRules(repZone, WorkingHours.standard(), WorkingHours.standard(),
                Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO,
                Duration.ofHours(2), 14, 3);
    }

    /** The rep's usual weekly hours (without breaks or date overrides). */
    public WorkingHours repHours() {
        return repSchedule.weekly();
    }

    public SlotRules withMeetingLength(Duration length) {
        return new SlotRules(repZone, repSchedule, prospectHours, length, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, dailyCap, comfortMargin);
    }

    public SlotRules withRepZone(ZoneId zone) {
        return new SlotRules(zone, repSchedule, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, dailyCap, comfortMargin);
    }

    public SlotRules withCount(int newCount) {
        return new SlotRules(repZone, repSchedule, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, newCount, dailyCap, comfortMargin);
    }

    public SlotRules withRepSchedule(WorkingSchedule schedule) {
        return new SlotRules(repZone, schedule, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, dailyCap, comfortMargin);
    }

    public SlotRules withDailyCap(int cap) {
        return new SlotRules(repZone, repSchedule, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, cap, comfortMargin);
    }

    public SlotRules withComfortMargin(Duration margin) {
        return new SlotRules(repZone, repSchedule, prospectHours, meetingLength, step, bufferBefore, bufferAfter,
                minimumNotice, horizonDays, count, dailyCap, margin);
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
