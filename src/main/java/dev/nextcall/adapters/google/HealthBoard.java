package dev.nextcall.adapters.google;

import dev.nextcall.app.port.CalendarProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What went wrong at the last reads: the account as a whole (offline, signed out) and single calendars
 * Google could not read. A problem keeps the time it was first seen until a read shows it gone.
 */
final class HealthBoard {

    static final String ACCOUNT = "Google Calendar";

    private final Clock clock;
    private CalendarProblem account;
    private final Map<String, CalendarProblem> calendars = new LinkedHashMap<>();

    HealthBoard(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    static String source(String calendarId) {
        return "primary".equals(calendarId) ? "your primary Google calendar" : "Google calendar " + calendarId;
    }

    /** A read of these calendars went through; {@code failing} are the ones it could not read. */
    synchronized void answered(List<String> calendarIds, Map<String, String> failing) {
        account = null;
        for (String id : calendarIds) {
            String reason = failing.get(id);
            if (reason == null) {
                calendars.remove(id);
            } else {
                calendarFailed(id, reason);
            }
        }
    }

    synchronized void calendarFailed(String calendarId, String reason) {
        CalendarProblem old = calendars.get(calendarId);
        Instant since = old != null ? old.since() : clock.instant();
        calendars.put(calendarId, new CalendarProblem(source(calendarId), reason, since, false));
    }

    synchronized void calendarFine(String calendarId) {
        calendars.remove(calendarId);
    }

    synchronized void accountFine() {
        account = null;
    }

    /** The whole account could not be read; the message is already meant for the rep. */
    synchronized void accountFailed(String reason) {
        Instant since = account != null ? account.since() : clock.instant();
        account = new CalendarProblem(ACCOUNT, reason, since, false);
    }

    /** Forget calendars no longer chosen. */
    synchronized void keepOnly(List<String> calendarIds) {
        calendars.keySet().retainAll(calendarIds);
    }

    synchronized List<CalendarProblem> problems() {
        List<CalendarProblem> all = new ArrayList<>();
        if (account != null) {
            all.add(account);
        }
        all.addAll(calendars.values());
        return List.copyOf(all);
    }
}
