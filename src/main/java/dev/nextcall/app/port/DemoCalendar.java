package dev.nextcall.app.port;

import dev.nextcall.domain.CalendarEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The local calendar file as the demo fills it. */
public interface DemoCalendar {

    /** True when the local calendar holds at least one event. */
    boolean hasEvents();

    /**
     * Writes these events as the whole local calendar. An existing file is first moved aside with a
     * timestamp, never deleted.
     *
     * @return where the old file went, when there was one
     * @throws CalendarException when the file cannot be written; the old one is then where it was
     */
    Optional<Path> replaceWith(List<CalendarEvent> events);
}
