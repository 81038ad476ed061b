package dev.nextcall.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of an instant must read back equal and sort as the instants do. */
class InstantTextTest {

    private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final long SEED = 20261127L;
    private static final int CASES = 2_000;

    /** Random storable instants, from a fixed seed; half of them within a few seconds of each other. */
    private static List<Instant> storable() {
        Random random = new Random(SEED);
        int[] edgeNanos = {0, 1, 500_000_000, 999_999_999};
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long second = random.nextBoolean()
                    ? FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND))
                    : 1_741_000_000L + random.nextInt(4);
            int nano = random.nextBoolean() ? random.nextInt(1_000_000_000) : edgeNanos[random.nextInt(4)];
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        instants.add(Instant.ofEpochSecond(FIRST_SECOND));
        instants.add(Instant.ofEpochSecond(LAST_SECOND, 999_999_999));
        return instants;
    }

    @Test
    void readsBackEqual() {
        for (Instant instant : storable()) {
            assertThat(InstantText.parse(InstantText.format(instant))).as("seed %d: %s", SEED, instant)
                    .isEqualTo(instant);
        }
    }

    @Test
    void textOrderIsTimeOrder() {
        List<Instant> instants = storable();
        for (int i = 1; i < instants.size(); i++) {
            Instant a = instants.get(i - 1);
            Instant b = instants.get(i);
            int byText = Integer.signum(InstantText.format(a).compareTo(InstantText.format(b)));
            assertThat(byText).as("seed %d: %s vs %s", SEED, a, b).isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    @Test
    void theWidthIsFixed() {
        for (Instant instant : storable()) {
            assertThat(InstantText.format(instant)).as("seed %d: %s", SEED, instant).hasSize(30).endsWith("Z");
        }
    }

    @Test
    void looksLikeIso8601InUtc() {
        assertThat(InstantText.format(Instant.parse("2025-03-04T09:30:00.5Z"))).isEqualTo("2025-03-04T09:30:00.500000000Z");
    }

    @Test
    void refusesYearsThatWouldBreakTheWidth() {
        assertThatThrownBy(() -> InstantText.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstantText.format(Instant.parse("0000-01-01T00:00:00Z").minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
