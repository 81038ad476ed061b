package dev.nextcall.app.demo;

import dev.nextcall.app.port.DemoCalendar;
import dev.nextcall.app.port.HistoryImport;
import dev.nextcall.domain.CalendarEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fills the data folder with a demo: a realistic history ({@link DemoHistory}) and a local calendar with
 * busy time over the next two weeks, so a newcomer sees the panel and the review work at once.
 */
public final class FillDemo {

    /** Calls per transaction: large enough that the per-commit fsync does not dominate, small enough to stream. */
    static final int BATCH = 5000;

    private final HistoryImport history;
    private final DemoCalendar calendar;
    private final Supplier<ZoneId> repZone;
    private final Clock clock;
    private final Supplier<List<String>> lineIds;

    /** @param lineIds the ids of the app's suggested lines, which the demo calls are said to have shown */
    public FillDemo(HistoryImport history, DemoCalendar calendar, Supplier<ZoneId> repZone, Clock clock,
                    Supplier<List<String>> lineIds) {
        this.history = history;
        this.calendar = calendar;
        this.repZone = repZone;
        this.clock = clock;
        this.lineIds = lineIds;
    }

    /** What the demo wrote; {@code calendarSetAside} is where an existing calendar.ics was moved. */
    public record Filled(int calls, int busyEvents, Optional<Path> calendarSetAside) {
    }

    /** The rep's history or calendar already holds something, and {@code force} was not given. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param force write even over a history or calendar that has content: demo calls replace calls of
     *              the same id (others are kept) and calendar.ics is moved aside first, never deleted
     * @throws Refused when there is content and {@code force} is false; nothing was written then
     */
    public Filled fill(int calls, long seed, boolean force) {
        if (calls < 0) {
            throw new IllegalArgumentException("the number of calls must not be negative: " + calls);
        }
        if (!force) {
            boolean hasHistory = !history.isEmpty();
            boolean hasCalendar = calendar.hasEvents();
            if (hasHistory || hasCalendar) {
                throw new Refused("the data folder already has " + (hasHistory && hasCalendar ? "a history and a calendar"
                        : hasHistory ? "a history" : "a calendar") + "; the demo would mix with it (use --force to write"
                        + " anyway: demo calls are added, calendar.ics is kept aside)");
            }
        }
        ZoneId zone = repZone.get();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        DemoHistory demo = new DemoHistory(seed, today, zone, lineIds.get());
        demo.generate(calls, BATCH, history::importCalls);
        List<CalendarEvent> busy = demo.busyEvents();
        Optional<Path> aside = calendar.replaceWith(busy);
        return new Filled(calls, busy.size(), aside);
    }
}
