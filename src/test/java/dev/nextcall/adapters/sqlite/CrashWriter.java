package dev.nextcall.adapters.sqlite;

import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.FollowUp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The child of {@link CrashSafetyTest}: writes calls without end and prints each id once its save has
 * returned (committed), until it is killed.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        HistoryDatabase db = new HistoryDatabase(Path.of(args[0]), Clock.systemUTC());
        SqliteCallHistory history = new SqliteCallHistory(db);
        Instant start = Instant.parse("2026-01-01T09:00:00Z");
        for (int i = 0; ; i++) {
            String id = "crash-" + i;
            history.saveCall(new Call(id, CallTiming.startingAt(start.plusSeconds(60L * i), Duration.ofMinutes(30)), null,
                    CallSource.manual(), new Prospect("P " + i, "p" + i + "@example.com", "Co", ZoneId.of("UTC")),
                    Outcome.UNRESOLVED, "note " + i));
            history.saveFollowUps(id, List.of(new FollowUp("follow-up of " + i, false)));
            System.out.println(id);
            System.out.flush();
        }
    }
}
