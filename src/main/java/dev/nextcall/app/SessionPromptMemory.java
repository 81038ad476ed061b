package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.prompt.LineRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lines shown, kept in memory for the running session only, until the SQLite store lands (the
 * lead swaps it in when merging). The calls' outcomes come from the real history, so the records are
 * the same as the stored version's for the calls of this session.
 */
public final class SessionPromptMemory implements PromptMemory {

    private final CallHistory history;
    private final Map<String, Set<String>> linesByCall = new LinkedHashMap<>();

    public SessionPromptMemory(CallHistory history) {
        this.history = history;
    }

    @Override
    public synchronized void lineShown(String callId, String phraseId, Instant at) {
        linesByCall.computeIfAbsent(callId, id -> new LinkedHashSet<>()).add(phraseId);
    }

    @Override
    public List<LineRecord> lineRecords() {
        Map<String, Set<String>> snapshot;
        synchronized (this) {
            snapshot = new LinkedHashMap<>();
            linesByCall.forEach((call, lines) -> snapshot.put(call, Set.copyOf(lines)));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        snapshot.forEach((callId, lines) -> {
            Optional<Call> call = history.findCall(callId).filter(c -> !c.isRunning());
            if (call.isEmpty()) {
                return;
            }
            List<NextStep> steps = history.nextStepsOf(callId);
            boolean booked = call.get().outcome() == Outcome.NEXT_STEP_BOOKED
                    || steps.stream().anyMatch(s -> s.status().isInCalendar());
            boolean accepted = booked && steps.stream().anyMatch(s -> s.status() == NextStepStatus.ACCEPTED);
            for (String line : lines) {
                int[] c = counts.computeIfAbsent(line, id -> new int[3]);
                c[0]++;
                c[1] += booked ? 1 : 0;
                c[2] += accepted ? 1 : 0;
            }
        });
        List<LineRecord> records = new ArrayList<>();
        counts.forEach((id, c) -> records.add(new LineRecord(id, c[0], c[1], c[2])));
        return records;
    }
}
