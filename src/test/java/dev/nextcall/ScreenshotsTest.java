package dev.nextcall;

import dev.nextcall.config.DataFolder;
import dev.nextcall.testing.FxWaits;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.UiDesktop;
import dev.nextcall.ui.panel.PanelState;
import dev.nextcall.ui.panel.PanelViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of the site and README: the panel in each state, the slim bar, the settings and the
 * welcome, each in the light and the dark theme, rendered on the virtual (Monocle) display the UI tests
 * use and written to src/site/resources/images/. Not part of the normal run: packaging/screenshots.sh
 * runs it with -Dscreenshots=true.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    private static final Path IMAGES = Path.of("src/site/resources/images");

    @TempDir
    Path folder;

    private UiDesktop app;
    private MutableClock clock;
    private CompositionRoot root;
    private CompositionRoot.Desktop desktop;
    private Stage panelStage;

    @Start
    void start(Stage stage) {
        app = UiDesktop.firstRun(folder, stage);
        clock = app.clock();
        root = app.root();
        desktop = app.desktop();
        panelStage = stage;
    }

    @AfterEach
    void close() throws TimeoutException {
        app.close();
    }

    @Test
    void everyStateInBothThemes(FxRobot robot) throws TimeoutException, IOException {
        Files.createDirectories(IMAGES);
        PanelViewModel model = desktop.panelModel();
        FxWaits.until(() -> robot.lookup("#welcome").tryQuery().isPresent());
        Scene welcome = robot.lookup("#welcome").query().getScene();
        shoot(robot, welcome, "welcome");
        robot.clickOn("#tryDemo");
        FxWaits.until(() -> !root.historyStore().isEmpty());
        robot.interact(() -> welcome.getWindow().hide());
        robot.interact(model::calendarChanged);
        FxWaits.until(() -> model.canStart().get());
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, panelStage.getScene(), "panel-idle");

        robot.clickOn("#prospectEmail").write("ana@acme.example");
        robot.clickOn("#startCall");
        FxWaits.until(() -> model.getState() == PanelState.IN_CALL);
        clock.advance(Duration.ofMinutes(12));
        robot.interact(model::tick);
        shoot(robot, panelStage.getScene(), "panel-in-call");

        clock.advance(Duration.ofMinutes(8));
        robot.interact(model::tick);
        FxWaits.until(() -> model.slots().size() == 3 && !robot.lookup("#slot1").queryAs(Button.class).isDisabled());
        robot.interact(() -> robot.lookup("#cueBanner").query().setVisible(false));
        shoot(robot, panelStage.getScene(), "panel-wrap-up");
        // Display scaling: JavaFX lays out in logical pixels and draws text and shapes as vectors, so 125 %
        // and 150 % are the same layout drawn finer; these show it stays sharp and nothing is clipped.
        for (double scale : new double[] {1.25, 1.5}) {
            WritableImage[] shot = new WritableImage[1];
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(scale, scale));
            robot.interact(() -> shot[0] = panelStage.getScene().getRoot().snapshot(parameters, null));
            write(shot[0], IMAGES.resolve("panel-wrap-up-" + Math.round(scale * 100) + ".png"));
        }

        // Monocle gives the keyboard back to no window after the welcome closes: the keys' own tests are
        // in PanelLookUiTest; here the window is driven directly.
        robot.interact(() -> desktop.panel().setCompact(true));
        FxWaits.until(() -> robot.lookup("#compactBar").tryQuery().isPresent());
        shoot(robot, panelStage.getScene(), "panel-compact");
        robot.interact(() -> desktop.panel().setCompact(false));
        FxWaits.until(() -> robot.lookup("#slot1").tryQuery().isPresent());

        clock.advance(Duration.ofMinutes(11));
        robot.interact(model::tick);
        FxWaits.until(() -> model.getState() == PanelState.OVERTIME);
        robot.interact(() -> robot.lookup("#cueBanner").query().setVisible(false));
        shoot(robot, panelStage.getScene(), "panel-overtime");

        // A booking that fails (the calendar file cannot be written): the reason in place, with Retry.
        Path calendar = new DataFolder(folder).localCalendar();
        Path aside = folder.resolve("calendar-aside.ics");
        Files.move(calendar, aside);
        Files.createDirectory(calendar);
        robot.clickOn("#slot2");
        FxWaits.until(() -> robot.lookup("#retry").queryAs(Button.class).isVisible());
        shoot(robot, panelStage.getScene(), "panel-failed");
        Files.delete(calendar);
        Files.move(aside, calendar);
        robot.clickOn("#retry");

        FxWaits.until(() -> model.getState() == PanelState.BOOKED && !model.inviteStatusProperty().get().isEmpty()
                && !model.bookedTimeProperty().get().isEmpty());
        shoot(robot, panelStage.getScene(), "panel-booked");

        robot.clickOn("#endCall");
        FxWaits.until(() -> model.getState() == PanelState.IDLE);
        robot.interact(() -> desktop.settings().open());
        FxWaits.until(() -> robot.lookup(".settings").tryQuery().isPresent());
        shoot(robot, desktop.settings().stage().getScene(), "settings");
        robot.interact(() -> desktop.settings().stage().hide());

        // The review window over the demo history: the list, the weekly number and the best lines loaded.
        robot.interact(() -> desktop.history().open());
        FxWaits.until(() -> desktop.history().view() != null
                && !desktop.history().view().table().getItems().isEmpty()
                && !desktop.history().model().weekly().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, desktop.history().stage().getScene(), "review");
        robot.interact(() -> desktop.history().stage().hide());
    }

    /** One PNG per theme of what {@code scene} shows now. */
    private void shoot(FxRobot robot, Scene scene, String name) throws TimeoutException {
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> desktop.themes().use(theme));
            desktop.themes().follow(scene);
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = scene.snapshot(null));
            write(shot[0], IMAGES.resolve(name + "-" + theme + ".png"));
        }
        robot.interact(() -> desktop.themes().use("light"));
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
