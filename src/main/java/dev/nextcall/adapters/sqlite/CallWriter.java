package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.StatusChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writes of the history, inside a transaction the caller opened. Statements are prepared once per
 * writer and reused, which is what makes importing 100,000 calls a matter of seconds; a single save
 * uses a writer for its few statements and closes it.
 */
final class CallWriter implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    CallWriter(Connection connection) {
        this.connection = connection;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        statement.clearParameters();
        return statement;
    }

    /** Inserts or updates the call, and the address book's entry for its prospect. */
    void call(Call call) throws SQLException {
        Prospect prospect = call.prospect();
        PreparedStatement upsert = statement(HistorySql.UPSERT_CALL);
        upsert.setString(1, call.id());
        upsert.setString(2, InstantText.format(call.timing().start()));
        upsert.setString(3, InstantText.format(call.timing().plannedEnd()));
        upsert.setString(4, call.endedAt().map(InstantText::format).orElse(null));
        upsert.setString(5, call.source().kind().name());
        upsert.setString(6, call.source().eventId());
        upsert.setString(7, prospect.name());
        upsert.setString(8, prospect.email());
        upsert.setString(9, prospect.company());
        upsert.setString(10, prospect.zone().getId());
        upsert.setString(11, call.outcome().name());
        upsert.setString(12, call.notes());
        upsert.setString(13, prospect.searchKey());
        upsert.executeUpdate();
        if (!prospect.email().isEmpty()) {
            PreparedStatement book = statement(HistorySql.UPSERT_PROSPECT);
            book.setString(1, Prospect.fold(prospect.email()));
            book.setString(2, prospect.name());
            book.setString(3, prospect.company());
            book.setString(4, prospect.zone().getId());
            book.setString(5, InstantText.format(call.timing().start()));
            book.executeUpdate();
        }
    }

    /**
     * Inserts or updates the next step.
     *
     * @return the status it had before, empty for a new step
     */
    Optional<String> step(NextStep step) throws SQLException {
        Optional<String> before = statusOf(step.eventId());
        PreparedStatement upsert = statement(HistorySql.UPSERT_STEP);
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
        return before;
    }

    void statusChange(StatusChange change) throws SQLException {
        PreparedStatement append = statement(HistorySql.APPEND_STATUS_CHANGE);
        append.setString(1, change.eventId());
        append.setString(2, change.status().name());
        append.setString(3, change.reason());
        append.setString(4, InstantText.format(change.at()));
        append.executeUpdate();
    }

    void followUps(String callId, List<FollowUp> followUps) throws SQLException {
        PreparedStatement delete = statement(HistorySql.DELETE_FOLLOW_UPS);
        delete.setString(1, callId);
        delete.executeUpdate();
        for (int i = 0; i < followUps.size(); i++) {
            PreparedStatement insert = statement(HistorySql.INSERT_FOLLOW_UP);
            insert.setString(1, callId);
            insert.setInt(2, i);
            insert.setString(3, followUps.get(i).text());
            insert.setInt(4, followUps.get(i).done() ? 1 : 0);
            insert.executeUpdate();
        }
    }

    /** Sets the call's reason for having no next step; null clears it. */
    void mark(String callId, NoNextStepMark mark) throws SQLException {
        if (mark == null) {
            PreparedStatement clear = statement(HistorySql.CLEAR_MARK);
            clear.setString(1, callId);
            clear.executeUpdate();
            return;
        }
        PreparedStatement set = statement(HistorySql.SET_MARK);
        set.setString(1, mark.reason().name());
        set.setString(2, mark.text());
        set.setString(3, InstantText.format(mark.at()));
        set.setString(4, callId);
        set.executeUpdate();
    }

    /** Deletes the call with everything that belongs to it (ON DELETE CASCADE). */
    void delete(String callId) throws SQLException {
        PreparedStatement delete = statement(HistorySql.DELETE_CALL);
        delete.setString(1, callId);
        delete.executeUpdate();
    }

    void notes(String callId, String notes) throws SQLException {
        PreparedStatement update = statement(HistorySql.SAVE_NOTES);
        update.setString(1, notes == null ? "" : notes);
        update.setString(2, callId);
        update.executeUpdate();
    }

    void lineShown(String callId, String phraseId, Instant at) throws SQLException {
        PreparedStatement insert = statement(HistorySql.LINE_SHOWN);
        insert.setString(1, callId);
        insert.setString(2, phraseId);
        insert.setString(3, InstantText.format(at));
        insert.executeUpdate();
    }

    /** @throws HistoryException naming what was being changed when the call is not in the history */
    void requireCall(String callId, String change) throws SQLException {
        PreparedStatement select = statement(HistorySql.CALL_EXISTS);
        select.setString(1, callId);
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new HistoryException("could not " + change + ": the call '" + callId
                        + "' is not in the history", null);
            }
        }
    }

    private Optional<String> statusOf(String eventId) throws SQLException {
        PreparedStatement select = statement(HistorySql.STATUS_OF_STEP);
        select.setString(1, eventId);
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
