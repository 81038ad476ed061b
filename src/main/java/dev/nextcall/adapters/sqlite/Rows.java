package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.HistoryException;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.domain.history.Weeks;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Rows to domain values. Queries select {@link #CALL_COLUMNS} and {@link #STEP_COLUMNS} so that
 * columns are found by name whatever else the query joins.
 */
final class Rows {

    static final String CALL_COLUMNS = "c.id, c.started_at, c.planned_end, c.ended_at, c.source_kind,"
            + " c.source_event_id, c.prospect_name, c.prospect_email, c.prospect_company, c.prospect_zone,"
            + " c.outcome, c.notes, c.no_step_reason, c.no_step_text, c.no_step_at";

    static final String STEP_COLUMNS = "s.event_id AS s_event_id, s.call_id AS s_call_id, s.calendar AS s_calendar,"
            + " s.start_at AS s_start_at, s.end_at AS s_end_at, s.attendees AS s_attendees, s.status AS s_status,"
            + " s.reason AS s_reason, s.updated_at AS s_updated_at";

    private Rows() {
    }

    static Call call(ResultSet row) throws SQLException {
        String id = row.getString("id");
        try {
            CallTiming timing = new CallTiming(instant(row.getString("started_at")), instant(row.getString("planned_end")));
            String ended = row.getString("ended_at");
            CallSource source = new CallSource(CallSource.Kind.valueOf(row.getString("source_kind")),
                    row.getString("source_event_id"));
            Prospect prospect = new Prospect(row.getString("prospect_name"), row.getString("prospect_email"),
                    row.getString("prospect_company"), ZoneId.of(row.getString("prospect_zone")));
            return new Call(id, timing, ended == null ? null : instant(ended), source, prospect,
                    Outcome.valueOf(row.getString("outcome")), row.getString("notes"));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable("the call '" + id + "'", e);
        }
    }

    /** The next step in the row, or null when a LEFT JOIN found none. */
    static NextStep nextStepOrNull(ResultSet row) throws SQLException {
        String eventId = row.getString("s_event_id");
        if (eventId == null) {
            return null;
        }
        try {
            return new NextStep(eventId, row.getString("s_call_id"), CalendarKind.valueOf(row.getString("s_calendar")),
                    new Interval(instant(row.getString("s_start_at")), instant(row.getString("s_end_at"))),
                    AttendeesJson.read(row.getString("s_attendees")), NextStepStatus.valueOf(row.getString("s_status")),
                    row.getString("s_reason"), instant(row.getString("s_updated_at")));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable("the next step '" + eventId + "'", e);
        }
    }

    /** The call in the row with its latest next step (may be absent) and the rep's reason (may be absent). */
    static CallRecord record(ResultSet row) throws SQLException {
        return new CallRecord(call(row), nextStepOrNull(row), markOrNull(row));
    }

    /** Why the call has no next step, or null when the rep said nothing. */
    static NoNextStepMark markOrNull(ResultSet row) throws SQLException {
        String reason = row.getString("no_step_reason");
        if (reason == null) {
            return null;
        }
        try {
            return new NoNextStepMark(NoNextStepReason.valueOf(reason), row.getString("no_step_text"),
                    instant(row.getString("no_step_at")));
        } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
            throw unreadable("the reason of call '" + row.getString("id") + "'", e);
        }
    }

    /** A call's start and the status of its latest next step (null when none), for the weekly number. */
    static Weeks.Sample weekSample(ResultSet row) throws SQLException {
        String status = row.getString("s_status");
        try {
            return new Weeks.Sample(instant(row.getString("started_at")),
                    status == null ? null : NextStepStatus.valueOf(status));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable("a call started at " + row.getString("started_at"), e);
        }
    }

    static StatusChange statusChange(ResultSet row) throws SQLException {
        String eventId = row.getString("event_id");
        try {
            return new StatusChange(eventId, NextStepStatus.valueOf(row.getString("status")), row.getString("reason"),
                    instant(row.getString("at")));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable("the status history of '" + eventId + "'", e);
        }
    }

    private static Instant instant(String text) {
        return InstantText.parse(text);
    }

    private static HistoryException unreadable(String what, RuntimeException cause) {
        return new HistoryException("could not read the history: " + what + " holds a value this version of NextCall"
                + " cannot read (" + cause.getMessage() + ")", cause);
    }
}
