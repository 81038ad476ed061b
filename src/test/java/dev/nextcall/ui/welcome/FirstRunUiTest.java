package dev.nextcall.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.testing.FxWaits;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new data folder, headless: the welcome opens beside a panel that already works, every button
 * leads somewhere (demo data, Google without its client file, start), and after Start it is gone
 * for good.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {

    @TempDir
    Path folder;

    private MutableClock clock;
    private CompositionRoot root;
    private Stage panelStage;

    @Start
    void start(Stage stage) {
        clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), TestEnvironments.BERLIN);
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        root.desktop(stage, Platform::runLater).panel().show();
        panelStage = stage;
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> panelStage.close());
        WaitForAsyncUtils.waitForFxEvents();
        root.close();
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(id).query().getScene().getWindow().isShowing();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theWelcomeLeadsSomewhereFromEveryButtonAndShowsOnce(FxRobot robot) throws TimeoutException {
        assertThat(root.isFirstRun()).isTrue();
        FxWaits.until(() -> showing(robot, "#welcome"));
        assertThat(text(robot, "#welcomeText")).contains("no account", "local calendar");
        // The panel works beside the welcome (once it has looked at the history, as at every start).
        FxWaits.until(() -> !robot.lookup("#startCall").queryAs(Button.class).isDisabled());

        robot.clickOn("#tryDemo");
        FxWaits.until(() -> text(robot, "#welcomeMessage").startsWith("200 demo calls are in the history"));
        assertThat(root.historyStore().isEmpty()).as("the demo history is in history.db").isFalse();
        assertThat(folder.resolve("calendar.ics")).as("and the demo meetings in the local calendar").exists();
        robot.clickOn("#tryDemo");
        FxWaits.until(() -> text(robot, "#welcomeMessage").startsWith("Your data folder already has"));

        robot.clickOn("#connectGoogle");
        FxWaits.until(() -> showing(robot, "#googleSetup"));
        Path clientFile = folder.resolve("google").resolve("client_secret.json");
        assertThat(text(robot, "#googleSetup")).contains("Desktop app", clientFile.toString(), "local calendar");
        assertThat(Files.isDirectory(clientFile.getParent())).as("the folder to put it in exists").isTrue();
        assertThat(showing(robot, "#openGoogleFolder")).isTrue();

        robot.clickOn("#startNextCall");
        FxWaits.until(() -> !showing(robot, "#welcome"));
        assertThat(Files.exists(folder.resolve("settings.json"))).isTrue();
        assertThat(new CompositionRoot(TestEnvironments.in(folder, clock)).isFirstRun())
                .as("the next start has no welcome").isFalse();
    }
}
