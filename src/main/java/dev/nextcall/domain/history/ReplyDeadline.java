package dev.nextcall.domain.history;

import dev.nextcall.domain.slot.WorkingSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an unanswered invitation needs the rep's attention: one working day after it was sent. A
 * Friday-afternoon invite is chased on Monday afternoon, not on Saturday; a day without working hours
 * (weekend, day off by override) does not count.
 */
public final class ReplyDeadline {

    /**
     * The shortest time from sending to the deadline: the next day at the same wall-clock time is at
     * least 22 hours later (a one-hour daylight-saving jump makes it 23; a few zones once jumped two).
     */
    private static final Duration SHORTEST_WAIT = Duration.ofHours(22);

    /** Look this far for the next working day; a schedule with no working day at all never expires. */
    private static final int SEARCH_DAYS = 28;

    private final WorkingSchedule schedule;
    private final ZoneId zone;

    public ReplyDeadline(WorkingSchedule schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
    }

    /** The same wall-clock time on the next day that has working hours, after {@code sent}. */
    public Instant after(Instant sent) {
        ZonedDateTime at = sent.atZone(zone);
        LocalDate day = at.toLocalDate().plusDays(1);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!schedule.on(day).isEmpty()) {
                return ZonedDateTime.of(day, at.toLocalTime(), zone).toInstant();
            }
        }
        return Instant.MAX;
    }

    /**
     * True when the next step calls for the rep: the prospect declined, or it is still unanswered a
     * working day after it was booked.
     */
    public boolean needsAttention(NextStep step, Instant now) {
        if (step.status() == NextStepStatus.DECLINED) {
            return true;
        }
        return step.status() == NextStepStatus.BOOKED && !now.isBefore(after(step.updated()));
    }

    /**
     * No invitation sent after this instant can be due at {@code now}, whatever the working hours: a
     * cheap bound the database can use before {@link #needsAttention} decides exactly.
     */
    public static Instant latestSendingThatCanBeDue(Instant now) {
        return now.minus(SHORTEST_WAIT);
    }
}
