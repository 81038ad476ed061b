package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.STAMP;
import static dev.nextcall.adapters.sqlite.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.history.HistoryQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A damaged history.db is kept, byte for byte, under another name; the app starts on a fresh one. */
class DamagedDatabaseTest {

    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    private Path expectedAside() {
        return dir.resolve("history.db.corrupt-" + STAMP);
    }

    @Test
    void aFileOfGarbageIsSetAsideWithItsCompanionsAndAFreshDatabaseStarts() throws IOException {
        byte[] garbage = randomBytes(3000, 1);
        byte[] wal = randomBytes(500, 2);
        Files.write(file(), garbage);
        Files.write(AsideFiles.companion(file(), "-wal"), wal);
        Files.write(AsideFiles.companion(file(), "-shm"), randomBytes(200, 3));

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).contains(expectedAside());
            assertThat(db.schemaVersion()).isEqualTo(Migrations.builtIn().size());
            assertThat(db.backup()).isEmpty();
            assertFreshAndWorking(db);
        }
        assertThat(Files.readAllBytes(expectedAside())).isEqualTo(garbage);
        assertThat(Files.readAllBytes(dir.resolve("history.db.corrupt-" + STAMP + "-wal"))).isEqualTo(wal);
        // The -shm is only SQLite's index into the WAL, rebuilt from it; it moves along but may change.
        assertThat(dir.resolve("history.db.corrupt-" + STAMP + "-shm")).isRegularFile();
    }

    @Test
    void aTextFileIsNotADatabaseEither() throws IOException {
        Files.writeString(file(), "calls,outcome\ncall-1,booked\n");

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).contains(expectedAside());
            assertFreshAndWorking(db);
        }
        assertThat(Files.readString(expectedAside())).isEqualTo("calls,outcome\ncall-1,booked\n");
    }

    /** Cut inside the header, right after the first page, and half way. */
    @ParameterizedTest
    @ValueSource(ints = {50, PAGE, -2})
    void aTruncatedDatabaseIsSetAsideWithTheBytesItHad(int keep) throws IOException {
        byte[] whole = realDatabaseWithCalls(24);
        byte[] truncated = Arrays.copyOf(whole, keep > 0 ? keep : whole.length / -keep);
        Files.write(file(), truncated);

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).contains(expectedAside());
            assertFreshAndWorking(db);
        }
        assertThat(Files.readAllBytes(expectedAside())).isEqualTo(truncated);
    }

    @Test
    void aDatabaseWithADamagedPageFailsTheQuickCheckAndIsSetAside() throws IOException {
        byte[] damaged = realDatabaseWithCalls(24);
        // Page 2 onward hold the calls; overwrite the middle of one of them (the header stays valid).
        byte[] noise = randomBytes(PAGE, 4);
        System.arraycopy(noise, 0, damaged, 3 * PAGE, PAGE);
        Files.write(file(), damaged);

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).contains(expectedAside());
            assertFreshAndWorking(db);
        }
        assertThat(Files.readAllBytes(expectedAside())).isEqualTo(damaged);
    }

    @Test
    void aHealthyDatabaseIsNotSetAside() throws IOException {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            new SqliteCallHistory(db).saveCall(call("call-1", NOW));
        }
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).isEmpty();
            assertThat(new SqliteCallHistory(db).findCall("call-1")).isPresent();
        }
        assertThat(expectedAside()).doesNotExist();
    }

    @Test
    void anEarlierCopyFromTheSameSecondIsNotOverwritten() throws IOException {
        Files.writeString(expectedAside(), "set aside earlier");
        Files.write(file(), randomBytes(3000, 5));

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.setAside()).contains(dir.resolve("history.db.corrupt-" + STAMP + "-2"));
        }
        assertThat(Files.readString(expectedAside())).isEqualTo("set aside earlier");
    }

    @Test
    void aFolderWhereTheFileShouldBeIsReportedNotSetAside() throws IOException {
        Files.createDirectory(file());

        assertThatThrownBy(() -> new HistoryDatabase(file(), CLOCK))
                .isInstanceOf(HistoryException.class)
                .hasMessage(file().toAbsolutePath() + " is a folder; NextCall keeps its history in a file of that name");
        assertThat(file()).isDirectory();
        assertThat(expectedAside()).doesNotExist();
    }

    private static void assertFreshAndWorking(HistoryDatabase db) {
        SqliteCallHistory history = new SqliteCallHistory(db);
        assertThat(history.list(HistoryQuery.all())).isEmpty();
        history.saveCall(call("after-the-damage", NOW));
        assertThat(history.findCall("after-the-damage")).isPresent();
    }

    /** A closed, checkpointed history.db with enough calls to span several pages. */
    private byte[] realDatabaseWithCalls(int calls) throws IOException {
        Path source = dir.resolve("source").resolve("history.db");
        try (HistoryDatabase db = new HistoryDatabase(source, CLOCK)) {
            SqliteCallHistory history = new SqliteCallHistory(db);
            for (int i = 0; i < calls; i++) {
                history.saveCall(call("call-" + i, NOW.plusSeconds(i)).withNotes(("notes that fill pages " + i).repeat(60)));
            }
        }
        byte[] bytes = Files.readAllBytes(source);
        assertThat(bytes.length).as("the source database spans several pages").isGreaterThan(8 * PAGE);
        return bytes;
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
