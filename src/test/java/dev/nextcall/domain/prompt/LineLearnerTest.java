package dev.nextcall.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.call.CallPhase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LineLearnerTest {

    private static final List<String> SLOTS = List.of("Tuesday at 10:00", "Wednesday at 14:00");

    /** Three offer lines; in the simulated world below the second truly works best. */
    private static final PhraseLibrary LIBRARY = PhraseLibrary.builtIn("""
            offer: Would {slot1} or {slot2} work for you?
            offer: Two options: {slot1} or {slot2}. Pick one and I'll send the invite.
            offer: How does {slot1} look on your side?
            """);

    private static final PromptContext LAST_MINUTES = new PromptContext(CallPhase.WRAP_UP, true, SLOTS, "Dana", "",
            ProspectHistory.UNKNOWN, "", false, false, Set.of());

    @Test
    void linesTakeTurnsUntilEachHasEnoughCalls() {
        LineLearner learner = new LineLearner(new SplittableRandom(1));
        List<Phrase> lines = LIBRARY.phrases();
        Map<String, LineRecord> records = new HashMap<>();
        // the first line has done brilliantly, but the others have barely been tried
        records.put(lines.get(0).id(), new LineRecord(lines.get(0).id(), 9, 9, 9));
        records.put(lines.get(1).id(), new LineRecord(lines.get(1).id(), 4, 0, 0));
        records.put(lines.get(2).id(), new LineRecord(lines.get(2).id(), 3, 0, 0));

        assertThat(LineLearner.isLearned(lines, new LineStats(records))).isFalse();
        assertThat(learner.choose(lines, new LineStats(records))).isEqualTo(lines.get(2));
        assertThat(learner.choose(lines, LineStats.NONE)).as("no records: library order").isEqualTo(lines.get(0));
    }

    @Test
    void theSameSeedMakesTheSameChoices() {
        Map<String, LineRecord> records = new HashMap<>();
        for (Phrase p : LIBRARY.phrases()) {
            records.put(p.id(), new LineRecord(p.id(), 10, 5, 2));
        }
        LineStats stats = new LineStats(records);
        LineLearner a = new LineLearner(new SplittableRandom(42));
        LineLearner b = new LineLearner(new SplittableRandom(42));
        for (int i = 0; i < 50; i++) {
            assertThat(a.choose(LIBRARY.phrases(), stats)).isEqualTo(b.choose(LIBRARY.phrases(), stats));
        }
    }

    @Test
    void betaDrawsHaveTheRightMean() {
        LineLearner learner = new LineLearner(new SplittableRandom(3));
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += learner.beta(3, 7);
        }
        assertThat(sum / n).isBetween(0.29, 0.31); // mean of Beta(3, 7) is 0.3
    }

    /**
     * A simulated rep: 600 calls, one suggested line each; a call books with the chance its line truly
     * has (20 %, 45 %, 25 %) and a booked call is accepted half the time. The engine must find the best
     * line and show it most, while still showing the others now and then.
     */
    @Test
    void learningConvergesToTheLineThatWorks() {
        List<Phrase> lines = LIBRARY.phrases();
        Map<String, Double> truth = Map.of(lines.get(0).id(), 0.20, lines.get(1).id(), 0.45, lines.get(2).id(), 0.25);
        PromptEngine engine = new PromptEngine(new LineLearner(new SplittableRandom(2026)));
        Random world = new Random(11);
        Map<String, int[]> memory = new HashMap<>();
        Map<String, Integer> shownLate = new HashMap<>();
        int calls = 600;
        for (int call = 0; call < calls; call++) {
            Suggestion line = engine.suggest(LIBRARY, LAST_MINUTES, stats(memory)).orElseThrow();
            boolean booked = world.nextDouble() < truth.get(line.phraseId());
            boolean accepted = booked && world.nextBoolean();
            int[] r = memory.computeIfAbsent(line.phraseId(), id -> new int[3]);
            r[0]++;
            r[1] += booked ? 1 : 0;
            r[2] += accepted ? 1 : 0;
            if (call >= calls - 200) {
                shownLate.merge(line.phraseId(), 1, Integer::sum);
            }
        }
        double bestShare = shownLate.getOrDefault(lines.get(1).id(), 0) / 200.0;
        assertThat(bestShare).as("share of the best line in the last 200 calls").isGreaterThan(0.75);
        assertThat(memory.get(lines.get(0).id())[0]).as("the others were still tried").isGreaterThanOrEqualTo(
                LineLearner.ENOUGH_CALLS);
        assertThat(memory.get(lines.get(2).id())[0]).isGreaterThanOrEqualTo(LineLearner.ENOUGH_CALLS);
    }

    private static LineStats stats(Map<String, int[]> memory) {
        Map<String, LineRecord> records = new HashMap<>();
        memory.forEach((id, r) -> records.put(id, new LineRecord(id, r[0], r[1], r[2])));
        return new LineStats(records);
    }
}
