package dev.nextcall.ui.history;

import dev.nextcall.app.ReviewHistory;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call history for review. The filter "only calls without a next step" is the question the
 * window exists to answer, so it reloads as soon as it changes.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private final ReviewHistory history;
    private final BackgroundTasks tasks;
    private final Supplier<ZoneId> zone;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty withoutNextStepOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private int generation;

    public HistoryViewModel(ReviewHistory history, BackgroundTasks tasks, Supplier<ZoneId> zone) {
        this.history = history;
        this.tasks = tasks;
        this.zone = zone;
        withoutNextStepOnly.addListener((obs, was, now) -> refresh());
    }

    public ObservableList<HistoryRow> rows() {
        return readOnlyRows;
    }

    public BooleanProperty withoutNextStepOnlyProperty() {
        return withoutNextStepOnly;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Reloads the list; a reload started later wins over one still running. */
    public void refresh() {
        int mine = ++generation;
        HistoryQuery query = new HistoryQuery(withoutNextStepOnly.get(), false, Optional.empty(),
                HistoryQuery.DEFAULT_LIMIT);
        ZoneId shownIn = zone.get();
        loading.set(true);
        tasks.run(() -> history.list(query).stream().map(r -> toRow(r, shownIn)).toList(), loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            rows.setAll(loaded);
            status.set(describe(loaded));
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                status.set(Messages.plain(failure));
            }
        });
    }

    private String describe(List<HistoryRow> loaded) {
        if (loaded.isEmpty()) {
            return withoutNextStepOnly.get() ? "Every call has a next step." : "No calls yet.";
        }
        long missing = loaded.stream().filter(HistoryRow::withoutNextStep).count();
        return loaded.size() + (loaded.size() == 1 ? " call" : " calls") + " shown, " + missing
                + " without a next step";
    }

    static HistoryRow toRow(CallRecord record, ZoneId zone) {
        var call = record.call();
        String prospect = call.prospect().isKnown() ? call.prospect().displayName() : "(no prospect named)";
        return new HistoryRow(call.id(), WHEN.format(call.timing().start().atZone(zone)), prospect,
                outcomeText(call.outcome(), call.isRunning()), nextStepText(record.nextStep(), zone),
                record.withoutNextStep());
    }

    private static String outcomeText(Outcome outcome, boolean running) {
        if (running && outcome == Outcome.UNRESOLVED) {
            return "In progress";
        }
        return switch (outcome) {
            case NEXT_STEP_BOOKED -> "Next step booked";
            case FOLLOW_UP_PROMISED -> "They'll get back";
            case NO_NEXT_STEP_NEEDED -> "No next step needed";
            case UNRESOLVED -> "Unresolved";
        };
    }

    private static String nextStepText(NextStep step, ZoneId zone) {
        if (step == null) {
            return "—";
        }
        String when = WHEN.format(step.time().start().atZone(zone));
        String status = step.status().name().toLowerCase().replace('_', ' ');
        return step.reason().isEmpty() ? when + " (" + status + ")" : when + " (" + status + ": " + step.reason() + ")";
    }
}
