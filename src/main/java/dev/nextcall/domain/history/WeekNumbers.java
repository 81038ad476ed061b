package dev.nextcall.domain.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The weekly number: of the calls started in one week (Monday 00:00 to Monday 00:00 in the rep's zone),
 * how many ended with a next step in the calendar, and how many of those the prospect accepted.
 *
 * @param monday the first day of the week, in the rep's zone
 */
public record WeekNumbers(LocalDate monday, int calls, int booked, int accepted) {

    public WeekNumbers {
        Objects.requireNonNull(monday, "monday");
        if (calls < 0 || booked < 0 || accepted < 0 || booked > calls || accepted > booked) {
            throw new IllegalArgumentException("inconsistent week " + monday + ": " + calls + " calls, " + booked
                    + " booked, " + accepted + " accepted");
        }
    }

    /** Share of the week's calls with a next step booked, 0 to 1; 0 for a week without calls. */
    public double bookedShare() {
        return calls == 0 ? 0 : (double) booked / calls;
    }

    /** Share of the week's calls whose next step was booked and accepted, 0 to 1. */
    public double acceptedShare() {
        return calls == 0 ? 0 : (double) accepted / calls;
    }
}
