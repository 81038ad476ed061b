package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.STAMP;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static dev.nextcall.adapters.sqlite.Fixtures.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.HistoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryDatabaseTest {

    private static final Migration V1 = Migrations.builtIn().get(0);
    private static final Migration V2_ADD_COLUMN =
            new Migration(2, "test: add a column", "ALTER TABLE calls ADD COLUMN rating INTEGER;");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    @Test
    void everyConnectionRunsInWalModeWithForeignKeysAFullSyncAndABusyTimeout() {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            List<String> journalMode = db.read("test", c -> Connections.firstColumn(c, "PRAGMA journal_mode"));
            assertThat(journalMode).containsExactly("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo(1);
            assertThat(pragma(db, "busy_timeout")).isEqualTo(5000);
            assertThat(pragma(db, "synchronous")).isEqualTo(2); // FULL
        }
    }

    @Test
    void aNewFileGetsTheNewestSchemaAndItsVersionWithoutABackup() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.builtIn().size()).isEqualTo(3);
            assertThat(db.backup()).isEmpty();
            assertThat(db.setAside()).isEmpty();
        }
        assertThat(column(file(), "PRAGMA user_version")).containsExactly("3");
        assertThat(column(file(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))
                .containsExactly("calls", "follow_ups", "next_step_events", "next_steps", "prospects", "shown_lines");
        assertThat(column(file(), "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
                .containsExactly("calls_by_prospect_email", "calls_by_started", "next_step_events_by_event",
                        "next_steps_by_call", "next_steps_by_status");
        assertThat(siblings("bak")).isEmpty();
    }

    @Test
    void createsMissingParentFolders() {
        Path deep = dir.resolve("nextcall").resolve("data").resolve("history.db");
        try (HistoryDatabase db = new HistoryDatabase(deep, CLOCK)) {
            assertThat(db.file()).isEqualTo(deep.toAbsolutePath());
        }
        assertThat(deep).isRegularFile();
    }

    @Test
    void anEmptyExistingFileIsTreatedAsNewAndNotBackedUp() throws IOException {
        Files.createFile(file());
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.builtIn().size());
            assertThat(db.backup()).isEmpty();
        }
        assertThat(siblings("bak")).isEmpty();
    }

    @Test
    void eachMigrationRunsOnceAndReopeningIsANoOp() throws Exception {
        Migration countsItsRuns = new Migration(2, "test: marker", "CREATE TABLE marker (n); INSERT INTO marker VALUES (1);");
        List<Migration> steps = List.of(V1, countsItsRuns);
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK, steps)) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK, steps)) {
            assertThat(db.schemaVersion()).isEqualTo(2);
            assertThat(db.backup()).isEmpty();
        }
        new HistoryDatabase(file(), CLOCK, steps).close();
        assertThat(column(file(), "SELECT count(*) FROM marker")).containsExactly("1");
        assertThat(column(file(), "PRAGMA user_version")).containsExactly("2");
        assertThat(siblings("bak")).isEmpty();
    }

    @Test
    void anExistingDatabaseIsCopiedAsideBeforeItIsUpgraded() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK, List.of(V1))) {
            Fixtures.insertV1Call(db, "call-1", NOW);
        }
        Path expected = dir.resolve("history.db.bak-v1-" + STAMP);

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK, List.of(V1, V2_ADD_COLUMN))) {
            assertThat(db.backup()).contains(expected);
            assertThat(db.schemaVersion()).isEqualTo(2);
            List<String> ids = db.read("test", c -> Connections.firstColumn(c, "SELECT id FROM calls"));
            assertThat(ids).containsExactly("call-1");
        }
        assertThat(column(expected, "PRAGMA user_version")).containsExactly("1");
        assertThat(column(expected, "SELECT id FROM calls")).containsExactly("call-1");
        assertThat(column(expected, "SELECT name FROM pragma_table_info('calls') WHERE name = 'rating'")).isEmpty();
        assertThat(column(file(), "SELECT name FROM pragma_table_info('calls') WHERE name = 'rating'"))
                .containsExactly("rating");
    }

    /** Every released schema upgrades to the newest, keeping its rows, with a backup of the old file. */
    @Test
    void everyEarlierVersionUpgradesToTheNewestKeepingItsRows() throws Exception {
        List<Migration> all = Migrations.builtIn();
        for (int version = 1; version < all.size(); version++) {
            Path old = dir.resolve("v" + version).resolve("history.db");
            try (HistoryDatabase db = new HistoryDatabase(old, CLOCK, all.subList(0, version))) {
                Fixtures.insertV1Call(db, "from-v" + version, NOW);
            }
            try (HistoryDatabase db = new HistoryDatabase(old, CLOCK)) {
                assertThat(db.schemaVersion()).as("from v%d", version).isEqualTo(all.size());
                assertThat(db.backup()).as("from v%d", version).isPresent();
                assertThat(new SqliteCallHistory(db).findCall("from-v" + version)).as("from v%d", version).isPresent();
            }
        }
    }

    @Test
    void theBackupIncludesCommitsStillInTheWriteAheadLog() throws Exception {
        try (HistoryDatabase first = new HistoryDatabase(file(), CLOCK, List.of(V1))) {
            Fixtures.insertV1Call(first, "only-in-the-wal", NOW);
            // While `first` is open the commit sits in history.db-wal; a plain file copy would miss it.
            assertThat(Files.size(AsideFiles.companion(file(), "-wal"))).isPositive();

            try (HistoryDatabase second = new HistoryDatabase(file(), CLOCK, List.of(V1, V2_ADD_COLUMN))) {
                assertThat(second.backup()).isPresent();
                assertThat(column(second.backup().get(), "SELECT id FROM calls")).containsExactly("only-in-the-wal");
            }
        }
    }

    @Test
    void aVersionZeroDatabaseWithContentIsBackedUpBeforeTheFirstMigration() throws Exception {
        Fixtures.execute(file(), "CREATE TABLE legacy (note TEXT)", "INSERT INTO legacy VALUES ('keep me')");

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.backup()).contains(dir.resolve("history.db.bak-v0-" + STAMP));
            assertThat(db.schemaVersion()).isEqualTo(Migrations.builtIn().size());
        }
        Path backup = dir.resolve("history.db.bak-v0-" + STAMP);
        assertThat(column(backup, "SELECT note FROM legacy")).containsExactly("keep me");
        assertThat(column(backup, "PRAGMA user_version")).containsExactly("0");
        assertThat(column(backup, "SELECT name FROM sqlite_schema WHERE name = 'calls'")).isEmpty();
    }

    @Test
    void aSecondBackupInTheSameSecondGetsItsOwnName() throws Exception {
        Fixtures.execute(file(), "CREATE TABLE legacy (note TEXT)");
        Path taken = dir.resolve("history.db.bak-v0-" + STAMP);
        Files.writeString(taken, "an older backup");

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.backup()).contains(dir.resolve("history.db.bak-v0-" + STAMP + "-2"));
        }
        assertThat(Files.readString(taken)).isEqualTo("an older backup");
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtItsOldVersionWithNothingHalfDone() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK, List.of(V1))) {
            Fixtures.insertV1Call(db, "call-1", NOW);
        }
        Migration broken = new Migration(2, "test: broken",
                "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);");

        assertThatThrownBy(() -> new HistoryDatabase(file(), CLOCK, List.of(V1, broken)))
                .isInstanceOf(HistoryException.class)
                .hasMessageStartingWith("could not upgrade history.db to schema 2 (test: broken); it was left at schema 1:")
                .hasMessageContaining("no such table: no_such_table");

        assertThat(column(file(), "PRAGMA user_version")).containsExactly("1");
        assertThat(column(file(), "SELECT name FROM sqlite_schema WHERE name = 'half_done'")).isEmpty();
        assertThat(dir.resolve("history.db.bak-v1-" + STAMP)).isRegularFile();
        assertThat(column(file(), "SELECT id FROM calls")).containsExactly("call-1");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        new HistoryDatabase(file(), CLOCK).close();
        Fixtures.execute(file(), "CREATE TABLE from_the_future (x)", "PRAGMA user_version = 7");

        assertThatThrownBy(() -> new HistoryDatabase(file(), CLOCK))
                .isInstanceOf(HistoryException.class)
                .hasMessage("history.db is from a newer NextCall (schema 7); this version knows up to "
                        + Migrations.builtIn().size());

        assertThat(column(file(), "PRAGMA user_version")).containsExactly("7");
        assertThat(column(file(), "SELECT name FROM sqlite_schema WHERE name = 'from_the_future'")).hasSize(1);
        assertThat(siblings("bak")).isEmpty();
        assertThat(siblings("corrupt")).isEmpty();
    }

    @Test
    void migrationListsMustCountUpFromOneWithoutGaps() {
        Migration three = new Migration(3, "test", "SELECT 1;");
        assertThatThrownBy(() -> new HistoryDatabase(file(), CLOCK, List.of(V1, three)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("migration number 2 has version 3");
        assertThat(file()).doesNotExist();
    }

    @Test
    void afterClosingEveryUseFailsPlainlyAndClosingAgainIsHarmless() {
        HistoryDatabase db = new HistoryDatabase(file(), CLOCK);
        SqliteCallHistory history = new SqliteCallHistory(db);
        db.close();
        db.close();

        assertThatThrownBy(() -> history.findCall("call-1"))
                .isInstanceOf(HistoryException.class)
                .hasMessage("could not read the call: the history is closed");
        assertThatThrownBy(() -> history.saveCall(call("call-1", NOW)))
                .isInstanceOf(HistoryException.class)
                .hasMessage("could not save the call: the history is closed");
    }

    @Test
    void closingFoldsTheWriteAheadLogBackIntoTheFile() throws Exception {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            Fixtures.insertV1Call(db, "call-1", NOW);
        }
        assertThat(AsideFiles.companion(file(), "-wal")).doesNotExist();
        assertThat(column(file(), "SELECT id FROM calls")).containsExactly("call-1");
    }

    private static int pragma(HistoryDatabase db, String name) {
        Integer value = db.read("test", c -> Connections.intPragma(c, name));
        return value;
    }

    private List<Path> siblings(String containing) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().contains(containing)).toList());
        }
    }

}
