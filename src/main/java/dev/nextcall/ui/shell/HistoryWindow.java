package dev.nextcall.ui.shell;

import dev.nextcall.ui.history.HistoryView;
import dev.nextcall.ui.history.HistoryViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The history in a window of its own, created on first use and reused after. */
public final class HistoryWindow {

    private final HistoryViewModel model;
    private Stage stage;

    public HistoryWindow(HistoryViewModel model) {
        this.model = model;
    }

    /** Opens (or re-shows) the window and reloads the list; called by the rep's click, so it may take focus. */
    public void open() {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("NextCall · History");
            stage.getIcons().setAll(AppIcons.load());
            Scene scene = new Scene(new HistoryView(model).root(), 800, 480);
            scene.getStylesheets().setAll(Stylesheets.forArea("history"));
            stage.setScene(scene);
        }
        model.refresh();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
