package dev.nextcall.ui.history;

import dev.nextcall.app.BestLines;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
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

    private record Loaded(List<WeekNumbers> weeks, List<BestLines.BestLine> lines) {
    }

    public void load() {
        int mine = ++generation;
        tasks.run(() -> new Loaded(services.review().lastWeeks(WEEKS), services.bestLines().top(BEST_LINES, MIN_CALLS)),
                loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    weeks.setAll(loaded.weeks());
                    headline.set(headline(loaded.weeks().get(loaded.weeks().size() - 1)));
                    bestLines.setAll(loaded.lines());
                    bestLinesNote.set(loaded.lines().isEmpty() ? "Your best lines show here once a line has been "
                            + "shown in " + MIN_CALLS + " calls: learning what works needs a few calls first." : "");
                }, failure -> {
                    if (mine == generation) {
                        headline.set(Messages.plain(failure));
                    }
                });
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
