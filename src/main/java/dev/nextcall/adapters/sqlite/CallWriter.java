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
 * writer and reused; a single save uses a writer for its few statements and closes it.
 *
 * <p>A {@linkplain #batching batching} writer, for imports, only collects the rows, and {@link #flush()}
 * sends each kind of statement to SQLite as one batch (one call into the native library instead of one
 * per row, most of the cost of an import), in an order the foreign keys accept: calls before their next
 * steps, next steps before their trails.
 */
final class CallWriter implements AutoCloseable {

    /** The order in which a batching writer runs its statements. */
    private static final List<String> FLUSH_ORDER = List.of(HistorySql.DELETE_CALL, HistorySql.UPSERT_CALL,
            HistorySql.UPSERT_PROSPECT, HistorySql.UPSERT_STEP, HistorySql.APPEND_STATUS_CHANGE,
            HistorySql.DELETE_FOLLOW_UPS, HistorySql.INSERT_FOLLOW_UP, HistorySql.SET_MARK, HistorySql.CLEAR_MARK,
            HistorySql.SAVE_NOTES, HistorySql.LINE_SHOWN);

    private final Connection connection;
    private final boolean batching;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    CallWriter(Connection connection) {
        this(connection, false);
    }

    private CallWriter(Connection connection, boolean batching) {
        this.connection = connection;
        this.batching = batching;
    }

    /** A writer whose writes wait for {@link #flush()}; it cannot read, so {@link #step} reports no earlier status. */
    static CallWriter batching(Connection connection) {
        return new CallWriter(connection, true);
    }

    /** Runs the collected rows, each kind of statement as one batch, in {@link #FLUSH_ORDER}. */
    void flush() throws SQLException {
        for (String sql : FLUSH_ORDER) {
            PreparedStatement statement = statements.get(sql);
            if (statement != null) {
                statement.executeBatch();
            }
        }
    }

    /** Runs the statement now, or adds it to its batch. */
    private void run(PreparedStatement statement) throws SQLException {
        if (batching) {
            statement.addBatch();
        } else {
            statement.executeUpdate();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        if (!batching) {
            statement.clearParameters();
        }
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
        run(upsert);
        if (!prospect.email().isEmpty()) {
            PreparedStatement book = statement(HistorySql.UPSERT_PROSPECT);
            book.setString(1, Prospect.fold(prospect.email()));
            book.setString(2, prospect.name());
            book.setString(3, prospect.company());
            book.setString(4, prospect.zone().getId());
            book.setString(5, InstantText.format(call.timing().start()));
            run(book);
        }
    }

    /**
     * Inserts or updates the next step.
     *
     * @return the status it had before, empty for a new step
     */
    Optional<String> step(NextStep step) throws SQLException {
        Optional<String> before = batching ? Optional.empty() : statusOf(step.eventId());
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
        run(upsert);
        return before;
    }

    void statusChange(StatusChange change) throws SQLException {
        PreparedStatement append = statement(HistorySql.APPEND_STATUS_CHANGE);
        append.setString(1, change.eventId());
        append.setString(2, change.status().name());
        append.setString(3, change.reason());
        append.setString(4, InstantText.format(change.at()));
        run(append);
    }

    void followUps(String callId, List<FollowUp> followUps) throws SQLException {
        PreparedStatement delete = statement(HistorySql.DELETE_FOLLOW_UPS);
        delete.setString(1, callId);
        run(delete);
        for (int i = 0; i < followUps.size(); i++) {
            followUp(callId, i, followUps.get(i));
        }
    }

    /** Adds one follow-up action at {@code position}; {@link #followUps} replaces them all. */
    void followUp(String callId, int position, FollowUp followUp) throws SQLException {
        PreparedStatement insert = statement(HistorySql.INSERT_FOLLOW_UP);
        insert.setString(1, callId);
        insert.setInt(2, position);
        insert.setString(3, followUp.text());
        insert.setInt(4, followUp.done() ? 1 : 0);
        run(insert);
    }

    /** Sets the call's reason for having no next step; null clears it. */
    void mark(String callId, NoNextStepMark mark) throws SQLException {
        if (mark == null) {
            PreparedStatement clear = statement(HistorySql.CLEAR_MARK);
            clear.setString(1, callId);
            run(clear);
            return;
        }
        PreparedStatement set = statement(HistorySql.SET_MARK);
        set.setString(1, mark.reason().name());
        set.setString(2, mark.text());
        set.setString(3, InstantText.format(mark.at()));
        set.setString(4, callId);
        run(set);
    }

    /** Deletes the call with everything that belongs to it (ON DELETE CASCADE). */
    void delete(String callId) throws SQLException {
        PreparedStatement delete = statement(HistorySql.DELETE_CALL);
        delete.setString(1, callId);
        run(delete);
    }

    void notes(String callId, String notes) throws SQLException {
        PreparedStatement update = statement(HistorySql.SAVE_NOTES);
        update.setString(1, notes == null ? "" : notes);
        update.setString(2, callId);
        run(update);
    }

    void lineShown(String callId, String phraseId, Instant at) throws SQLException {
        PreparedStatement insert = statement(HistorySql.LINE_SHOWN);
        insert.setString(1, callId);
        insert.setString(2, phraseId);
        insert.setString(3, InstantText.format(at));
        run(insert);
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
