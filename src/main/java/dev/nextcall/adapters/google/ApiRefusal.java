package dev.nextcall.adapters.google;

import com.google.api.client.http.HttpResponseException;
import dev.nextcall.app.port.CalendarException;

/**
 * Google answered, and the answer was a definite no (a 4xx that retrying will not change). Checked, so
 * each caller decides what the statuses it expects mean (404 and 410 are "gone", 409 on an insert is
 * "already there"); anything else becomes a {@link CalendarException} with {@link #toCalendarException}.
 */
final class ApiRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String reason;
    private final String what;

    ApiRefusal(String what, HttpResponseException cause) {
        super(GoogleErrors.describe(cause), cause);
        this.status = cause.getStatusCode();
        this.reason = GoogleErrors.reason(cause);
        this.what = what;
    }

    int status() {
        return status;
    }

    /** Google's {@code errors[].reason} ("duplicate", "deleted", "notFound"…), or empty. */
    String reason() {
        return reason;
    }

    boolean gone() {
        return status == 404 || status == 410;
    }

    /** "Google Calendar refused to book the meeting (HTTP 400 invalid: Invalid resource id value.)" */
    String describe() {
        return "Google Calendar refused to " + what + " (" + getMessage() + ")";
    }

    CalendarException toCalendarException() {
        return new CalendarException(describe(), this);
    }
}
