package dev.nextcall.domain.prompt;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Chooses among lines that fit the same moment, learning from this rep's own results.
 *
 * <p><b>Trial first.</b> Until every candidate has been shown in {@link #ENOUGH_CALLS} ended calls
 * there is no preference: the line shown in the fewest calls is chosen (ties in library order), so
 * every line, including one the rep has just added, gets a fair trial.
 *
 * <p><b>Then Thompson sampling.</b> Each line's chance to lead to a booking is pictured as a
 * Beta(1 + booked + accepted, 1 + calls − booked) distribution: a booked call counts as a success, an
 * accepted one as a second success (the stronger signal: the meeting will happen), a call without a
 * booking as a failure; the 1s are a flat prior. One value is drawn from each line's distribution and
 * the highest draw wins. A line that works well wins most draws; a line with little evidence has a
 * wide distribution and still wins now and then, so the others keep being tried and a line that
 * starts to work better is noticed. The draws come from the injected generator, so a seed fixes them.
 */
public final class LineLearner {

    /** Ended calls per candidate before results count. */
    public static final int ENOUGH_CALLS = 5;

    private final RandomGenerator random;

    public LineLearner(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** One of {@code candidates} (not empty), given what each has achieved so far. */
    public Phrase choose(List<Phrase> candidates, LineStats stats) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        boolean enough = candidates.stream().allMatch(p -> stats.of(p.id()).calls() >= ENOUGH_CALLS);
        return enough ? sample(candidates, stats) : leastTried(candidates, stats);
    }

    /** True when the choice among {@code candidates} follows their results rather than taking turns. */
    public static boolean isLearned(List<Phrase> candidates, LineStats stats) {
        return candidates.stream().allMatch(p -> stats.of(p.id()).calls() >= ENOUGH_CALLS);
    }

    private static Phrase leastTried(List<Phrase> candidates, LineStats stats) {
        Phrase best = candidates.get(0);
        for (Phrase p : candidates) {
            if (stats.of(p.id()).calls() < stats.of(best.id()).calls()) {
                best = p;
            }
        }
        return best;
    }

    private Phrase sample(List<Phrase> candidates, LineStats stats) {
        Phrase best = null;
        double bestDraw = -1;
        for (Phrase p : candidates) {
            LineRecord r = stats.of(p.id());
            double draw = beta(1.0 + r.booked() + r.accepted(), 1.0 + r.calls() - r.booked());
            if (draw > bestDraw) {
                bestDraw = draw;
                best = p;
            }
        }
        return best;
    }

    /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        return x / (x + y);
    }

    /** Gamma(shape ≥ 1, scale 1) by Marsaglia and Tsang's method (2000). */
    private double gamma(double shape) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
