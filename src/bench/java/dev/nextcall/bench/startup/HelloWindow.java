package dev.nextcall.bench.startup;

import dev.nextcall.ui.shell.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The baseline of bench/run-startup.sh: a bare JavaFX window (a label and a button, the panel's
 * size, always on top) that reports its first frame exactly as NextCall does, through
 * {@link FirstFrame#reportIfAsked}. It runs from NextCall's own jar, so both load the same JavaFX.
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application; a nested class because a class-path launch must not start from an Application. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            VBox root = new VBox(12, new Label("Hello, world"), new Button("Click"));
            stage.setScene(new Scene(root, 360, 560));
            stage.setTitle("Hello");
            stage.setAlwaysOnTop(true);
            FirstFrame.reportIfAsked(stage, Platform::runLater);
            stage.show();
        }
    }
}
