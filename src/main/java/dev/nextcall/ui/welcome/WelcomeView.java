package dev.nextcall.ui.welcome;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The first-run welcome, shown over the idle panel until the rep starts: what works now, and the
 * three ways on. Builds nodes and binds; the view model does the work.
 */
public final class WelcomeView {

    private final WelcomeViewModel model;
    private final Consumer<Path> openFolder;
    private final VBox root = new VBox();

    /** @param openFolder opens a folder in the desktop's file manager (where the OAuth client file goes) */
    public WelcomeView(WelcomeViewModel model, Consumer<Path> openFolder) {
        this.model = model;
        this.openFolder = openFolder;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.setId("welcome");
        root.getStyleClass().add("welcome");
        Label title = new Label("Welcome to NextCall");
        title.getStyleClass().add("welcome-title");
        Label works = wrapped("It works now, with no account: busy time comes from your local calendar, bookings "
                + "are saved there, and each invitation is written as an .ics file to send from your mail.");
        works.setId("welcomeText");

        Button demo = button("tryDemo", "Try with demo data", model::tryDemo);
        Button google = button("connectGoogle", "Connect Google Calendar", model::connectGoogle);
        Label setup = wrapped("");
        setup.setId("googleSetup");
        setup.textProperty().bind(model.googleSetupProperty());
        Button folder = button("openGoogleFolder", "Open the folder", () -> openFolder.accept(model.googleFolder()));
        VBox setupBox = new VBox(setup, folder);
        setupBox.getStyleClass().add("setup");
        setupBox.visibleProperty().bind(model.googleSetupProperty().isNotEmpty());
        setupBox.managedProperty().bind(setupBox.visibleProperty());
        Button start = button("startNextCall", "Start", model::start);
        start.getStyleClass().add("primary");

        Label message = wrapped("");
        message.setId("welcomeMessage");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        root.getChildren().setAll(title, works, demo, google, setupBox, start, message);
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.disableProperty().bind(model.canAct().not());
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
