package dev.nextcall.app.port;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The record of every call and its next step. Every method commits before it returns, so a crash
 * afterwards loses nothing; failures raise {@link HistoryException}.
 */
public interface CallHistory {

    /** Inserts the call, or replaces the stored one with the same id. */
    void saveCall(Call call);

    Optional<Call> findCall(String callId);

    /** Removes a call that turned out not to be one (the rep dismissed it), with its next steps. */
    void deleteCall(String callId);

    /** Inserts the next step, or replaces the stored one with the same event id. */
    void saveNextStep(NextStep nextStep);

    Optional<NextStep> findNextStep(String eventId);

    /** The next steps of one call, oldest first. */
    List<NextStep> nextStepsOf(String callId);

    List<NextStep> nextStepsWithStatus(NextStepStatus status);

    /**
     * Calls matching the query with their latest next step and the rep's reason for having none, newest
     * first (ties by id), the query's page of them ({@code offset}, {@code limit}).
     */
    List<CallRecord> list(HistoryQuery query);

    /**
     * The zone of the prospect with this e-mail address (any case) on their latest call, so a rep
     * chooses a prospect's zone once.
     */
    Optional<ZoneId> lastZoneOf(String email);

    /** How many calls started in {@code window}, and how many of those have a next step booked. */
    CallCounts count(Interval window);

    record CallCounts(int calls, int withNextStep) {
    }
}
