package dev.nextcall.adapters.google;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Google's errors: which are worth retrying, which mean "offline", and how to say them. The
 * reason of a 403 is in the body ({@code errors[].reason}), and only the rate-limit reasons are
 * transient: {@code quotaExceeded} (a daily/Workspace limit) and {@code insufficientPermissions} (a
 * scope the rep did not grant) never get better by retrying.
 */
final class GoogleErrors {

    static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private GoogleErrors() {
    }

    /** The first {@code errors[].reason}, or empty when the body had none (or was not JSON). */
    static String reason(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json && json.getDetails() != null) {
            GoogleJsonError details = json.getDetails();
            if (details.getErrors() != null) {
                for (GoogleJsonError.ErrorInfo info : details.getErrors()) {
                    if (info.getReason() != null && !info.getReason().isEmpty()) {
                        return info.getReason();
                    }
                }
            }
        }
        return "";
    }

    /** Google's own one-line message (never contains a token), or the HTTP status text. */
    static String message(HttpResponseException e) {
        if (e instanceof GoogleJsonResponseException json && json.getDetails() != null
                && json.getDetails().getMessage() != null) {
            return json.getDetails().getMessage();
        }
        String status = e.getStatusMessage();
        return status == null ? "" : status;
    }

    /** 429, the usage-limit 403s, 408 and every 5xx: worth another try after a pause. */
    static boolean transientFailure(HttpResponseException e) {
        int status = e.getStatusCode();
        if (status == 429 || status == 408 || status / 100 == 5) {
            return true;
        }
        return status == 403 && RATE_LIMIT_REASONS.contains(reason(e));
    }

    static boolean insufficientPermissions(HttpResponseException e) {
        return e.getStatusCode() == 403 && "insufficientPermissions".equals(reason(e));
    }

    static boolean quotaExceeded(HttpResponseException e) {
        return e.getStatusCode() == 403 && ("quotaExceeded".equals(reason(e)) || "dailyLimitExceeded".equals(reason(e)));
    }

    /**
     * The network is not there at all (no DNS, nothing listening, no route): not retried, because
     * waiting a few seconds rarely helps and the rep is better told at once.
     */
    static boolean offline(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
                return true;
            }
        }
        return false;
    }

    /** A connection that could not even be set up in time looks like offline to the rep. */
    static boolean connectTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
    }

    /** "HTTP 409 duplicate: The requested identifier already exists." */
    static String describe(HttpResponseException e) {
        String reason = reason(e);
        String message = message(e);
        return "HTTP " + e.getStatusCode() + (reason.isEmpty() ? "" : " " + reason)
                + (message.isEmpty() ? "" : ": " + message);
    }
}
