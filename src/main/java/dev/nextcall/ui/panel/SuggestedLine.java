package dev.nextcall.ui.panel;

import dev.nextcall.app.PromptLines;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallPhase;
import dev.nextcall.domain.prompt.LineStats;
import dev.nextcall.domain.prompt.PromptContext;
import dev.nextcall.domain.prompt.ProspectHistory;
import dev.nextcall.ui.common.BackgroundTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The one line the panel suggests, as a part of the panel's view model: a new line at each moment of
 * the call (wrap-up, last minutes, overtime, booked, deferring), never one already shown in the call,
 * the one on show re-filled when fresh times arrive; every line shown is recorded for the learning.
 * It also keeps the rep's phrases.txt current, looking for changes in the background.
 */
public final class SuggestedLine {

    /** How often the rep's phrases.txt is looked at for changes (in the background). */
    static final Duration PHRASES_POLL = Duration.ofSeconds(5);

    /** The rep's own lines, in the data folder. */
    static final String PHRASES_FILE = "phrases.txt";

    private static final Logger LOG = Logger.getLogger(SuggestedLine.class.getName());

    private final PromptLines prompts;
    private final BackgroundTasks tasks;
    private final StringProperty text = new SimpleStringProperty("");
    private final Set<String> shown = new HashSet<>();
    /** What the learning knows of the lines, loaded when the call starts. */
    private LineStats stats = LineStats.NONE;
    private ProspectHistory history = ProspectHistory.UNKNOWN;
    private String callId;
    /** The line on show, so fresh times re-fill it instead of spending a new line. */
    private String currentPhraseId;
    private boolean due;
    private Instant lastFileCheck;
    private boolean checkingFile;
    private boolean fileHadProblem;

    /**
     * Where the call stands, as the line needs it.
     *
     * @param prospectZone the prospect's zone as a place ("New York") when it differs from the rep's; else empty
     * @param notes        the rep's notes; their first line is the follow-up action a line can name
     */
    record Situation(CallPhase phase, boolean escalated, List<String> slots, String prospectZone, String notes,
                     boolean booked, boolean deferring) {
    }

    SuggestedLine(PromptLines prompts, BackgroundTasks tasks) {
        this.prompts = prompts;
        this.tasks = tasks;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** A new call: nothing shown yet; what the learning knows and who the prospect is load in the background. */
    void start(Call call) {
        clear();
        callId = call.id();
        tasks.run(() -> new Knowledge(prompts.stats(), prompts.historyOf(call)), known -> {
            if (call.id().equals(callId)) {
                stats = known.stats();
                history = known.history();
            }
        }, failure -> LOG.log(Level.FINE, "line records not loaded; lines take turns this call", failure));
    }

    void clear() {
        callId = null;
        shown.clear();
        stats = LineStats.NONE;
        history = ProspectHistory.UNKNOWN;
        currentPhraseId = null;
        due = false;
        text.set("");
    }

    /** A moment has come that deserves a new line. */
    void moment() {
        due = true;
    }

    boolean isDue() {
        return due;
    }

    /**
     * Shows a new line when a moment is due; otherwise re-fills the line on show with the times now on
     * offer. A line that no longer fits is replaced. When every fitting line has been shown, the one on
     * show stays rather than repeating an older one.
     */
    void refresh(Call call, Situation now) {
        if (callId == null || !callId.equals(call.id())) {
            return;
        }
        PromptContext context = new PromptContext(now.phase(), now.escalated() || now.phase() == CallPhase.OVERTIME,
                now.slots(), call.prospect().name(), now.prospectZone(), history, firstAction(now.notes()),
                now.booked(), now.deferring(), shown);
        if (!due && currentPhraseId != null) {
            Optional<String> refilled = prompts.library().find(currentPhraseId)
                    .filter(p -> p.fits(context)).map(p -> p.fill(context));
            if (refilled.isPresent()) {
                text.set(refilled.get());
                return;
            }
        }
        due = false;
        prompts.suggest(context, stats).ifPresent(line -> {
            shown.add(line.phraseId());
            currentPhraseId = line.phraseId();
            text.set(line.text());
            String id = callId;
            tasks.run(() -> {
                prompts.shown(id, line.phraseId());
                return line;
            }, done -> { }, failure -> LOG.log(Level.FINE, "could not record the line shown", failure));
        });
    }

    /**
     * Every few seconds: reads the rep's phrases.txt again in the background if it changed.
     *
     * @param problem receives what is wrong with the file, naming the lines
     * @param fixed   receives a note when a file that had a problem is fine again
     * @param changed runs after the lines changed (the line on show may be re-filled)
     */
    void checkFileIfDue(Instant now, Consumer<String> problem, Consumer<String> fixed, Runnable changed) {
        if (checkingFile || lastFileCheck != null && now.isBefore(lastFileCheck.plus(PHRASES_POLL))) {
            return;
        }
        checkingFile = true;
        lastFileCheck = now;
        tasks.run(prompts::reload, reload -> {
            checkingFile = false;
            if (reload instanceof PromptLines.Reload.Reloaded reloaded) {
                String message = reloaded.message(PHRASES_FILE);
                if (!message.isEmpty()) {
                    problem.accept(message);
                } else if (fileHadProblem) {
                    fixed.accept(PHRASES_FILE + " is fine again: your lines are in use.");
                }
                fileHadProblem = !message.isEmpty();
                changed.run();
            }
        }, failure -> {
            checkingFile = false;
            LOG.log(Level.WARNING, "could not read " + PHRASES_FILE, failure);
        });
    }

    /** The first line of the notes, as the follow-up action a line can name. */
    static String firstAction(String notes) {
        if (notes == null) {
            return "";
        }
        return notes.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.replaceAll("^[-*•]\\s*", "").replaceAll("[.;:!]+$", "")).orElse("");
    }

    private record Knowledge(LineStats stats, ProspectHistory history) {
    }
}
