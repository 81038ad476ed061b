package dev.nextcall.adapters.sqlite;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Values and raw-SQLite helpers shared by the adapter's tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-03-04T09:30:00Z");
    /** Set-aside and backup names carry this clock's time: 20250304-093000. */
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String STAMP = "20250304-093000";

    private Fixtures() {
    }

    static Call call(String id, Instant start) {
        return new Call(id, CallTiming.startingAt(start, Duration.ofMinutes(30)), null, CallSource.manual(),
                new Prospect("Grace Hopper", "grace@example.com", "Navy", ZoneId.of("America/New_York")),
                Outcome.UNRESOLVED, "");
    }

    static Call call(String id, Instant start, Outcome outcome) {
        return call(id, start).withOutcome(outcome);
    }

    static NextStep step(String eventId, String callId, NextStepStatus status) {
        return step(eventId, callId, status, NOW);
    }

    static NextStep step(String eventId, String callId, NextStepStatus status, Instant updated) {
        return new NextStep(eventId, callId, CalendarKind.GOOGLE,
                Interval.of(Instant.parse("2025-03-11T15:00:00Z"), Duration.ofMinutes(30)),
                List.of(new Attendee("Grace Hopper", "grace@example.com")), status, "", updated);
    }

    /** A connection that bypasses the adapter, to look at the file as another program would. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static List<String> column(Path file, String sql) throws SQLException {
        try (Connection connection = raw(file)) {
            return column(connection, sql);
        }
    }

    static List<String> column(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = raw(file); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * A call as schema 1 stores it, written with SQL of that time: the adapter of today writes columns an
     * old file does not have yet.
     */
    static void insertV1Call(HistoryDatabase db, String id, Instant start) {
        db.write("test", c -> {
            try (var insert = c.prepareStatement("INSERT INTO calls (id, started_at, planned_end, source_kind,"
                    + " prospect_name, prospect_email, prospect_company, prospect_zone, outcome)"
                    + " VALUES (?, ?, ?, 'MANUAL', 'Grace Hopper', 'grace@example.com', 'Navy', 'America/New_York',"
                    + " 'UNRESOLVED')")) {
                insert.setString(1, id);
                insert.setString(2, InstantText.format(start));
                insert.setString(3, InstantText.format(start.plus(Duration.ofMinutes(30))));
                return insert.executeUpdate();
            }
        });
    }
}
