package dev.nextcall.adapters.sqlite;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The history's queries. The filters are written in SQL so the database does the work on 100,000
 * calls, but their meaning comes from the domain: the sets of outcomes and statuses below are taken
 * from {@link Outcome#lacksNextStep()} and {@link NextStepStatus#isLost()} /
 * {@link NextStepStatus#isAwaitingReply()} and bound as parameters, so SQL and Java cannot drift apart.
 */
final class HistorySql {

    static final Set<Outcome> LACKING_OUTCOMES = outcomes(Outcome::lacksNextStep);
    static final Set<NextStepStatus> LOST = statuses(NextStepStatus::isLost);
    static final Set<NextStepStatus> AWAITING_REPLY = statuses(NextStepStatus::isAwaitingReply);
    static final Set<NextStepStatus> IN_CALENDAR = statuses(NextStepStatus::isInCalendar);

    /**
     * Joins each call to its latest next step by creation order. A correlated subquery rather than a
     * window function: with LIMIT it looks up only the calls it scans, through next_steps_by_call.
     * It returns the rowid (which that index holds, so the lookup never touches the table) instead of
     * the event id; the rowid lives only inside this one statement, so VACUUM renumbering is harmless.
     */
    private static final String CALLS_WITH_LATEST_STEP = " FROM calls c LEFT JOIN next_steps s ON s.rowid = ("
            + "SELECT l.rowid FROM next_steps l WHERE l.call_id = c.id ORDER BY l.created_seq DESC LIMIT 1)";

    private HistorySql() {
    }

    /** SQL text and the values for its placeholders, in order. */
    record Query(String sql, List<Object> parameters) {

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    static Query list(HistoryQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        // Only added when present, so that the planner can stop the index scan at `since`.
        query.since().ifPresent(since -> {
            conditions.add("c.started_at >= ?");
            parameters.add(InstantText.format(since));
        });
        if (query.withoutNextStepOnly()) {
            // Same meaning as CallRecord.withoutNextStep().
            conditions.add("(c.outcome IN " + placeholders(LACKING_OUTCOMES) + " OR (c.outcome = ? AND s.status IN "
                    + placeholders(LOST) + "))");
            parameters.addAll(names(LACKING_OUTCOMES));
            parameters.add(Outcome.NEXT_STEP_BOOKED.name());
            parameters.addAll(names(LOST));
        }
        if (query.awaitingReplyOnly()) {
            conditions.add("s.status IN " + placeholders(AWAITING_REPLY));
            parameters.addAll(names(AWAITING_REPLY));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        parameters.add(query.limit());
        return new Query("SELECT " + Rows.CALL_COLUMNS + ", " + Rows.STEP_COLUMNS + CALLS_WITH_LATEST_STEP + where
                + " ORDER BY c.started_at DESC, c.id DESC LIMIT ?", parameters);
    }

    /**
     * Calls started in [start, end) and those with a next step: the latest next step is in the calendar
     * (CallRecord.hasNextStepInCalendar()), so a declined invite no longer counts.
     */
    static Query count(Interval window) {
        List<Object> parameters = new ArrayList<>();
        parameters.addAll(names(IN_CALENDAR));
        parameters.add(InstantText.format(window.start()));
        parameters.add(InstantText.format(window.end()));
        return new Query("SELECT count(*) AS calls, count(*) FILTER (WHERE s.status IN "
                + placeholders(IN_CALENDAR) + ") AS with_next_step" + CALLS_WITH_LATEST_STEP
                + " WHERE c.started_at >= ? AND c.started_at < ?", parameters);
    }

    /** Uses calls_by_prospect_email (V2); COLLATE NOCASE matches the index. */
    static final String LAST_ZONE_OF_PROSPECT = "SELECT prospect_zone FROM calls"
            + " WHERE prospect_email = ? COLLATE NOCASE AND prospect_email <> ''"
            + " ORDER BY prospect_email COLLATE NOCASE, started_at DESC LIMIT 1";

    static final String UPSERT_CALL = "INSERT INTO calls (id, started_at, planned_end, ended_at, source_kind,"
            + " source_event_id, prospect_name, prospect_email, prospect_company, prospect_zone, outcome, notes)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // Not INSERT OR REPLACE: that deletes the old row first, and the delete would cascade to
            // the call's next steps.
            + " ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, planned_end = excluded.planned_end,"
            + " ended_at = excluded.ended_at, source_kind = excluded.source_kind,"
            + " source_event_id = excluded.source_event_id, prospect_name = excluded.prospect_name,"
            + " prospect_email = excluded.prospect_email, prospect_company = excluded.prospect_company,"
            + " prospect_zone = excluded.prospect_zone, outcome = excluded.outcome, notes = excluded.notes";

    static final String FIND_CALL = "SELECT " + Rows.CALL_COLUMNS + " FROM calls c WHERE c.id = ?";

    static final String DELETE_CALL = "DELETE FROM calls WHERE id = ?";

    static final String CALL_EXISTS = "SELECT 1 FROM calls WHERE id = ?";

    static final String STATUS_OF_STEP = "SELECT status FROM next_steps WHERE event_id = ?";

    /** created_seq is set on insert only; an update keeps the step's place in the order. */
    static final String UPSERT_STEP = "INSERT INTO next_steps (event_id, call_id, created_seq, calendar, start_at,"
            + " end_at, attendees, status, reason, updated_at)"
            + " VALUES (?, ?, (SELECT coalesce(max(created_seq), 0) + 1 FROM next_steps), ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (event_id) DO UPDATE SET call_id = excluded.call_id, calendar = excluded.calendar,"
            + " start_at = excluded.start_at, end_at = excluded.end_at, attendees = excluded.attendees,"
            + " status = excluded.status, reason = excluded.reason, updated_at = excluded.updated_at";

    static final String APPEND_STATUS_CHANGE = "INSERT INTO next_step_events (event_id, status, reason, at)"
            + " VALUES (?, ?, ?, ?)";

    static final String FIND_STEP = "SELECT " + Rows.STEP_COLUMNS + " FROM next_steps s WHERE s.event_id = ?";

    static final String STEPS_OF_CALL = "SELECT " + Rows.STEP_COLUMNS
            + " FROM next_steps s WHERE s.call_id = ? ORDER BY s.created_seq";

    static final String STEPS_WITH_STATUS = "SELECT " + Rows.STEP_COLUMNS
            + " FROM next_steps s WHERE s.status = ? ORDER BY s.created_seq";

    static final String STATUS_HISTORY = "SELECT event_id, status, reason, at FROM next_step_events"
            + " WHERE event_id = ? ORDER BY seq";

    private static String placeholders(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", ", "(", ")"));
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toList());
    }

    private static Set<Outcome> outcomes(Predicate<Outcome> test) {
        return Arrays.stream(Outcome.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
    }

    private static Set<NextStepStatus> statuses(Predicate<NextStepStatus> test) {
        return Arrays.stream(NextStepStatus.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NextStepStatus.class)));
    }
}
