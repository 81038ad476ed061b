package dev.nextcall.app.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One calendar that is not being read as it should, in words the rep can act on.
 *
 * @param source the calendar as the rep knows it: a file path, or a subscribed address with any
 *               secret parts masked (safe to show and to log)
 * @param reason what is wrong, in plain words ("not found (HTTP 404)", "line 12: unknown time zone…")
 * @param since  when the problem was first seen; it has lasted from then until now
 * @param stale  true when the calendar still counts from its last good copy (a subscription that could
 *               not be refreshed); false when it contributes nothing until the problem is fixed
 */
public record CalendarProblem(String source, String reason, Instant since, boolean stale) {

    public CalendarProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }

    /** One line for a notice or a log: which calendar, what is wrong, and whether its old copy still counts. */
    public String describe() {
        return source + ": " + reason + (stale ? " (its last good copy still counts)" : " (it is left out)");
    }
}
