package dev.nextcall.ui.shell;

import dev.nextcall.ui.welcome.WelcomeView;
import dev.nextcall.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The first run's welcome in a small window beside the panel: not modal, so the panel works at once;
 * it closes when the rep starts, or with the panel.
 */
public final class WelcomeWindow {

    static final double WIDTH = 340;
    static final double HEIGHT = 460;

    private final Stage stage = new Stage();

    /**
     * @param panel      the panel's stage: the welcome goes to its left and closes with it
     * @param openFolder opens a folder in the desktop's file manager
     */
    public WelcomeWindow(WelcomeViewModel model, Stage panel, Consumer<Path> openFolder) {
        stage.setTitle("Welcome to NextCall");
        stage.getIcons().setAll(AppIcons.load());
        Scene scene = new Scene(new WelcomeView(model, openFolder).root(), WIDTH, HEIGHT);
        scene.getStylesheets().setAll(Stylesheets.forArea("welcome"));
        stage.setScene(scene);
        stage.setX(Math.max(0, panel.getX() - WIDTH - 16));
        stage.setY(panel.getY());
        model.finishedProperty().addListener((obs, was, done) -> {
            if (done) {
                stage.close();
            }
        });
        panel.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stage.close());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
