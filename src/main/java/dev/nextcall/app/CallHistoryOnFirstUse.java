package dev.nextcall.app;

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
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.prompt.LineRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A call history that opens the real one on first use. Opening a database costs disk work and,
 * on a damaged file, a repair; doing it on first use keeps it off the start-up path and off the UI
 * thread (the first use is always a background task). It hands out every part of the history
 * (review, prompt memory, import) so they all share the one opening.
 */
public final class CallHistoryOnFirstUse implements HistoryStore {

    private final Supplier<? extends HistoryStore> opener;
    private HistoryStore opened;

    public CallHistoryOnFirstUse(Supplier<? extends HistoryStore> opener) {
        this.opener = opener;
    }

    private synchronized HistoryStore history() {
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

    @Override
    public int count(HistoryQuery query) {
        return history().count(query);
    }

    @Override
    public List<WeekNumbers> weekly(Interval window, ZoneId repZone) {
        return history().weekly(window, repZone);
    }

    @Override
    public Optional<CallDetail> detail(String callId) {
        return history().detail(callId);
    }

    @Override
    public Optional<Prospect> prospect(String email) {
        return history().prospect(email);
    }

    @Override
    public void saveNotes(String callId, String notes) {
        history().saveNotes(callId, notes);
    }

    @Override
    public void saveFollowUps(String callId, List<FollowUp> followUps) {
        history().saveFollowUps(callId, followUps);
    }

    @Override
    public void markNoNextStep(String callId, NoNextStepMark mark) {
        history().markNoNextStep(callId, mark);
    }

    @Override
    public void clearNoNextStep(String callId) {
        history().clearNoNextStep(callId);
    }

    @Override
    public void lineShown(String callId, String phraseId, Instant at) {
        history().lineShown(callId, phraseId, at);
    }

    @Override
    public List<LineRecord> lineRecords() {
        return history().lineRecords();
    }

    @Override
    public boolean isEmpty() {
        return history().isEmpty();
    }

    @Override
    public void importCalls(List<CallDetail> calls) {
        history().importCalls(calls);
    }
}
