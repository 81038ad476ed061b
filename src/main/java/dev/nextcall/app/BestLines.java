package dev.nextcall.app;

import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.domain.prompt.LineRecord;
import dev.nextcall.domain.prompt.PhraseLibrary;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The lines that work best for this rep, for the history window: which suggested lines led to booked
 * (and accepted) next meetings. Blocking: call it from a background task.
 */
public final class BestLines {

    private final PromptMemory memory;
    private final Supplier<PhraseLibrary> library;

    /** @param library the lines in use now, to give each record its words */
    public BestLines(PromptMemory memory, Supplier<PhraseLibrary> library) {
        this.memory = memory;
        this.library = library;
    }

    /**
     * One line's results.
     *
     * @param text the line's words as written (placeholders unfilled); "(no longer in your lines)" for a removed line
     */
    public record BestLine(String phraseId, String category, String text, int calls, int booked, int accepted) {
        public BestLine {
            Objects.requireNonNull(phraseId, "phraseId");
        }

        /** Share of the calls with this line that ended with a next step booked, 0 to 1. */
        public double bookedRate() {
            return calls == 0 ? 0 : (double) booked / calls;
        }

        public double acceptedRate() {
            return calls == 0 ? 0 : (double) accepted / calls;
        }
    }

    /**
     * The best {@code limit} lines shown in at least {@code minCalls} ended calls, by booked rate
     * (then accepted rate, then calls); lines with fewer calls are left out because a rate over one or
     * two calls says little.
     */
    public List<BestLine> top(int limit, int minCalls) {
        PhraseLibrary lines = library.get();
        return memory.lineRecords().stream()
                .filter(r -> r.calls() >= minCalls)
                .map(r -> line(r, lines))
                .sorted(Comparator.comparingDouble(BestLine::bookedRate)
                        .thenComparingDouble(BestLine::acceptedRate)
                        .thenComparingInt(BestLine::calls).reversed()
                        .thenComparing(BestLine::phraseId))
                .limit(limit)
                .toList();
    }

    private static BestLine line(LineRecord r, PhraseLibrary lines) {
        return lines.find(r.phraseId())
                .map(p -> new BestLine(r.phraseId(), p.category().key(), p.template(), r.calls(), r.booked(),
                        r.accepted()))
                .orElseGet(() -> new BestLine(r.phraseId(), categoryOf(r.phraseId()), "(no longer in your lines)",
                        r.calls(), r.booked(), r.accepted()));
    }

    private static String categoryOf(String phraseId) {
        int dash = phraseId.indexOf('-');
        return dash > 0 ? phraseId.substring(0, dash) : "";
    }
}
