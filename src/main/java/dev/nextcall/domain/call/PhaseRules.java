package dev.nextcall.domain.call;

import java.time.Duration;
import java.util.Objects;

/**
 * When a call changes phase. Wrap-up starts at {@code wrapUpBeforeEnd} before the planned end or at
 * {@code wrapUpFraction} of the call, whichever comes first. Taking the earlier of the two gives the
 * wrap-up the larger of the two shares: with the defaults (ten minutes, 75 %) a short call still gets
 * ten minutes for the wrap-up (all of it when the call is no longer than that) and a long call gets a
 * quarter of its time (fifteen minutes of an hour).
 *
 * @param openingLength   how long the opening phase lasts (capped at a tenth of the call)
 * @param wrapUpBeforeEnd wrap-up starts at the latest this long before the planned end
 * @param wrapUpFraction  wrap-up starts at the latest at this share of the planned length
 * @param escalateBeforeEnd the prompt becomes more insistent this long before the end
 */
public record PhaseRules(Duration openingLength, Duration wrapUpBeforeEnd, double wrapUpFraction,
                         Duration escalateBeforeEnd) {

    public static final PhaseRules DEFAULT =
            new PhaseRules(Duration.ofMinutes(5), Duration.ofMinutes(10), 0.75, Duration.ofMinutes(5));

    public PhaseRules {
        Objects.requireNonNull(openingLength, "openingLength");
        Objects.requireNonNull(wrapUpBeforeEnd, "wrapUpBeforeEnd");
        Objects.requireNonNull(escalateBeforeEnd, "escalateBeforeEnd");
        if (openingLength.isNegative() || wrapUpBeforeEnd.isNegative() || escalateBeforeEnd.isNegative()) {
            throw new IllegalArgumentException("phase durations must not be negative");
        }
        if (!(wrapUpFraction > 0 && wrapUpFraction <= 1)) {
            throw new IllegalArgumentException("wrap-up fraction must be in (0, 1]: " + wrapUpFraction);
        }
    }
}
