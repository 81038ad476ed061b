package dev.nextcall.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The stored form of an instant must read back equal and sort as the instants do. */
class InstantTextProperties {

    private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @Property
    void readsBackEqual(@ForAll("storable") Instant instant) {
        assertThat(InstantText.parse(InstantText.format(instant))).isEqualTo(instant);
    }

    @Property
    void textOrderIsTimeOrder(@ForAll("storable") Instant a, @ForAll("storable") Instant b) {
        int byText = Integer.signum(InstantText.format(a).compareTo(InstantText.format(b)));
        assertThat(byText).isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Property
    void theWidthIsFixed(@ForAll("storable") Instant instant) {
        assertThat(InstantText.format(instant)).hasSize(30).endsWith("Z");
    }

    @Example
    void looksLikeIso8601InUtc() {
        assertThat(InstantText.format(Instant.parse("2025-03-04T09:30:00.5Z"))).isEqualTo("2025-03-04T09:30:00.500000000Z");
    }

    @Example
    void refusesYearsThatWouldBreakTheWidth() {
        assertThatThrownBy(() -> InstantText.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstantText.format(Instant.parse("0000-01-01T00:00:00Z").minusNanos(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Instant> storable() {
        // Mostly near each other, so that equal seconds with different nanos come up often.
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND),
                Arbitraries.longs().between(1_741_000_000L, 1_741_000_003L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(0, 1, 500_000_000, 999_999_999));
        return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }
}
