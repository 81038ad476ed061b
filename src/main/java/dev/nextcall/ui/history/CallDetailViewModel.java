package dev.nextcall.ui.history;

import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.domain.history.TrackedStep;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane of the selected call: its notes and follow-up actions (editable, saved on request),
 * its next steps with their status trails, the suggested lines shown, and the reason for no next step.
 *
 * <p>Follow-up actions are edited as text, one a line; a line starting with "[x]" is done.
 */
public final class CallDetailViewModel {

    private static final String DONE = "[x] ";

    private final HistoryServices services;
    private final BackgroundTasks tasks;
    private final Supplier<ZoneId> zone;

    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty followUps = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private String callId;
    private int generation;

    CallDetailViewModel(HistoryServices services, BackgroundTasks tasks, Supplier<ZoneId> zone) {
        this.services = services;
        this.tasks = tasks;
        this.zone = zone;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** One follow-up action a line; "[x] " in front marks it done. */
    public StringProperty followUpsProperty() {
        return followUps;
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Each next step, oldest first, with its status trail. */
    public ObservableList<String> steps() {
        return steps;
    }

    /** The suggested lines shown during the call, in order. */
    public ObservableList<String> lines() {
        return lines;
    }

    /** Shows the call, or nothing for null; a later call to this wins over one still loading. */
    void show(String id) {
        int mine = ++generation;
        callId = id;
        status.set("");
        if (id == null) {
            shown.set(false);
            return;
        }
        ZoneId shownIn = zone.get();
        tasks.run(() -> services.review().detail(id), found -> {
            if (mine != generation) {
                return;
            }
            found.ifPresentOrElse(d -> fill(d, shownIn), () -> {
                shown.set(false);
                status.set("This call is no longer in the history.");
            });
        }, failure -> {
            if (mine == generation) {
                status.set(Messages.plain(failure));
            }
        });
    }

    /** Saves the notes and the follow-up actions as edited. */
    public void save() {
        String id = callId;
        if (id == null) {
            return;
        }
        String text = notes.get();
        List<FollowUp> actions = parse(followUps.get());
        tasks.run(() -> {
            services.notes().saveNotes(id, text);
            services.notes().saveFollowUps(id, actions);
            return id;
        }, saved -> status.set("Saved."), failure -> status.set(Messages.plain(failure) + " Nothing was lost: "
                + "your text is still here; try Save again."));
    }

    private void fill(CallDetail d, ZoneId shownIn) {
        var call = d.call();
        String who = call.prospect().isKnown() ? call.prospect().displayName() : "(no prospect named)";
        title.set(who + (call.prospect().company().isEmpty() ? "" : " · " + call.prospect().company()) + " — "
                + HistoryWords.WHEN.format(call.timing().start().atZone(shownIn)) + " — "
                + HistoryWords.outcome(d.record()));
        notes.set(call.notes());
        followUps.set(d.followUps().stream().map(f -> (f.done() ? DONE : "") + f.text())
                .collect(Collectors.joining("\n")));
        reason.set(d.noNextStepMark().map(m -> "Why no next step: " + m.describe()).orElse(""));
        steps.setAll(d.nextSteps().stream().map(t -> step(t, shownIn)).toList());
        lines.setAll(d.shownLines().stream().map(l -> services.lineText().apply(l.phraseId())).toList());
        shown.set(true);
    }

    private static String step(TrackedStep tracked, ZoneId zone) {
        String trail = tracked.trail().stream().map(CallDetailViewModel::change).collect(Collectors.joining(" → "));
        return HistoryWords.nextStep(tracked.step(), zone) + (trail.isEmpty() ? "" : "\n    " + trail);
    }

    private static String change(StatusChange change) {
        return HistoryWords.status(change.status()) + (change.reason().isEmpty() ? "" : " (" + change.reason() + ")");
    }

    static List<FollowUp> parse(String text) {
        List<FollowUp> actions = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.toLowerCase(java.util.Locale.ROOT).startsWith("[x]")) {
                actions.add(new FollowUp(stripped.substring(3).strip(), true));
            } else if (!stripped.isEmpty()) {
                actions.add(new FollowUp(stripped.startsWith("[ ]") ? stripped.substring(3).strip() : stripped, false));
            }
        }
        actions.removeIf(a -> a.text().isEmpty());
        return actions;
    }
}
