package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static dev.nextcall.adapters.sqlite.Fixtures.NOW;
import static dev.nextcall.adapters.sqlite.Fixtures.STAMP;
import static dev.nextcall.adapters.sqlite.Fixtures.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 from every earlier version, with data written by the SQL of that version: rows kept, the
 * new columns and the address book filled, the old file backed up first.
 */
class MigrationV3Test {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("history.db");
    }

    @Test
    void fromVersionZeroAnEmptyFileGetsTheWholeSchemaAndNoBackup() {
        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            assertThat(db.backup()).isEmpty();
            assertThat(new SqliteCallHistory(db).isEmpty()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void fromAnEarlierVersionWithDataEveryRowIsKeptAndTheNewColumnsAreFilled(int version) throws Exception {
        writeOldHistory(version);

        try (HistoryDatabase db = new HistoryDatabase(file(), CLOCK)) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            Path backup = dir.resolve("history.db.bak-v" + version + "-" + STAMP);
            assertThat(db.backup()).contains(backup);
            assertThat(column(backup, "PRAGMA user_version")).containsExactly(String.valueOf(version));
            assertThat(column(backup, "SELECT id FROM calls ORDER BY id")).containsExactly("old", "older", "zoe");

            SqliteCallHistory history = new SqliteCallHistory(db);
            CallDetail old = history.detail("old").orElseThrow();
            assertThat(old.call().prospect()).isEqualTo(new Prospect("Ada Lovelace", "Ada@Example.com",
                    "Analytical Engines", ZoneId.of("Europe/London")));
            assertThat(old.call().notes()).isEqualTo("asked for pricing");
            assertThat(old.nextSteps()).singleElement().satisfies(tracked -> {
                assertThat(tracked.step().status()).isEqualTo(NextStepStatus.DECLINED);
                assertThat(tracked.trail()).extracting(c -> c.status())
                        .containsExactly(NextStepStatus.BOOKED, NextStepStatus.DECLINED);
            });
            assertThat(old.followUps()).isEmpty();
            assertThat(old.mark()).isNull();
            assertThat(old.shownLines()).isEmpty();

            // The address book holds each address once, folded, with the details of the latest call.
            assertThat(column(file(), "SELECT email || '|' || name || '|' || company || '|' || zone FROM prospects"
                    + " ORDER BY email")).containsExactly(
                    "ada@example.com|Ada Lovelace|Analytical Engines|Europe/London",
                    "zoë@örebro.se|Zoë Öberg|Örebro Ost|Europe/Stockholm");
            assertThat(history.prospect("ADA@example.COM")).map(Prospect::company).contains("Analytical Engines");

            // Search keys are filled by the migration with the same folding as new writes.
            assertThat(ids(history, "ÖREBRO")).containsExactly("zoe");
            assertThat(ids(history, "ANALYTICAL")).containsExactly("old");
            assertThat(ids(history, "engines")).containsExactly("old", "older");
            assertThat(ids(history, "difference")).containsExactly("older");
            assertThat(history.list(HistoryQuery.withoutNextStep())).extracting(r -> r.call().id())
                    .containsExactly("zoe", "old");
        }
    }

    private static List<String> ids(SqliteCallHistory history, String search) {
        return history.list(HistoryQuery.all().searching(search)).stream().map(r -> r.call().id()).toList();
    }

    /** A history of that version, written with the SQL of that version (no adapter of today involved). */
    private void writeOldHistory(int version) throws Exception {
        new HistoryDatabase(file(), CLOCK, Migrations.builtIn().subList(0, version)).close();
        Fixtures.execute(file(),
                "INSERT INTO calls (id, started_at, planned_end, ended_at, source_kind, prospect_name, prospect_email,"
                        + " prospect_company, prospect_zone, outcome, notes) VALUES"
                        + " ('older', '2025-01-06T09:00:00.000000000Z', '2025-01-06T09:30:00.000000000Z',"
                        + " '2025-01-06T09:31:00.000000000Z', 'MANUAL', 'Ada Byron', 'ada@example.com', 'Difference Engines',"
                        + " 'Europe/Paris', 'NO_NEXT_STEP_NEEDED', ''),"
                        + " ('old', '2025-02-03T09:00:00.000000000Z', '2025-02-03T09:30:00.000000000Z',"
                        + " '2025-02-03T09:29:00.000000000Z', 'MANUAL', 'Ada Lovelace', 'Ada@Example.com',"
                        + " 'Analytical Engines', 'Europe/London', 'NEXT_STEP_BOOKED', 'asked for pricing'),"
                        + " ('zoe', '" + InstantText.format(NOW) + "', '" + InstantText.format(NOW.plusSeconds(1800))
                        + "', NULL, 'MANUAL', 'Zoë Öberg', 'zoë@örebro.se', 'Örebro Ost', 'Europe/Stockholm',"
                        + " 'UNRESOLVED', '')",
                "INSERT INTO next_steps (event_id, call_id, created_seq, calendar, start_at, end_at, attendees, status,"
                        + " reason, updated_at) VALUES ('ev-1', 'old', 1, 'GOOGLE', '2025-02-10T15:00:00.000000000Z',"
                        + " '2025-02-10T15:30:00.000000000Z', '[]', 'DECLINED', '', '2025-02-04T10:00:00.000000000Z')",
                "INSERT INTO next_step_events (event_id, status, reason, at) VALUES"
                        + " ('ev-1', 'BOOKED', '', '2025-02-03T09:28:00.000000000Z'),"
                        + " ('ev-1', 'DECLINED', '', '2025-02-04T10:00:00.000000000Z')");
    }
}
