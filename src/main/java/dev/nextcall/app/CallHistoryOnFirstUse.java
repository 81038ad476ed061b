package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A call history that opens the real one on first use. Opening a database costs disk work and,
 * on a damaged file, a repair; doing it on first use keeps it off the start-up path and off the UI
 * thread (the first use is always a background task).
 */
public final class CallHistoryOnFirstUse implements CallHistory {

    private final Supplier<CallHistory> opener;
    private CallHistory opened;

    public CallHistoryOnFirstUse(Supplier<CallHistory> opener) {
        this.opener = opener;
    }

    private synchronized CallHistory history() {
        if (opened == null) {
            opened = opener.get();
        }
        return opened;
    }

    /** True once the real history was opened (so closing has something to close). */
    public synchronized boolean isOpen() {
        return opened != null;
    }

    @Override
    public void saveCall(Call call) {
        history().saveCall(call);
    }

    @Override
    public Optional<Call> findCall(String callId) {
        return history().findCall(callId);
    }

    @Override
    public void deleteCall(String callId) {
        history().deleteCall(callId);
    }

    @Override
    public void saveNextStep(NextStep nextStep) {
        history().saveNextStep(nextStep);
    }

    @Override
    public Optional<NextStep> findNextStep(String eventId) {
        return history().findNextStep(eventId);
    }

    @Override
    public List<NextStep> nextStepsOf(String callId) {
        return history().nextStepsOf(callId);
    }

    @Override
    public List<NextStep> nextStepsWithStatus(NextStepStatus status) {
        return history().nextStepsWithStatus(status);
    }

    @Override
    public List<CallRecord> list(HistoryQuery query) {
        return history().list(query);
    }

    @Override
    public Optional<ZoneId> lastZoneOf(String email) {
        return history().lastZoneOf(email);
    }

    @Override
    public CallCounts count(Interval window) {
        return history().count(window);
    }
}
