package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.util.BackOff;
import com.google.api.services.calendar.Calendar;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CalendarSignInException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs one Calendar API call with retries and turns every failure into something the app can act on.
 *
 * <p>Retries happen here, at the call site, rather than in an {@code HttpUnsuccessfulResponseHandler}:
 * a 403 rate limit can only be told from a 403 permission error by its body, which a handler must not
 * consume, and the library's IOException handler is not shown the exception, so it cannot tell a read
 * timeout (retry) from "no network" (say so at once). One loop also gives one budget for the whole call.
 * The credential stays the request's only unsuccessful-response handler, so 401 → refresh → retry keeps
 * working inside each attempt (replacing it, as a naive backoff handler does, turns refresh off).
 *
 * <p>Retried: 429, 403 {@code rateLimitExceeded}/{@code userRateLimitExceeded}, 408, 5xx, timeouts and
 * other I/O errors, a 401 whose refresh failed in passing, a token endpoint 5xx. Not retried:
 * {@code quotaExceeded}, {@code insufficientPermissions}, other 4xx, and offline errors. An insert is
 * retried too: its client-chosen id makes a repeat answer 409, which the booking treats as success.
 */
final class ApiCalls {

    /** One request against the API; runs once per attempt with the current client. */
    @FunctionalInterface
    interface ApiCall<T> {
        T run(Calendar client) throws IOException;
    }

    private final Credentials credentials;
    private final Supplier<Calendar> clients;
    private final RetryPolicy policy;

    ApiCalls(Credentials credentials, Supplier<Calendar> clients, RetryPolicy policy) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param what what the call does, for messages: "read your free/busy time", "book the meeting"
     * @throws ApiRefusal               Google said no for good (a 4xx other than those handled here)
     * @throws CalendarSignInException  not signed in, grant lost, or a permission not granted
     * @throws CalendarOfflineException Google cannot be reached
     * @throws CalendarException        retries used up, or interrupted
     */
    <T> T execute(String what, ApiCall<T> call) throws ApiRefusal {
        BackOff backOff = policy.newBackOff();
        long started = policy.nanoTime().getAsLong();
        for (int attempt = 1; ; attempt++) {
            Exception failure;
            try {
                return call.run(clients.get());
            } catch (TokenResponseException e) {
                // A refresh before sending (the token was about to expire) was answered with an error.
                if (e.getDetails() != null && Credentials.GRANT_REJECTED.contains(e.getDetails().getError())) {
                    throw credentials.grantLost(grantLostReason(e.getDetails().getError()), e);
                }
                if (e.getStatusCode() / 100 != 5) {
                    throw new CalendarSignInException("Google's sign-in service refused to renew access ("
                            + GoogleErrors.describe(e) + "); sign in to Google Calendar again.", e);
                }
                failure = e;
            } catch (HttpResponseException e) {
                if (e.getStatusCode() == 401) {
                    if (credentials.refreshRejected()) {
                        throw credentials.grantLost(grantLostReason("invalid_grant"), e);
                    }
                    failure = e;
                } else if (GoogleErrors.insufficientPermissions(e)) {
                    throw new CalendarSignInException("NextCall is not allowed to " + what + ": that permission was"
                            + " not given when you signed in. Sign in to Google Calendar again and allow it.", e);
                } else if (GoogleErrors.quotaExceeded(e)) {
                    throw new CalendarException("Google Calendar's usage limit is reached, so NextCall could not "
                            + what + "; try again later (" + GoogleErrors.describe(e) + ")", e);
                } else if (GoogleErrors.transientFailure(e)) {
                    failure = e;
                } else {
                    throw new ApiRefusal(what, e);
                }
            } catch (IOException e) {
                if (GoogleErrors.offline(e)) {
                    throw offline(what, e);
                }
                failure = e;
            }
            long pause = nextPause(backOff, failure);
            long elapsedMillis = (policy.nanoTime().getAsLong() - started) / 1_000_000;
            if (pause == BackOff.STOP || attempt >= policy.maxAttempts()
                    || elapsedMillis + pause > policy.budget().toMillis()) {
                throw gaveUp(what, failure, attempt);
            }
            try {
                policy.sleeper().sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CalendarException("stopped before NextCall could " + what + " (interrupted)", e);
            }
        }
    }

    private static long nextPause(BackOff backOff, Exception failure) {
        try {
            return backOff.nextBackOffMillis();
        } catch (IOException e) {
            failure.addSuppressed(e);
            return BackOff.STOP;
        }
    }

    static CalendarOfflineException offline(String what, Throwable cause) {
        return new CalendarOfflineException("Google Calendar cannot be reached (no network connection?), so NextCall"
                + " could not " + what + ".", cause);
    }

    private CalendarException gaveUp(String what, Exception failure, int attempts) {
        String tries = attempts == 1 ? "" : " after " + attempts + " attempts";
        if (failure instanceof HttpResponseException http) {
            if (http.getStatusCode() == 401) {
                return new CalendarSignInException("Google Calendar did not accept the stored sign-in" + tries
                        + "; sign in to Google Calendar again.", failure);
            }
            return new CalendarException("Google Calendar is not answering properly" + tries + ", so NextCall could not "
                    + what + " (" + GoogleErrors.describe(http) + "); try again in a moment", failure);
        }
        if (GoogleErrors.connectTimeout(failure)) {
            return offline(what, failure);
        }
        return new CalendarException("Google Calendar did not answer in time" + tries + ", so NextCall could not "
                + what + "; try again in a moment", failure);
    }

    private static String grantLostReason(String error) {
        return switch (error) {
            case "invalid_client", "unauthorized_client" ->
                    "Google no longer accepts the OAuth client NextCall signed in with (was it deleted or changed?).";
            default -> "Google no longer accepts the sign-in (access was revoked, or it expired).";
        };
    }
}
