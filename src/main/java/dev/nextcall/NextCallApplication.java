package dev.nextcall;

import dev.nextcall.config.Logging;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. The composition root is built in {@link #init()}, which runs on the
 * launcher thread, so reading the settings file never holds up the FX thread; the database and the
 * calendar are opened later, by background tasks.
 */
public final class NextCallApplication extends Application {

    private CompositionRoot root;

    @Override
    public void init() {
        Environment env = Environment.fromSystem();
        Logging.toFolder(env.folder().logs());
        root = new CompositionRoot(env);
    }

    @Override
    public void start(Stage stage) {
        root.desktop(stage, Platform::runLater, uri -> getHostServices().showDocument(uri.toString())).panel().show();
    }

    @Override
    public void stop() {
        root.close();
    }
}
