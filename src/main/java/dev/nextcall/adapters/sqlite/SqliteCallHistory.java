package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The call history in history.db. Every save is one transaction that has committed when the method
 * returns. Saving a next step whose status changed also appends to its status trail
 * ({@link #statusHistory(String)}), which is what the booking journal reconciles from.
 */
public final class SqliteCallHistory implements CallHistory {

    private final HistoryDatabase database;

    /** @param database open; closing it stays with whoever opened it */
    public SqliteCallHistory(HistoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void saveCall(Call call) {
        database.write("could not save the call", c -> {
            try (PreparedStatement upsert = c.prepareStatement(HistorySql.UPSERT_CALL)) {
                upsert.setString(1, call.id());
                upsert.setString(2, InstantText.format(call.timing().start()));
                upsert.setString(3, InstantText.format(call.timing().plannedEnd()));
                upsert.setString(4, call.endedAt().map(InstantText::format).orElse(null));
                upsert.setString(5, call.source().kind().name());
                upsert.setString(6, call.source().eventId());
                upsert.setString(7, call.prospect().name());
                upsert.setString(8, call.prospect().email());
                upsert.setString(9, call.prospect().company());
                upsert.setString(10, call.prospect().zone().getId());
                upsert.setString(11, call.outcome().name());
                upsert.setString(12, call.notes());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Call> findCall(String callId) {
        return database.read("could not read the call", c -> {
            try (PreparedStatement find = c.prepareStatement(HistorySql.FIND_CALL)) {
                find.setString(1, callId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(Rows.call(row)) : Optional.empty();
                }
            }
        });
    }

    /** Deletes the call; its next steps and their status trails go with it (ON DELETE CASCADE). */
    @Override
    public void deleteCall(String callId) {
        database.write("could not delete the call", c -> {
            try (PreparedStatement delete = c.prepareStatement(HistorySql.DELETE_CALL)) {
                delete.setString(1, callId);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public void saveNextStep(NextStep step) {
        database.write("could not save the next step", c -> {
            if (!exists(c, HistorySql.CALL_EXISTS, step.callId())) {
                throw new HistoryException("could not save the next step: its call '" + step.callId()
                        + "' is not in the history", null);
            }
            Optional<String> before = statusOf(c, step.eventId());
            upsert(c, step);
            if (before.isEmpty() || !before.get().equals(step.status().name())) {
                appendStatusChange(c, step);
            }
            return null;
        });
    }

    @Override
    public Optional<NextStep> findNextStep(String eventId) {
        return database.read("could not read the next step", c -> {
            List<NextStep> found = steps(c, HistorySql.FIND_STEP, eventId);
            return found.stream().findFirst();
        });
    }

    /** Oldest first, by when each was first saved; updating a step does not move it. */
    @Override
    public List<NextStep> nextStepsOf(String callId) {
        return database.read("could not read the next steps of the call", c -> steps(c, HistorySql.STEPS_OF_CALL, callId));
    }

    /** Oldest first, by when each was first saved. */
    @Override
    public List<NextStep> nextStepsWithStatus(NextStepStatus status) {
        return database.read("could not read the next steps", c -> steps(c, HistorySql.STEPS_WITH_STATUS, status.name()));
    }

    /** Newest call first (ties by id, so the order is stable); the next step shown is the latest created. */
    @Override
    public List<CallRecord> list(HistoryQuery query) {
        HistorySql.Query sql = HistorySql.list(query);
        return database.read("could not read the call history", c -> {
            try (PreparedStatement select = sql.prepare(c); ResultSet rows = select.executeQuery()) {
                List<CallRecord> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(new CallRecord(Rows.call(rows), Rows.nextStepOrNull(rows)));
                }
                return records;
            }
        });
    }

    @Override
    public Optional<ZoneId> lastZoneOf(String email) {
        return database.read("could not look up the prospect", c -> {
            try (PreparedStatement find = c.prepareStatement(HistorySql.LAST_ZONE_OF_PROSPECT)) {
                find.setString(1, email.strip());
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(ZoneId.of(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Calls started in [start, end) of the window; see {@link HistorySql#count} for "with a next step". */
    @Override
    public CallCounts count(Interval window) {
        HistorySql.Query sql = HistorySql.count(window);
        return database.read("could not count the calls", c -> {
            try (PreparedStatement select = sql.prepare(c); ResultSet row = select.executeQuery()) {
                row.next();
                return new CallCounts(row.getInt("calls"), row.getInt("with_next_step"));
            }
        });
    }

    /** Every status the next step has been in, oldest first; empty for an unknown event id. */
    public List<StatusChange> statusHistory(String eventId) {
        return database.read("could not read the status history", c -> {
            try (PreparedStatement select = c.prepareStatement(HistorySql.STATUS_HISTORY)) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    List<StatusChange> changes = new ArrayList<>();
                    while (rows.next()) {
                        changes.add(Rows.statusChange(rows));
                    }
                    return changes;
                }
            }
        });
    }

    private static void upsert(Connection c, NextStep step) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(HistorySql.UPSERT_STEP)) {
            upsert.setString(1, step.eventId());
            upsert.setString(2, step.callId());
            upsert.setString(3, step.calendar().name());
            upsert.setString(4, InstantText.format(step.time().start()));
            upsert.setString(5, InstantText.format(step.time().end()));
            upsert.setString(6, AttendeesJson.write(step.attendees()));
            upsert.setString(7, step.status().name());
            upsert.setString(8, step.reason());
            upsert.setString(9, InstantText.format(step.updated()));
            upsert.executeUpdate();
        }
    }

    private static void appendStatusChange(Connection c, NextStep step) throws SQLException {
        try (PreparedStatement append = c.prepareStatement(HistorySql.APPEND_STATUS_CHANGE)) {
            append.setString(1, step.eventId());
            append.setString(2, step.status().name());
            append.setString(3, step.reason());
            append.setString(4, InstantText.format(step.updated()));
            append.executeUpdate();
        }
    }

    private static Optional<String> statusOf(Connection c, String eventId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(HistorySql.STATUS_OF_STEP)) {
            select.setString(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static List<NextStep> steps(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                List<NextStep> steps = new ArrayList<>();
                while (rows.next()) {
                    steps.add(Rows.nextStepOrNull(rows));
                }
                return steps;
            }
        }
    }
}
