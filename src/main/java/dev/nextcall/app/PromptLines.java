package dev.nextcall.app;

import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.app.port.RepPhrases;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.prompt.LineStats;
import dev.nextcall.domain.prompt.ParsedPhrases;
import dev.nextcall.domain.prompt.PhraseLibrary;
import dev.nextcall.domain.prompt.PhraseProblem;
import dev.nextcall.domain.prompt.PromptContext;
import dev.nextcall.domain.prompt.PromptEngine;
import dev.nextcall.domain.prompt.ProspectHistory;
import dev.nextcall.domain.prompt.Suggestion;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The suggested lines during a call: the built-ins plus the rep's own, chosen for the moment by the
 * {@link PromptEngine}, with every line shown remembered so the engine learns what works for this rep.
 * Methods marked blocking touch disk and belong in background tasks; {@link #suggest} does not.
 */
public final class PromptLines {

    /** How many earlier calls are looked through to tell a first call from a follow-up. */
    private static final int HISTORY_LOOK_BACK = 5_000;

    private final PhraseLibrary builtIns;
    private final RepPhrases repPhrases;
    private final PromptMemory memory;
    private final CallHistory history;
    private final PromptEngine engine;
    private final Clock clock;
    private volatile PhraseLibrary library;

    public PromptLines(PhraseLibrary builtIns, RepPhrases repPhrases, PromptMemory memory, CallHistory history,
                       PromptEngine engine, Clock clock) {
        this.builtIns = builtIns;
        this.repPhrases = repPhrases;
        this.memory = memory;
        this.history = history;
        this.engine = engine;
        this.clock = clock;
        this.library = builtIns;
    }

    /** What a reload found. */
    public sealed interface Reload {
        /** The rep's lines are as before. */
        record Unchanged() implements Reload { }

        /** The rep's lines were read again; {@code problems} names the lines that were skipped. */
        record Reloaded(int repLines, List<PhraseProblem> problems) implements Reload {
            public Reloaded {
                problems = List.copyOf(problems);
            }

            /** One message for the panel, naming the file and the first bad lines; empty when all is well. */
            public String message(String fileName) {
                if (problems.isEmpty()) {
                    return "";
                }
                String shown = problems.stream().limit(3).map(p -> p.describe(fileName))
                        .collect(Collectors.joining("; "));
                String more = problems.size() > 3 ? " (and " + (problems.size() - 3) + " more)" : "";
                return shown + more + ". Those lines are skipped; the others and the built-in lines are used.";
            }
        }
    }

    /** Blocking: reads the rep's file again if it changed. */
    public Reload reload() {
        Optional<ParsedPhrases> changed = repPhrases.readIfChanged();
        if (changed.isEmpty()) {
            return new Reload.Unchanged();
        }
        library = builtIns.withRepLines(changed.get());
        return new Reload.Reloaded(changed.get().phrases().size(), changed.get().problems());
    }

    /** The lines in use now: the rep's first, then the built-ins. */
    public PhraseLibrary library() {
        return library;
    }

    /** Blocking: what every line has achieved, for the learning. */
    public LineStats stats() {
        return LineStats.of(memory.lineRecords());
    }

    /**
     * Blocking: whether the rep has spoken with this call's prospect before (an earlier call with their
     * e-mail); unknown for a call without an e-mail address.
     */
    public ProspectHistory historyOf(Call call) {
        String email = call.prospect().email();
        if (email == null || email.isBlank()) {
            return ProspectHistory.UNKNOWN;
        }
        boolean metBefore = history.list(new HistoryQuery(false, false, Optional.empty(), HISTORY_LOOK_BACK)).stream()
                .map(CallRecord::call)
                .filter(c -> !c.id().equals(call.id()))
                .filter(c -> c.timing().start().isBefore(call.timing().start()))
                .anyMatch(c -> email.equalsIgnoreCase(c.prospect().email()));
        return metBefore ? ProspectHistory.FOLLOW_UP : ProspectHistory.FIRST_CALL;
    }

    /** Blocking: remembers that the line was shown in the call. */
    public void shown(String callId, String phraseId) {
        memory.lineShown(callId, phraseId, clock.instant());
    }

    /** The line for the moment, if one fits and has not been shown in this call yet. Does no I/O. */
    public Optional<Suggestion> suggest(PromptContext context, LineStats stats) {
        return engine.suggest(library, context, stats);
    }
}
