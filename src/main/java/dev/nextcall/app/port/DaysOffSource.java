package dev.nextcall.app.port;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days with no meetings at all (public holidays, leave), read from calendars of all-day events.
 * Dates are calendar dates as the source gives them; the slot rules read them in the rep's zone.
 */
public interface DaysOffSource {

    /** No days off: for reps who have not named a holidays calendar. */
    DaysOffSource NONE = (from, to) -> Set.of();

    /**
     * The days off in {@code [from, to)}.
     *
     * @throws CalendarException when a calendar cannot be read; the message names it
     */
    Set<LocalDate> daysOff(LocalDate from, LocalDate to);
}
