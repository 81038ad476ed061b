package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.app.port.HistoryStore;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.ShownLine;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.domain.history.TrackedStep;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.history.Weeks;
import dev.nextcall.domain.prompt.LineRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The call history in history.db. Every save is one transaction that has committed when the method
 * returns. Saving a next step whose status changed also appends to its status trail
 * ({@link #statusHistory(String)}), which is what the booking journal reconciles from.
 */
public final class SqliteCallHistory implements HistoryStore {

    private final HistoryDatabase database;

    /** @param database open; closing it stays with whoever opened it */
    public SqliteCallHistory(HistoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void saveCall(Call call) {
        database.write("could not save the call", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.call(call);
            }
            return null;
        });
    }

    @Override
    public Optional<Call> findCall(String callId) {
        return database.read("could not read the call", c -> findRecord(c, callId).map(CallRecord::call));
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

    /**
     * Saves the step and, when its status changed, appends to its trail. A step entering the calendar
     * (or about to: pending) takes back the rep's reason for having none, so a later decline lists the
     * call again.
     */
    @Override
    public void saveNextStep(NextStep step) {
        database.write("could not save the next step", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                if (!exists(c, step.callId())) {
                    throw new HistoryException("could not save the next step: its call '" + step.callId()
                            + "' is not in the history", null);
                }
                Optional<String> before = writer.step(step);
                if (before.isEmpty() || !before.get().equals(step.status().name())) {
                    writer.statusChange(new StatusChange(step.eventId(), step.status(), step.reason(), step.updated()));
                }
                if (step.status() == NextStepStatus.PENDING || step.status().isInCalendar()) {
                    writer.mark(step.callId(), null);
                }
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
        return database.read("could not read the call history", c -> all(c, sql, Rows::record));
    }

    @Override
    public int count(HistoryQuery query) {
        HistorySql.Query sql = HistorySql.count(query);
        return database.read("could not count the calls", c -> {
            try (PreparedStatement select = sql.prepare(c); ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public List<WeekNumbers> weekly(Interval window, ZoneId repZone) {
        HistorySql.Query sql = HistorySql.startsAndLatestStatus(window);
        List<Weeks.Sample> samples = database.read("could not read the weekly numbers", c -> all(c, sql, Rows::weekSample));
        return Weeks.tally(window, repZone, samples);
    }

    @Override
    public Optional<CallDetail> detail(String callId) {
        return database.read("could not read the call", c -> {
            Optional<CallRecord> record = findRecord(c, callId);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            List<TrackedStep> tracked = new ArrayList<>();
            for (NextStep step : steps(c, HistorySql.STEPS_OF_CALL, callId)) {
                tracked.add(new TrackedStep(step, trail(c, step.eventId())));
            }
            return Optional.of(new CallDetail(record.get().call(), tracked, followUps(c, callId), record.get().mark(),
                    shownLines(c, callId)));
        });
    }

    @Override
    public void saveNotes(String callId, String notes) {
        database.write("could not save the notes", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.requireCall(callId, "save the notes");
                writer.notes(callId, notes);
            }
            return null;
        });
    }

    @Override
    public void saveFollowUps(String callId, List<FollowUp> followUps) {
        List<FollowUp> copy = List.copyOf(followUps);
        database.write("could not save the follow-up actions", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.requireCall(callId, "save the follow-up actions");
                writer.followUps(callId, copy);
            }
            return null;
        });
    }

    @Override
    public void markNoNextStep(String callId, NoNextStepMark mark) {
        Objects.requireNonNull(mark, "mark");
        database.write("could not save why there is no next step", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.requireCall(callId, "save why there is no next step");
                writer.mark(callId, mark);
            }
            return null;
        });
    }

    @Override
    public void clearNoNextStep(String callId) {
        database.write("could not take back the reason", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.requireCall(callId, "take back the reason");
                writer.mark(callId, null);
            }
            return null;
        });
    }

    @Override
    public Optional<Prospect> prospect(String email) {
        return database.read("could not look up the prospect", c -> {
            try (PreparedStatement find = c.prepareStatement(HistorySql.FIND_PROSPECT)) {
                find.setString(1, Prospect.fold(email.strip()));
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(new Prospect(row.getString("name"), row.getString("email"),
                                row.getString("company"), ZoneId.of(row.getString("zone"))));
                    } catch (DateTimeException e) {
                        throw new HistoryException("could not read the prospect " + email + ": unknown zone "
                                + row.getString("zone"), e);
                    }
                }
            }
        });
    }

    @Override
    public void lineShown(String callId, String phraseId, Instant at) {
        Objects.requireNonNull(phraseId, "phraseId");
        database.write("could not note the line shown", c -> {
            try (CallWriter writer = new CallWriter(c)) {
                writer.requireCall(callId, "note the line shown");
                writer.lineShown(callId, phraseId, at);
            }
            return null;
        });
    }

    @Override
    public List<LineRecord> lineRecords() {
        HistorySql.Query sql = HistorySql.lineRecords();
        return database.read("could not read how the suggested lines did", c -> all(c, sql,
                row -> new LineRecord(row.getString("phrase_id"), row.getInt("calls"), row.getInt("booked"),
                        row.getInt("accepted"))));
    }

    @Override
    public boolean isEmpty() {
        return database.read("could not read the call history", c -> !hasAnyCall(c));
    }

    /**
     * One transaction for the whole list, each kind of statement sent as one batch. A call already in the
     * history with the same id is replaced as a whole, so importing twice doubles nothing; ids must be
     * unique within one list.
     */
    @Override
    public void importCalls(List<CallDetail> calls) {
        database.write("could not import the calls", c -> {
            try (CallWriter writer = CallWriter.batching(c)) {
                for (CallDetail detail : calls) {
                    String callId = detail.call().id();
                    writer.delete(callId);
                    writer.call(detail.call());
                    for (TrackedStep tracked : detail.nextSteps()) {
                        writer.step(tracked.step());
                        for (StatusChange change : tracked.trail()) {
                            writer.statusChange(change);
                        }
                    }
                    for (int i = 0; i < detail.followUps().size(); i++) {
                        writer.followUp(callId, i, detail.followUps().get(i));
                    }
                    if (detail.mark() != null) {
                        writer.mark(callId, detail.mark());
                    }
                    for (ShownLine line : detail.shownLines()) {
                        writer.lineShown(callId, line.phraseId(), line.at());
                    }
                }
                writer.flush();
            }
            return null;
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
        return database.read("could not read the status history", c -> trail(c, eventId));
    }

    private static Optional<CallRecord> findRecord(Connection c, String callId) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(HistorySql.FIND_CALL)) {
            find.setString(1, callId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(new CallRecord(Rows.call(row), null, Rows.markOrNull(row)))
                        : Optional.empty();
            }
        }
    }

    private static List<StatusChange> trail(Connection c, String eventId) throws SQLException {
        return all(c, new HistorySql.Query(HistorySql.STATUS_HISTORY, List.of(eventId)), Rows::statusChange);
    }

    private static List<FollowUp> followUps(Connection c, String callId) throws SQLException {
        return all(c, new HistorySql.Query(HistorySql.FOLLOW_UPS_OF_CALL, List.of(callId)),
                row -> new FollowUp(row.getString("text"), row.getInt("done") == 1));
    }

    private static List<ShownLine> shownLines(Connection c, String callId) throws SQLException {
        return all(c, new HistorySql.Query(HistorySql.LINES_OF_CALL, List.of(callId)),
                row -> new ShownLine(row.getString("phrase_id"), InstantText.parse(row.getString("shown_at"))));
    }

    private static boolean exists(Connection c, String callId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(HistorySql.CALL_EXISTS)) {
            select.setString(1, callId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static boolean hasAnyCall(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(HistorySql.ANY_CALL); ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    private static List<NextStep> steps(Connection c, String sql, String key) throws SQLException {
        return all(c, new HistorySql.Query(sql, List.of(key)), Rows::nextStepOrNull);
    }

    /** One value per row of the query, in the query's order. */
    private static <T> List<T> all(Connection c, HistorySql.Query query, RowReader<T> reader) throws SQLException {
        try (PreparedStatement select = query.prepare(c); ResultSet rows = select.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(reader.read(rows));
            }
            return values;
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }
}
