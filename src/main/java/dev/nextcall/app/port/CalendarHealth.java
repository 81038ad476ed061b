package dev.nextcall.app.port;

import java.util.List;

/**
 * Which of the rep's calendars are failing or out of date, so the panel can say so instead of
 * proposing times over meetings it cannot see. A calendar set keeps counting the calendars that work;
 * this is where the ones that do not are reported.
 */
public interface CalendarHealth {

    /** For calendars that cannot fail in this way (tests, a single remote calendar with its own errors). */
    CalendarHealth NONE = List::of;

    /**
     * The calendars with a problem, in the order they were configured; empty when all is well.
     * Reflects the last read and the last refresh: cheap (it parses and fetches nothing), so it may be
     * asked from any thread. A local file's problem shows once the file has been read.
     */
    List<CalendarProblem> problems();
}
