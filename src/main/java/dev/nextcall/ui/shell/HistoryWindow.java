package dev.nextcall.ui.shell;

import dev.nextcall.ui.history.HistoryView;
import dev.nextcall.ui.history.HistoryViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The review window: calls without a next step, their actions, and the weekly number. Created on first use. */
public final class HistoryWindow {

    private final HistoryViewModel model;
    private Stage stage;
    private HistoryView view;

    public HistoryWindow(HistoryViewModel model) {
        this.model = model;
    }

    /** Opens (or re-shows) the window and reloads it; called by the rep's click, so it may take focus. */
    public void open() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("NextCall · Review your calls");
            stage.getIcons().setAll(AppIcons.load());
            view = new HistoryView(model);
            Scene scene = new Scene(view.root(), 1240, 790);
            scene.getStylesheets().setAll(Stylesheets.forArea("history"));
            stage.setScene(scene);
        }
        model.open();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The window's content once opened, for tests and the benchmark; null before. */
    public HistoryView view() {
        return view;
    }

    public HistoryViewModel model() {
        return model;
    }
}
