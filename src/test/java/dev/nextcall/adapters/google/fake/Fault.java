package dev.nextcall.adapters.google.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong on one request. Inject with {@link Faults}; each fault is used up by one request
 * (unless injected with {@link Faults#always}).
 *
 * <ul>
 *   <li>{@link #error}s answer with a Google error body instead of doing the work;</li>
 *   <li>{@link #dropConnection()} closes the connection without an answer (the client sees an
 *       {@code IOException}; note that {@code HttpURLConnection} silently resends a bodiless request, such as a
 *       GET or DELETE, once on a fresh connection, which uses up the next fault too);</li>
 *   <li>{@link #stall(Duration)} holds the request without answering until the time is up or the fake closes,
 *       then drops it: set the client's read timeout below it to test timeouts. Only a server thread waits;</li>
 *   <li>{@link #delay(Duration)} waits, then answers normally;</li>
 *   <li>{@link #afterApplying(Fault)} does the work (commits the insert, patch or delete), then fails the way
 *       the inner fault says: the "applied but the answer was lost" case.</li>
 * </ul>
 */
public final class Fault {

    enum Kind { ERROR, DROP, STALL, DELAY, AFTER_APPLYING }

    private final Kind kind;
    private final ApiError error;
    private final Duration duration;
    private final Fault then;

    private Fault(Kind kind, ApiError error, Duration duration, Fault then) {
        this.kind = kind;
        this.error = error;
        this.duration = duration;
        this.then = then;
    }

    public static Fault error(ApiError error) {
        return new Fault(Kind.ERROR, Objects.requireNonNull(error), null, null);
    }

    /** 503 backendError (on the token endpoint: a 503 with an OAuth error body). */
    public static Fault serviceUnavailable503() {
        return error(ApiError.backendError(503));
    }

    /** 500 backendError. */
    public static Fault internalError500() {
        return error(ApiError.backendError(500));
    }

    /** 429 usageLimits/rateLimitExceeded. */
    public static Fault rateLimited429() {
        return error(ApiError.rateLimitExceeded429());
    }

    /** 403 usageLimits/rateLimitExceeded. */
    public static Fault rateLimitExceeded403() {
        return error(ApiError.rateLimitExceeded403());
    }

    /** 403 usageLimits/userRateLimitExceeded. */
    public static Fault userRateLimitExceeded403() {
        return error(ApiError.userRateLimitExceeded403());
    }

    /** 403 usageLimits/quotaExceeded: not to be retried. */
    public static Fault quotaExceeded403() {
        return error(ApiError.quotaExceeded403());
    }

    /** 401 authError with the Bearer invalid_token challenge: the Java client refreshes and retries. */
    public static Fault unauthorized401() {
        return error(ApiError.authError());
    }

    public static Fault dropConnection() {
        return new Fault(Kind.DROP, null, null, null);
    }

    public static Fault stall(Duration atMost) {
        return new Fault(Kind.STALL, null, requirePositive(atMost), null);
    }

    public static Fault delay(Duration latency) {
        return new Fault(Kind.DELAY, null, requirePositive(latency), null);
    }

    /** Do the work, then fail with {@code then}: an error, a dropped connection or a stall. */
    public static Fault afterApplying(Fault then) {
        if (then.kind == Kind.DELAY || then.kind == Kind.AFTER_APPLYING) {
            throw new IllegalArgumentException("after applying, a request can fail, drop or stall: " + then);
        }
        return new Fault(Kind.AFTER_APPLYING, null, null, then);
    }

    private static Duration requirePositive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("needs a positive duration: " + duration);
        }
        return duration;
    }

    Kind kind() {
        return kind;
    }

    ApiError apiError() {
        return error;
    }

    Duration duration() {
        return duration;
    }

    Fault then() {
        return then;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ERROR -> "error " + error;
            case DROP -> "drop connection";
            case STALL -> "stall " + duration;
            case DELAY -> "delay " + duration;
            case AFTER_APPLYING -> "apply, then " + then;
        };
    }
}
