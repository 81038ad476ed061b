package dev.nextcall.app.port;

/** The call history could not be read or written; the message says why in plain words. */
public class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
