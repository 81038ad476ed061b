package dev.nextcall.app.port;

/**
 * A calendar could not be read or written. The message is meant for the rep: it names the file or
 * address and what is wrong with it (for a malformed file, the line).
 */
public class CalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarException(String message) {
        super(message);
    }

    public CalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
