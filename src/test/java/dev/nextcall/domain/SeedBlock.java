package dev.nextcall.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A block of fixed seeds for randomized tests: seed {@code s} always gives the input
 * {@code generator.apply(new Random(s))}, so every run checks the same cases and a failure is
 * reproduced from its seed alone.
 *
 * <p>A test runs one block rather than one seed, because a few thousand single-seed invocations cost
 * far more in test-framework overhead than in checking. Every seed of a block is checked even after a
 * failure, and the failure names each failing seed and shows its input.
 */
public record SeedBlock(long first, long last) {

    public static final int SIZE = 50;

    /** Seeds 1 to {@code count} in blocks of {@link #SIZE}. */
    public static Stream<SeedBlock> upTo(long count) {
        return LongStream.iterate(1, first -> first <= count, first -> first + SIZE)
                .mapToObj(first -> new SeedBlock(first, Math.min(count, first + SIZE - 1)));
    }

    public LongStream seeds() {
        return LongStream.rangeClosed(first, last);
    }

    /**
     * Checks {@code property} for the input of every seed. The property gets the same {@link Random}
     * the input came from, for any further choice it makes.
     */
    public <T> void check(Function<Random, T> generator, BiConsumer<T, Random> property) {
        List<Long> failedSeeds = new ArrayList<>();
        List<AssertionError> failures = new ArrayList<>();
        seeds().forEach(seed -> {
            Random random = new Random(seed);
            T input = null;
            try {
                input = generator.apply(random);
                property.accept(input, random);
            } catch (AssertionError | RuntimeException e) {
                failedSeeds.add(seed);
                failures.add(new AssertionError("seed " + seed + ": " + e.getMessage()
                        + System.lineSeparator() + "input: " + input, e));
            }
        });
        if (!failures.isEmpty()) {
            AssertionError summary = new AssertionError("failed for seed(s) " + failedSeeds + " of " + this
                    + "; first: " + failures.get(0).getMessage(), failures.get(0));
            failures.stream().skip(1).forEach(summary::addSuppressed);
            throw summary;
        }
    }

    @Override
    public String toString() {
        return "seeds " + first + "-" + last;
    }
}
