package dev.nextcall.ui.history;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.function.Function;

/** The history window's content: a filter and a table of calls, newest first. */
public final class HistoryView {

    private final HistoryViewModel model;
    private final BorderPane root = new BorderPane();

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("history");
        CheckBox filter = new CheckBox("Only calls without a next step");
        filter.setId("withoutNextStepFilter");
        filter.selectedProperty().bindBidirectional(model.withoutNextStepOnlyProperty());
        Label status = new Label();
        status.setId("historyStatus");
        status.getStyleClass().add("quiet-line");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(filter, spacer, status);
        top.getStyleClass().add("toolbar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);

        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("historyTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No calls to show"));
        table.getColumns().add(column("Started", HistoryRow::started, 170));
        table.getColumns().add(column("Prospect", HistoryRow::prospect, 180));
        table.getColumns().add(column("Outcome", HistoryRow::outcome, 150));
        table.getColumns().add(column("Next step", HistoryRow::nextStep, 260));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MISSING, !empty && row != null && row.withoutNextStep());
            }
        });
        root.setCenter(table);
    }

    private static final javafx.css.PseudoClass MISSING = javafx.css.PseudoClass.getPseudoClass("without-next-step");

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value,
                                                         double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
