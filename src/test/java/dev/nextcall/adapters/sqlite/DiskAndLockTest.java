package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.demo.DemoHistory;
import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.HistoryQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a file locked by another program: a plain error, nothing half-written, no hang. */
class DiskAndLockTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    /** SQLITE_FULL without filling a real disk: the connection may not grow the file past its size now. */
    private static void capAtCurrentSize(HistoryDatabase db) {
        db.read("test", c -> {
            int pages = Connections.intPragma(c, "page_count");
            return Connections.intPragma(c, "max_page_count = " + pages);
        });
    }

    @Test
    void aFullDiskFailsTheWholeImportPlainlyAndLeavesNoPartOfIt() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            history.saveCall(call("before", NOW));
            List<CallDetail> calls = new ArrayList<>();
            new DemoHistory(1, LocalDate.of(2026, 11, 27), ZoneId.of("Europe/Berlin")).generate(2000, 2000, calls::addAll);
            capAtCurrentSize(db);

            assertThatThrownBy(() -> history.importCalls(calls))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("could not import the calls: disk is full");
            assertThatThrownBy(() -> history.saveNotes("before", "x".repeat(1_000_000)))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("could not save the notes: disk is full");

            assertThat(history.list(HistoryQuery.all())).extracting(r -> r.call().id()).containsExactly("before");
            assertThat(history.findCall("before").orElseThrow().notes()).isEmpty();
            assertThat(history.lineRecords()).isEmpty();

            // Once there is room again, the same connection works.
            db.read("test", c -> Connections.intPragma(c, "max_page_count = 1073741823"));
            history.importCalls(calls.subList(0, 10));
            assertThat(history.count(HistoryQuery.all())).isEqualTo(11);
        }
        assertThat(Fixtures.column(file(), "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriteWhileAnotherProgramHoldsTheWriteLockFailsPlainlyAfterTheBusyTimeout() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK);
             Connection other = Fixtures.raw(file()); Statement lock = other.createStatement()) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            history.saveCall(call("before", NOW));
            lock.execute("BEGIN EXCLUSIVE");

            long started = System.nanoTime();
            assertThatThrownBy(() -> history.saveCall(call("blocked", NOW)))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("could not save the call: history.db is locked by another program (is NextCall running twice?)");
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(waitedMillis).as("it waited for the other program first").isGreaterThanOrEqualTo(Connections.BUSY_TIMEOUT_MILLIS - 500);
            // Reading still works in WAL mode while another program writes.
            assertThat(history.findCall("before")).isPresent();

            lock.execute("ROLLBACK");
            history.saveCall(call("after", NOW));
            assertThat(history.findCall("blocked")).isEmpty();
            assertThat(history.findCall("after")).isPresent();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFileLockedExclusivelyIsReportedAndNeverMistakenForDamage() throws Exception {
        new HistoryDatabase(file(), CLOCK).close();
        try (Connection other = Fixtures.raw(file()); Statement lock = other.createStatement()) {
            lock.execute("PRAGMA locking_mode = EXCLUSIVE");
            lock.execute("BEGIN EXCLUSIVE");
            lock.execute("CREATE TABLE held (x)");

            assertThatThrownBy(() -> new HistoryDatabase(file(), CLOCK))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("history.db is locked by another program");

            lock.execute("ROLLBACK");
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
        }
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).isEmpty();
        }
    }
}
