package dev.nextcall.ui.shell;

import dev.nextcall.ui.settings.SettingsView;
import dev.nextcall.ui.settings.SettingsViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The settings in a window of their own, not modal: the panel keeps working beside it. The model is
 * made at the first opening (so nothing of Google's loads before the rep asks), and kept after.
 */
public final class SettingsWindow {

    private final Supplier<SettingsViewModel> models;
    private final Consumer<Path> openFolder;
    private SettingsViewModel model;
    private Stage stage;

    /** @param openFolder opens a folder in the desktop's file manager (for the phrase file) */
    public SettingsWindow(Supplier<SettingsViewModel> models, Consumer<Path> openFolder) {
        this.models = models;
        this.openFolder = openFolder;
    }

    /** Opens (or re-shows) the window; called by the rep's click. */
    public void open() {
        if (stage == null) {
            model = models.get();
            stage = new Stage();
            stage.setTitle("NextCall · Settings");
            stage.getIcons().setAll(AppIcons.load());
            Scene scene = new Scene(new SettingsView(model, openFolder).root(), 560, 680);
            scene.getStylesheets().setAll(Stylesheets.forArea("settings"));
            stage.setScene(scene);
        } else {
            model.refreshAccount();
        }
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The model behind the open window; null before the first opening. */
    public SettingsViewModel model() {
        return model;
    }
}
