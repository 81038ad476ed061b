package dev.nextcall.ui.history;

import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.slot.SpokenSlot;
import java.io.File;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The review window's content: filters and a count header on top, the calls in a virtualised table that
 * reads more as the rep scrolls, the selected call's actions and detail on the right, and the weekly
 * number with the best lines below.
 */
public final class HistoryView {

    /** Typing pauses this long before the search runs; Enter runs it at once. */
    private static final Duration SEARCH_PAUSE = Duration.millis(250);
    /** Rows from the end at which the next page is read, so scrolling rarely meets the end. */
    private static final int READ_AHEAD_ROWS = 20;
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("without-next-step");

    private final HistoryViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<HistoryRow> table = new TableView<>();

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("history");
        root.setTop(new VBox(6, filterBar(), outcomeBar(), headerBar()));
        SplitPane middle = new SplitPane(tableArea(), sidePane());
        middle.setDividerPositions(0.68);
        root.setCenter(middle);
        Node weekly = new WeeklyChartView(model.weekly()).root();
        BorderPane.setMargin(weekly, new javafx.geometry.Insets(8, 0, 0, 0));
        root.setBottom(weekly);
    }

    // ---- filters ----

    private Node filterBar() {
        ToggleGroup view = new ToggleGroup();
        ToggleButton without = new ToggleButton("Without next step");
        without.setId("withoutNextStep");
        ToggleButton all = new ToggleButton("All calls");
        all.setId("allCalls");
        without.setToggleGroup(view);
        all.setToggleGroup(view);
        view.selectToggle(model.withoutNextStepOnlyProperty().get() ? without : all);
        view.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                view.selectToggle(was); // one of the two is always on
            } else {
                model.withoutNextStepOnlyProperty().set(now == without);
            }
        });
        model.withoutNextStepOnlyProperty().addListener((obs, was, now) -> view.selectToggle(now ? without : all));

        ComboBox<ReviewPeriod> period = new ComboBox<>();
        period.setId("period");
        period.getItems().setAll(ReviewPeriod.values());
        period.setConverter(labels(ReviewPeriod::label));
        period.valueProperty().bindBidirectional(model.periodProperty());
        DatePicker from = new DatePicker();
        from.setId("fromDay");
        from.setPromptText("from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("toDay");
        to.setPromptText("to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        var custom = model.periodProperty().isEqualTo(ReviewPeriod.CUSTOM);
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.visibleProperty().bind(custom);
            day.managedProperty().bind(custom);
        }

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search prospect, e-mail or company");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.searchProperty());
        PauseTransition pause = new PauseTransition(SEARCH_PAUSE);
        pause.setOnFinished(e -> model.applySearch());
        search.textProperty().addListener((obs, was, now) -> pause.playFromStart());
        search.setOnAction(e -> {
            pause.stop();
            model.applySearch();
        });

        Button export = new Button("Export CSV…");
        export.setId("exportCsv");
        export.setOnAction(e -> chooseExportFile());
        HBox bar = new HBox(8, without, all, period, from, to, search, spacer(), export);
        bar.getStyleClass().add("toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node outcomeBar() {
        FlowPane bar = new FlowPane(10, 4);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().add(new Label("Outcome:"));
        for (Outcome outcome : Outcome.values()) {
            CheckBox box = new CheckBox(HistoryWords.outcome(outcome, false));
            box.setId("outcome-" + outcome.name());
            box.setSelected(model.outcomes().contains(outcome));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.outcomes().add(outcome);
                } else {
                    model.outcomes().remove(outcome);
                }
            });
            bar.getChildren().add(box);
        }
        CheckBox awaiting = new CheckBox("Awaiting reply");
        awaiting.setId("awaitingReply");
        awaiting.selectedProperty().bindBidirectional(model.awaitingReplyProperty());
        CheckBox attention = new CheckBox("Needs attention (declined, or no reply after a working day)");
        attention.setId("needsAttention");
        attention.selectedProperty().bindBidirectional(model.needsAttentionProperty());
        bar.getChildren().addAll(new Region(), awaiting, attention);
        return bar;
    }

    private Node headerBar() {
        Label header = new Label();
        header.setId("historyHeader");
        header.getStyleClass().add("headline");
        header.textProperty().bind(model.headerProperty());
        Label status = new Label();
        status.setId("historyStatus");
        status.getStyleClass().add("quiet-line");
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("historyError");
        error.getStyleClass().add("error-line");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Button retry = new Button("Retry");
        retry.setId("retry");
        retry.setOnAction(e -> model.retry());
        var failing = model.errorProperty().isNotEmpty();
        for (Node node : new Node[] {error, retry}) {
            node.visibleProperty().bind(failing);
            node.managedProperty().bind(failing);
        }
        HBox bar = new HBox(12, header, status, spacer(), error, retry);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    // ---- the table ----

    private Node tableArea() {
        table.setItems(model.rows());
        table.setId("historyTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.loadingProperty()).then("Loading…")
                .otherwise(Bindings.when(model.withoutNextStepOnlyProperty()
                        .and(model.needsAttentionProperty().not()))
                        .then("Every call here has a next step or a reason.").otherwise("No calls to show.")));
        table.setPlaceholder(empty);
        table.getColumns().add(column("When", HistoryRow::started, 180));
        table.getColumns().add(column("Prospect", HistoryRow::prospect, 130));
        table.getColumns().add(column("Company", HistoryRow::company, 100));
        table.getColumns().add(column("Outcome", HistoryRow::outcome, 115));
        table.getColumns().add(column("Next step / status", HistoryRow::nextStep, 230));
        table.getColumns().add(column("Reason", HistoryRow::reason, 90));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MISSING, !empty && row != null && row.withoutNextStep());
                // Only the rows on screen are updated (the table is virtualised), so a row near the end
                // being drawn means the rep has scrolled there: read the next page.
                if (!empty && getIndex() >= t.getItems().size() - READ_AHEAD_ROWS) {
                    model.loadMore();
                }
            }
        });
        table.setContextMenu(rowMenu());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    /** Right-click on a row: its actions without leaving the table. */
    private ContextMenu rowMenu() {
        MenuItem book = new MenuItem("Book now");
        book.setOnAction(e -> model.bookNow(model.selectedProperty().get()));
        MenuItem copy = new MenuItem("Copy summary");
        copy.setOnAction(e -> model.copySummary(HistoryView::toClipboard));
        ContextMenu menu = new ContextMenu(book, copy, new SeparatorMenuItem());
        // Flat, one click each; "Other" needs words, so it stays in the side pane with its field.
        for (NoNextStepReason reason : NoNextStepReason.values()) {
            if (reason != NoNextStepReason.OTHER) {
                MenuItem item = new MenuItem("No next step: " + reason.label());
                item.setOnAction(e -> model.markWhy(model.selectedProperty().get(), reason, ""));
                menu.getItems().add(item);
            }
        }
        menu.setOnShowing(e -> menu.getItems().forEach(item -> item.setDisable(model.selectedProperty().get() == null)));
        return menu;
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value,
                                                         double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false); // the order is the database's: newest first, across every page
        return column;
    }

    // ---- the selected call ----

    private Node sidePane() {
        Label pick = new Label("Select a call to book a next step, say why there is none, or read its notes.");
        pick.setWrapText(true);
        pick.getStyleClass().add("quiet-line");
        var none = model.selectedProperty().isNull();
        pick.visibleProperty().bind(none);
        pick.managedProperty().bind(none);

        Button bookNow = new Button();
        bookNow.setId("bookNow");
        bookNow.textProperty().bind(Bindings.when(model.needsAttentionProperty()).then("Book again")
                .otherwise("Book now"));
        bookNow.setOnAction(e -> model.bookNow(model.selectedProperty().get()));
        HBox slots = new HBox(6);
        slots.setId("bookingSlots");
        model.bookingSlots().addListener((ListChangeListener<SpokenSlot>) c -> fillSlots(slots));

        ChoiceBox<NoNextStepReason> reason = new ChoiceBox<>();
        reason.setId("reasonChoice");
        reason.getItems().setAll(NoNextStepReason.values());
        reason.setConverter(labels(NoNextStepReason::label));
        reason.setValue(NoNextStepReason.NOT_A_FIT);
        TextField words = new TextField();
        words.setId("reasonText");
        words.setPromptText("more words (optional)");
        Button mark = new Button("Mark why");
        mark.setId("markWhy");
        mark.setOnAction(e -> {
            model.markWhy(model.selectedProperty().get(), reason.getValue(), words.getText());
            words.clear();
        });
        Button takeBack = new Button("Take back");
        takeBack.setId("takeBack");
        takeBack.disableProperty().bind(model.canTakeBackProperty().not());
        Button copy = new Button("Copy summary");
        copy.setId("copySummary");
        copy.setOnAction(e -> model.copySummary(HistoryView::toClipboard));
        takeBack.setOnAction(e -> model.takeBack());
        bookNow.disableProperty().bind(none.or(model.bookingProperty()));
        mark.disableProperty().bind(none);
        copy.disableProperty().bind(none);

        HBox markRow = new HBox(6, reason, words);
        markRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        VBox actions = new VBox(6, pick, new HBox(6, bookNow, copy), slots, markRow, new HBox(6, mark, takeBack));
        VBox side = new VBox(10, actions, detail());
        side.setPadding(new javafx.geometry.Insets(0, 0, 0, 8));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        return scroll;
    }

    private void fillSlots(HBox slots) {
        slots.getChildren().clear();
        for (int i = 0; i < model.bookingSlots().size(); i++) {
            SpokenSlot slot = model.bookingSlots().get(i);
            Button button = new Button(slot.label() + (slot.otherZoneLabel().isEmpty() ? ""
                    : "\n" + slot.otherZoneLabel()));
            button.setId("rebook" + (i + 1));
            int index = i;
            button.setOnAction(e -> model.bookSlot(index));
            button.disableProperty().bind(model.bookingProperty());
            slots.getChildren().add(button);
        }
    }

    private Node detail() {
        CallDetailViewModel detail = model.detail();
        Label title = new Label();
        title.setId("detailTitle");
        title.setWrapText(true);
        title.getStyleClass().add("section-title");
        title.textProperty().bind(detail.titleProperty());
        TextArea notes = new TextArea();
        notes.setId("detailNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(detail.notesProperty());
        TextArea followUps = new TextArea();
        followUps.setId("detailFollowUps");
        followUps.setPrefRowCount(3);
        followUps.setPromptText("One action a line; start a line with [x] when it is done");
        followUps.textProperty().bindBidirectional(detail.followUpsProperty());
        Button save = new Button("Save notes");
        save.setId("saveDetail");
        save.setOnAction(e -> detail.save());
        Label saved = new Label();
        saved.setId("detailStatus");
        saved.getStyleClass().add("quiet-line");
        saved.textProperty().bind(detail.statusProperty());
        ListView<String> steps = new ListView<>(detail.steps());
        steps.setId("detailSteps");
        steps.setPrefHeight(80);
        steps.setPlaceholder(new Label("No next step was booked."));
        ListView<String> lines = new ListView<>(detail.lines());
        lines.setId("detailLines");
        lines.setPrefHeight(80);
        lines.setPlaceholder(new Label("No suggested lines were shown."));
        Label reason = new Label();
        reason.setId("detailReason");
        reason.setWrapText(true);
        reason.textProperty().bind(detail.reasonProperty());
        VBox box = new VBox(4, title, reason, new Label("Notes"), notes, new Label("Follow-up actions"), followUps,
                new HBox(8, save, saved), new Label("Next steps"), steps, new Label("Lines shown"), lines);
        box.visibleProperty().bind(detail.shownProperty().and(model.selectedProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the calls shown as CSV");
        chooser.setInitialFileName("nextcall-history.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** For the window's tests and benchmark: the table, to scroll and read. */
    public TableView<HistoryRow> table() {
        return table;
    }
}
