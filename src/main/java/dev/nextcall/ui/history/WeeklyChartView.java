package dev.nextcall.ui.history;

import dev.nextcall.app.BestLines;
import dev.nextcall.domain.history.WeekNumbers;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The weekly number as a line chart (booked and booked-and-accepted, in %) and the rep's best lines. */
public final class WeeklyChartView {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final WeeklyViewModel model;
    private final HBox root = new HBox(16);
    private final XYChart.Series<String, Number> booked = new XYChart.Series<>();
    private final XYChart.Series<String, Number> accepted = new XYChart.Series<>();

    public WeeklyChartView(WeeklyViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    /** Every week of the range stays on the axis, with or without calls. */
    private final CategoryAxis weeks = new CategoryAxis();

    private void createView() {
        root.getStyleClass().add("weekly");
        weeks.setLabel("Week starting (hover a point for the counts)");
        NumberAxis share = new NumberAxis(0, 100, 25);
        share.setLabel("%");
        LineChart<String, Number> chart = new LineChart<>(weeks, share);
        chart.setId("weeklyChart");
        chart.setAnimated(false);
        chart.setPrefHeight(200);
        chart.setMinWidth(380);
        booked.setName("Next step booked");
        accepted.setName("Booked and accepted");
        chart.getData().setAll(java.util.List.of(booked, accepted));
        model.weeks().addListener((ListChangeListener<WeekNumbers>) change -> fill());
        fill();

        Label headline = new Label();
        headline.setId("weeklyHeadline");
        headline.setWrapText(true);
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(model.headlineProperty());
        VBox left = new VBox(4, headline, chart);
        HBox.setHgrow(left, Priority.ALWAYS);

        Label title = new Label("Your best lines");
        title.getStyleClass().add("section-title");
        ListView<BestLines.BestLine> lines = new ListView<>(model.bestLines());
        lines.setId("bestLines");
        lines.setPrefWidth(340);
        lines.setPrefHeight(200);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(model.bestLinesNoteProperty());
        lines.setPlaceholder(empty);
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BestLines.BestLine line, boolean isEmpty) {
                super.updateItem(line, isEmpty);
                setText(isEmpty || line == null ? null : "“" + line.text() + "”\n" + WeeklyViewModel.percent(
                        line.bookedRate()) + " booked (" + line.booked() + " of " + line.calls() + " calls), "
                        + line.accepted() + " accepted");
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        root.getChildren().setAll(left, new VBox(4, title, lines));
    }

    private void fill() {
        booked.getData().clear();
        accepted.getData().clear();
        weeks.setAutoRanging(false);
        weeks.getCategories().setAll(model.weeks().stream().map(week -> WEEK.format(week.monday())).toList());
        for (WeekNumbers week : model.weeks()) {
            if (week.calls() == 0) {
                // No calls is no share at all, not 0 %: the line skips the week rather than dive to zero.
                continue;
            }
            String label = WEEK.format(week.monday());
            booked.getData().add(point(label, week.bookedShare(), week, week.booked() + " of " + week.calls()
                    + " calls booked"));
            accepted.getData().add(point(label, week.acceptedShare(), week, week.accepted() + " of " + week.calls()
                    + " calls booked and accepted"));
        }
    }

    private static XYChart.Data<String, Number> point(String week, double share, WeekNumbers numbers, String words) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(week, share * 100);
        data.nodeProperty().addListener((obs, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip("Week of " + numbers.monday() + ": " + words + " ("
                        + WeeklyViewModel.percent(share) + ")"));
            }
        });
        return data;
    }
}
