package dev.nextcall.adapters.google;

import com.google.api.client.util.BackOff;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.client.util.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How transient failures are retried: truncated exponential backoff with jitter (Google's advice),
 * bounded both by a number of attempts and by the total time spent, so a click never hangs for
 * minutes. The backoff, the sleeper and the time source are injectable, so tests neither wait nor
 * depend on timing.
 *
 * @param backOffs    a fresh backoff per call (they are stateful)
 * @param sleeper     how to pause between attempts
 * @param budget      no new attempt starts once this much time has passed since the first
 * @param maxAttempts at most this many attempts per call, the first included
 * @param nanoTime    the time source the budget is measured with
 */
record RetryPolicy(Supplier<BackOff> backOffs, Sleeper sleeper, Duration budget, int maxAttempts,
                   LongSupplier nanoTime) {

    RetryPolicy {
        Objects.requireNonNull(backOffs, "backOffs");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(nanoTime, "nanoTime");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** 0.5 s, 1 s, 2 s, 4 s, 8 s (each ±50 %), at most 6 attempts within 30 s. */
    static RetryPolicy standard() {
        return new RetryPolicy(() -> new ExponentialBackOff.Builder()
                .setInitialIntervalMillis(500)
                .setMultiplier(2.0)
                .setRandomizationFactor(0.5)
                .setMaxIntervalMillis(8_000)
                .setMaxElapsedTimeMillis(30_000)
                .build(), Sleeper.DEFAULT, Duration.ofSeconds(30), 6, System::nanoTime);
    }

    BackOff newBackOff() {
        return backOffs.get();
    }
}
