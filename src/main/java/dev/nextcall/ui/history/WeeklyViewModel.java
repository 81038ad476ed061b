package dev.nextcall.ui.history;

import dev.nextcall.app.BestLines;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The weekly number (the last {@value #WEEKS} weeks, oldest first), its headline, and the rep's best lines. */
public final class WeeklyViewModel {

    public static final int WEEKS = 12;
    /** A rate over fewer calls says little, so lines need this many calls to be ranked. */
    static final int MIN_CALLS = 5;
    static final int BEST_LINES = 5;

    private final HistoryServices services;
    private final BackgroundTasks tasks;
    private final ObservableList<WeekNumbers> weeks = FXCollections.observableArrayList();
    private final ObservableList<BestLines.BestLine> bestLines = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty bestLinesNote = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private int generation;

    WeeklyViewModel(HistoryServices services, BackgroundTasks tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    public ObservableList<WeekNumbers> weeks() {
        return weeks;
    }

    public ObservableList<BestLines.BestLine> bestLines() {
        return bestLines;
    }

    /** "This week: 6 of 10 calls ended with a next step booked, 4 accepted". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    /** The empty state of the best lines, or empty when there are some. */
    public ReadOnlyStringProperty bestLinesNoteProperty() {
        return bestLinesNote;
    }

    /** True from {@link #load()} until the weeks and the best lines are both in (or failed). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /**
     * Reads the weeks, then the best lines: two reads, so the chart does not wait for the lines, which
     * count every shown line of every call (hundreds of ms on years of calls).
     */
    public void load() {
        int mine = ++generation;
        loading.set(true);
        tasks.run(() -> services.review().lastWeeks(WEEKS), loaded -> {
            if (mine != generation) {
                return;
            }
            weeks.setAll(loaded);
            headline.set(headline(loaded.get(loaded.size() - 1)));
            loadBestLines(mine);
        }, failure -> failed(mine, failure));
    }

    private void loadBestLines(int mine) {
        tasks.run(() -> services.bestLines().top(BEST_LINES, MIN_CALLS), lines -> {
            if (mine != generation) {
                return;
            }
            bestLines.setAll(lines);
            bestLinesNote.set(lines.isEmpty() ? "Your best lines show here once a line has been shown in "
                    + MIN_CALLS + " calls: learning what works needs a few calls first." : "");
            loading.set(false);
        }, failure -> failed(mine, failure));
    }

    private void failed(int mine, Throwable failure) {
        if (mine == generation) {
            headline.set(Messages.plain(failure));
            loading.set(false);
        }
    }

    static String headline(WeekNumbers week) {
        if (week.calls() == 0) {
            return "This week: no calls yet.";
        }
        return "This week: " + week.booked() + " of " + HistoryWords.calls(week.calls())
                + " ended with a next step booked, " + week.accepted() + " accepted.";
    }

    /** The percentage label of a share, for the chart's tooltips: "60 %". */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
