package dev.nextcall.testing;

import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.domain.prompt.LineRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A PromptMemory for pure unit tests: the test says how each call ended. */
public final class InMemoryPromptMemory implements PromptMemory {

    private final Map<String, Set<String>> shown = new LinkedHashMap<>();
    private final Map<String, boolean[]> ended = new LinkedHashMap<>();

    @Override
    public synchronized void lineShown(String callId, String phraseId, Instant at) {
        shown.computeIfAbsent(callId, id -> new LinkedHashSet<>()).add(phraseId);
    }

    /** The call ended; {@code accepted} implies booked. */
    public synchronized void ended(String callId, boolean booked, boolean accepted) {
        ended.put(callId, new boolean[] {booked, booked && accepted});
    }

    @Override
    public synchronized List<LineRecord> lineRecords() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        shown.forEach((call, lines) -> {
            boolean[] outcome = ended.get(call);
            if (outcome != null) {
                for (String line : lines) {
                    int[] c = counts.computeIfAbsent(line, id -> new int[3]);
                    c[0]++;
                    c[1] += outcome[0] ? 1 : 0;
                    c[2] += outcome[1] ? 1 : 0;
                }
            }
        });
        List<LineRecord> records = new ArrayList<>();
        counts.forEach((id, c) -> records.add(new LineRecord(id, c[0], c[1], c[2])));
        return records;
    }
}
