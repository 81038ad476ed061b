package dev.nextcall.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.history.HistoryQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at any point loses no committed row: a child JVM writes calls and prints each id after its
 * commit; it is killed mid-write (SIGKILL, no shutdown hooks, no close), and every printed id must be
 * in the history, with its follow-up when that save had returned too.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCommittedRowSurvivesAKilledWriter() throws Exception {
        Path file = dir.resolve("history.db");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, CrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Killed while it writes: it never stops on its own, so the kill lands inside some save.
            while (committed.size() < 150 && (line = lines.readLine()) != null) {
                committed.add(line);
            }
            // Killing also closes the pipe, so ids printed but not yet read are not checked; those read are.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).hasSizeGreaterThanOrEqualTo(150);

        try (HistoryDatabase db = new HistoryDatabase(file, Clock.systemUTC())) {
            assertThat(db.setAside()).as("the file is intact after the kill").isEmpty();
            SqliteCallHistory history = new SqliteCallHistory(db);
            List<String> stored = history.list(HistoryQuery.all().page(0, 100_000)).stream()
                    .map(r -> r.call().id()).toList();
            assertThat(stored).containsAll(committed);
            for (String id : committed) {
                assertThat(history.detail(id).orElseThrow().followUps()).as(id).hasSize(1);
            }
        }
    }
}
