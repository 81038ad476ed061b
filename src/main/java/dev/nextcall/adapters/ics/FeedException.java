package dev.nextcall.adapters.ics;

/**
 * Fetching a subscribed address failed, or what came back cannot be used. The message is the reason
 * in plain words, without the address: the caller names it, redacted.
 */
final class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    FeedException(String reason) {
        super(reason);
    }

    FeedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
