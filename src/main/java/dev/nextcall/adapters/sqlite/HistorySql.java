package dev.nextcall.adapters.sqlite;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
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

    /** One page of calls matching the query, newest first, each with its latest next step and mark. */
    static Query list(HistoryQuery query) {
        Filter filter = filter(query);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.limit());
        parameters.add(query.offset());
        return new Query("SELECT " + Rows.CALL_COLUMNS + ", " + Rows.STEP_COLUMNS + CALLS_WITH_LATEST_STEP
                + filter.where() + " ORDER BY c.started_at DESC, c.id DESC LIMIT ? OFFSET ?", parameters);
    }

    /** How many calls match the query's filters. The latest step is looked up only when a filter needs it. */
    static Query count(HistoryQuery query) {
        Filter filter = filter(query);
        String from = filter.needsStep() ? CALLS_WITH_LATEST_STEP : " FROM calls c";
        return new Query("SELECT count(*)" + from + filter.where(), filter.parameters());
    }

    /** Calls started in [start, end) with the status of their latest next step, for the weekly number. */
    static Query startsAndLatestStatus(Interval window) {
        return new Query("SELECT c.started_at, s.status AS s_status" + CALLS_WITH_LATEST_STEP
                + " WHERE c.started_at >= ? AND c.started_at < ?",
                List.of(InstantText.format(window.start()), InstantText.format(window.end())));
    }

    /** WHERE text (empty or starting with a space) and its values; whether it reads the latest step {@code s}. */
    private record Filter(String where, List<Object> parameters, boolean needsStep) {
    }

    /**
     * The query's filters in SQL. Each one mirrors a clause of {@link HistoryQuery#matches}, and a test on
     * seeded random histories checks that the two select the same calls.
     */
    private static Filter filter(HistoryQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        boolean needsStep = false;
        // Only added when present, so that the planner can stop the index scan at `since`.
        query.since().ifPresent(since -> {
            conditions.add("c.started_at >= ?");
            parameters.add(InstantText.format(since));
        });
        query.until().ifPresent(until -> {
            conditions.add("c.started_at < ?");
            parameters.add(InstantText.format(until));
        });
        if (!query.outcomes().isEmpty()) {
            conditions.add("c.outcome IN " + placeholders(query.outcomes()));
            parameters.addAll(names(query.outcomes()));
        }
        if (query.withoutNextStepOnly()) {
            // Same meaning as CallRecord.withoutNextStep().
            conditions.add("c.no_step_reason IS NULL AND (c.outcome IN " + placeholders(LACKING_OUTCOMES)
                    + " OR (c.outcome = ? AND s.status IN " + placeholders(LOST) + "))");
            parameters.addAll(names(LACKING_OUTCOMES));
            parameters.add(Outcome.NEXT_STEP_BOOKED.name());
            parameters.addAll(names(LOST));
            needsStep = true;
        }
        if (query.awaitingReplyOnly()) {
            conditions.add("s.status IN " + placeholders(AWAITING_REPLY));
            parameters.addAll(names(AWAITING_REPLY));
            needsStep = true;
        }
        if (query.sentBy().isPresent()) {
            // Same meaning as CallRecord.mayNeedAttention(sentBy).
            conditions.add("c.no_step_reason IS NULL AND (s.status = ? OR (s.status = ? AND s.updated_at <= ?))");
            parameters.add(NextStepStatus.DECLINED.name());
            parameters.add(NextStepStatus.BOOKED.name());
            parameters.add(InstantText.format(query.sentBy().get()));
            needsStep = true;
        }
        if (!query.search().isEmpty()) {
            // Same meaning as Prospect.contains: the key and the needle are folded by the same Java code.
            conditions.add("instr(c.search_key, ?) > 0");
            parameters.add(Prospect.fold(query.search()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Filter(where, parameters, needsStep);
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

    /**
     * Per line: ended calls it was shown in, how many of them have their latest next step in the
     * calendar, and how many have it accepted (PromptMemory.lineRecords()).
     */
    static Query lineRecords() {
        List<Object> parameters = new ArrayList<>(names(IN_CALENDAR));
        parameters.add(NextStepStatus.ACCEPTED.name());
        return new Query("SELECT l.phrase_id, count(*) AS calls, count(*) FILTER (WHERE s.status IN "
                + placeholders(IN_CALENDAR) + ") AS booked, count(*) FILTER (WHERE s.status = ?) AS accepted"
                + " FROM shown_lines l JOIN calls c ON c.id = l.call_id LEFT JOIN next_steps s ON s.rowid = ("
                + "SELECT x.rowid FROM next_steps x WHERE x.call_id = c.id ORDER BY x.created_seq DESC LIMIT 1)"
                + " WHERE c.ended_at IS NOT NULL GROUP BY l.phrase_id ORDER BY l.phrase_id", parameters);
    }

    /** Uses calls_by_prospect_email (V2); COLLATE NOCASE matches the index. */
    static final String LAST_ZONE_OF_PROSPECT = "SELECT prospect_zone FROM calls"
            + " WHERE prospect_email = ? COLLATE NOCASE AND prospect_email <> ''"
            + " ORDER BY prospect_email COLLATE NOCASE, started_at DESC LIMIT 1";

    static final String UPSERT_CALL = "INSERT INTO calls (id, started_at, planned_end, ended_at, source_kind,"
            + " source_event_id, prospect_name, prospect_email, prospect_company, prospect_zone, outcome, notes,"
            + " search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // Not INSERT OR REPLACE: that deletes the old row first, and the delete would cascade to
            // the call's next steps.
            + " ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, planned_end = excluded.planned_end,"
            + " ended_at = excluded.ended_at, source_kind = excluded.source_kind,"
            + " source_event_id = excluded.source_event_id, prospect_name = excluded.prospect_name,"
            + " prospect_email = excluded.prospect_email, prospect_company = excluded.prospect_company,"
            + " prospect_zone = excluded.prospect_zone, outcome = excluded.outcome, notes = excluded.notes,"
            + " search_key = excluded.search_key";

    /** The address book keeps the details of each address's latest call; an older call never overwrites them. */
    static final String UPSERT_PROSPECT = "INSERT INTO prospects (email, name, company, zone, last_call_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET name = excluded.name,"
            + " company = excluded.company, zone = excluded.zone, last_call_at = excluded.last_call_at"
            + " WHERE excluded.last_call_at >= prospects.last_call_at";

    static final String FIND_PROSPECT = "SELECT name, email, company, zone FROM prospects WHERE email = ?";

    static final String SAVE_NOTES = "UPDATE calls SET notes = ? WHERE id = ?";

    static final String SET_MARK = "UPDATE calls SET no_step_reason = ?, no_step_text = ?, no_step_at = ? WHERE id = ?";

    static final String CLEAR_MARK = "UPDATE calls SET no_step_reason = NULL, no_step_text = '', no_step_at = NULL"
            + " WHERE id = ?";

    static final String DELETE_FOLLOW_UPS = "DELETE FROM follow_ups WHERE call_id = ?";

    static final String INSERT_FOLLOW_UP = "INSERT INTO follow_ups (call_id, position, text, done) VALUES (?, ?, ?, ?)";

    static final String FOLLOW_UPS_OF_CALL = "SELECT text, done FROM follow_ups WHERE call_id = ? ORDER BY position";

    /** The first showing is kept: it is when the line was first useful. */
    static final String LINE_SHOWN = "INSERT INTO shown_lines (call_id, phrase_id, shown_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (call_id, phrase_id) DO NOTHING";

    static final String LINES_OF_CALL = "SELECT phrase_id, shown_at FROM shown_lines WHERE call_id = ?"
            + " ORDER BY shown_at, phrase_id";

    static final String ANY_CALL = "SELECT 1 FROM calls LIMIT 1";

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
