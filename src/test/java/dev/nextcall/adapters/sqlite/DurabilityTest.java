package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static dev.nextcall.adapters.sqlite.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.StatusChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What was saved is there afterwards: across closing, across a process that never closed, across threads. */
class DurabilityTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    @Test
    void committedRowsSurviveClosingAndReopening() {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            history.saveCall(call("call-1", NOW, Outcome.NEXT_STEP_BOOKED));
            history.saveNextStep(step("evt1", "call-1", NextStepStatus.PENDING));
            history.saveNextStep(step("evt1", "call-1", NextStepStatus.BOOKED, NOW.plusSeconds(2)));
        }
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            assertThat(history.findCall("call-1")).contains(call("call-1", NOW, Outcome.NEXT_STEP_BOOKED));
            assertThat(history.findNextStep("evt1")).contains(step("evt1", "call-1", NextStepStatus.BOOKED, NOW.plusSeconds(2)));
            assertThat(history.statusHistory("evt1")).extracting(StatusChange::status)
                    .containsExactly(NextStepStatus.PENDING, NextStepStatus.BOOKED);
        }
    }

    @Test
    void aWriteHasCommittedWhenItReturnsSoAnotherConnectionSeesItAtOnce() {
        // `writer` is never closed before `reader` looks: as after a crash, only committed data is there.
        try (HistoryDatabase writer = new HistoryDatabase(file(), CLOCK);
             HistoryDatabase reader = new HistoryDatabase(file(), CLOCK)) {
            new SqliteCallHistory(writer).saveCall(call("call-1", NOW));
            new SqliteCallHistory(writer).saveNextStep(step("evt1", "call-1", NextStepStatus.PENDING));

            SqliteCallHistory seen = new SqliteCallHistory(reader);
            assertThat(seen.findCall("call-1")).isPresent();
            assertThat(seen.findNextStep("evt1")).isPresent();
        }
    }

    @Test
    void writesFromManyThreadsAreSerialisedAndAllLand() throws Exception {
        int threads = 4;
        int callsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < callsEach; i++) {
                        String id = "call-" + thread + "-" + i;
                        history.saveCall(call(id, NOW.plusSeconds(thread * 1000L + i)));
                        history.saveNextStep(step("evt" + thread + "x" + i, id, NextStepStatus.PENDING));
                        history.list(HistoryQuery.all());
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(history.list(new HistoryQuery(false, false, Optional.empty(), 10_000)))
                    .hasSize(threads * callsEach);
            assertThat(history.nextStepsWithStatus(NextStepStatus.PENDING)).hasSize(threads * callsEach);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
