package dev.nextcall.domain.prompt;

import java.util.Objects;

/**
 * How one suggested line has done for this rep, the evidence the prompt engine learns from.
 *
 * @param calls    ended calls in which the line was shown
 * @param booked   of those, calls that ended with a next step in the calendar
 * @param accepted of those, calls whose next step the prospect accepted
 */
public record LineRecord(String phraseId, int calls, int booked, int accepted) {

    public LineRecord {
        Objects.requireNonNull(phraseId, "phraseId");
        if (calls < 0 || booked < 0 || accepted < 0 || booked > calls || accepted > booked) {
            throw new IllegalArgumentException("inconsistent record for " + phraseId + ": " + calls + " calls, "
                    + booked + " booked, " + accepted + " accepted");
        }
    }
}
