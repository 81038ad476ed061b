package dev.nextcall.app.port;

/**
 * The calendar could not be reached at all (no network, DNS failure, connection refused). Kept apart
 * from other calendar failures because the panel answers it differently: it says "offline", keeps the
 * call clock and history working, and offers an .ics invite instead of a booking.
 */
public class CalendarOfflineException extends CalendarException {

    private static final long serialVersionUID = 1L;

    public CalendarOfflineException(String message, Throwable cause) {
        super(message, cause);
    }
}
