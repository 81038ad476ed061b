package dev.nextcall.app.port;

import dev.nextcall.domain.Interval;

/**
 * Warms a remote calendar's busy time in the background, so that the re-check at booking time reads
 * fresh data already at hand and a click costs only the booking's own round trip. The app calls it
 * while a call is on (for the window proposals come from) and again every so often.
 */
public interface BusyPrefetcher {

    /** For calendars that are read locally and gain nothing from it. */
    BusyPrefetcher NONE = window -> { };

    /**
     * Starts refreshing the busy time of {@code window} on a background thread and returns at once.
     * A failure is not thrown: it shows through {@link CalendarHealth} and the next read.
     */
    void prefetch(Interval window);
}
