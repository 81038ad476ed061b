package dev.nextcall.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    private static final Instant T0 = Instant.parse("2026-03-09T09:00:00Z");

    /** An interval from minute {@code from} to minute {@code to} after T0. */
    private static Interval m(int from, int to) {
        return new Interval(T0.plus(Duration.ofMinutes(from)), T0.plus(Duration.ofMinutes(to)));
    }

    @Test
    void rejectsEmptyAndBackwardIntervals() {
        assertThatThrownBy(() -> new Interval(T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(T0, T0.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Interval(T0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofLengthAndDuration() {
        Interval i = Interval.of(T0, Duration.ofMinutes(45));
        assertThat(i.start()).isEqualTo(T0);
        assertThat(i.end()).isEqualTo(Instant.parse("2026-03-09T09:45:00Z"));
        assertThat(i.duration()).isEqualTo(Duration.ofMinutes(45));
        assertThatThrownBy(() -> Interval.of(T0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isHalfOpen() {
        Interval i = m(0, 30);
        assertThat(i.contains(T0)).isTrue();
        assertThat(i.contains(T0.plus(Duration.ofMinutes(30)).minusNanos(1))).isTrue();
        assertThat(i.contains(T0.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(i.contains(T0.minusNanos(1))).isFalse();
    }

    @ParameterizedTest(name = "[{0},{1}) vs [{2},{3}) overlap={4}")
    @CsvSource({
            "0, 30, 30, 60, false",   // touching after
            "30, 60, 0, 30, false",   // touching before
            "0, 30, 29, 60, true",    // one minute shared
            "0, 60, 10, 20, true",    // nested
            "10, 20, 0, 60, true",    // nested the other way
            "0, 30, 0, 30, true",     // equal
            "0, 10, 20, 30, false",   // apart
            "20, 30, 0, 10, false",
    })
    void overlapsButTouchingDoesNot(int s1, int e1, int s2, int e2, boolean expected) {
        assertThat(m(s1, e1).overlaps(m(s2, e2))).isEqualTo(expected);
        assertThat(m(s2, e2).overlaps(m(s1, e1))).isEqualTo(expected);
    }

    @Test
    void widenGrowsEachSideByItsOwnAmount() {
        Interval widened = m(60, 90).widen(Duration.ofMinutes(10), Duration.ofMinutes(5));
        assertThat(widened).isEqualTo(m(50, 95));
        assertThat(m(60, 90).widen(Duration.ZERO, Duration.ZERO)).isEqualTo(m(60, 90));
    }

    @Test
    void mergeJoinsOverlappingIntervals() {
        assertThat(Interval.merge(List.of(m(0, 30), m(20, 50)))).containsExactly(m(0, 50));
    }

    @Test
    void mergeJoinsTouchingIntervals() {
        assertThat(Interval.merge(List.of(m(0, 30), m(30, 60)))).containsExactly(m(0, 60));
    }

    @Test
    void mergeSwallowsNestedIntervals() {
        assertThat(Interval.merge(List.of(m(0, 120), m(10, 20), m(30, 60)))).containsExactly(m(0, 120));
    }

    @Test
    void mergeSortsUnsortedInputAndKeepsGaps() {
        List<Interval> input = List.of(m(200, 210), m(50, 60), m(0, 10), m(55, 70), m(10, 20), m(100, 101));
        assertThat(Interval.merge(input)).containsExactly(m(0, 20), m(50, 70), m(100, 101), m(200, 210));
    }

    @Test
    void mergeOfNothingIsNothingAndDuplicatesCollapse() {
        assertThat(Interval.merge(List.of())).isEmpty();
        assertThat(Interval.merge(List.of(m(0, 10), m(0, 10)))).containsExactly(m(0, 10));
    }

    @Test
    void mergeDoesNotChangeItsInputAndReturnsAnImmutableList() {
        List<Interval> input = new java.util.ArrayList<>(List.of(m(30, 40), m(0, 10)));
        List<Interval> merged = Interval.merge(input);
        assertThat(input).containsExactly(m(30, 40), m(0, 10));
        assertThatThrownBy(() -> merged.add(m(0, 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void clipAndMergeCutsToTheWindowAndDropsTheRest() {
        Interval window = m(60, 180);
        List<Interval> input = List.of(
                m(0, 30),     // before: dropped
                m(30, 60),    // touches the window start: dropped
                m(40, 90),    // straddles the start: cut to 60..90
                m(85, 100),   // overlaps the previous: merged
                m(120, 130),  // inside
                m(170, 300),  // straddles the end: cut to 170..180
                m(180, 200)); // touches the end: dropped
        assertThat(Interval.clipAndMerge(input, window)).containsExactly(m(60, 100), m(120, 130), m(170, 180));
    }

    @Test
    void clipAndMergeOfACoveringIntervalIsTheWindow() {
        assertThat(Interval.clipAndMerge(List.of(m(0, 1000)), m(60, 120))).containsExactly(m(60, 120));
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(m(0, 10)).isLessThan(m(0, 20)).isLessThan(m(5, 6));
        assertThat(m(5, 6).compareTo(m(5, 6))).isZero();
    }
}
