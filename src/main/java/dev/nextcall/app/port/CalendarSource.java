package dev.nextcall.app.port;

import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.util.List;

/**
 * The rep's calendar as the use cases see it: busy time and the events around now. Adapters
 * (local .ics, Google) implement it; their own types never cross this boundary.
 */
public interface CalendarSource {

    /**
     * Busy time inside {@code window}: merged, clipped to the window, sorted.
     *
     * @throws CalendarException when the calendar cannot be read; the message names the file or
     *                           address and, for a malformed file, the line
     */
    List<Interval> busy(Interval window);

    /**
     * Events that overlap {@code window}, sorted by start. Cancelled and free ("transparent") events
     * are left out: they are not meetings the rep is in.
     *
     * @throws CalendarException as for {@link #busy(Interval)}
     */
    List<CalendarEvent> events(Interval window);
}
