package dev.nextcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.config.DataFolder;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import dev.nextcall.ui.shell.PanelWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The panel opens where the rep left it, at the size they left it. */
@ExtendWith(ApplicationExtension.class)
class PanelGeometryTest {

    @TempDir
    Path folder;

    private MutableClock clock;
    private Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
        clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), TestEnvironments.BERLIN);
    }

    @Test
    void positionAndSizeAreRememberedAcrossRuns(FxRobot robot) throws Exception {
        CompositionRoot root = new CompositionRoot(TestEnvironments.in(folder, clock));
        robot.interact(() -> {
            root.desktop(first, Platform::runLater).panel().show();
            first.setX(120);
            first.setY(90);
            first.setWidth(400);
            first.setHeight(600);
        });
        robot.interact(first::close);
        WaitForAsyncUtils.waitForFxEvents();
        root.close(); // waits for the background save, as the app does at exit

        CompositionRoot again = new CompositionRoot(TestEnvironments.in(folder, clock));
        Settings.Window saved = again.settings().window();
        assertThat(saved.x()).isEqualTo(120.0);
        assertThat(saved.y()).isEqualTo(90.0);
        assertThat(saved.width()).isEqualTo(400.0);
        assertThat(saved.height()).isEqualTo(600.0);
        String screen = WaitForAsyncUtils.asyncFx(() -> PanelWindow.screenKey(Screen.getPrimary())).get();
        assertThat(saved.screens()).containsEntry(screen, new Settings.Place(120, 90, 400, 600));

        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            again.desktop(stage, Platform::runLater).panel().show();
            return stage;
        }).get();
        assertThat(second.getX()).isEqualTo(120.0);
        assertThat(second.getY()).isEqualTo(90.0);
        assertThat(second.getWidth()).isEqualTo(400.0);
        assertThat(second.getHeight()).isEqualTo(600.0);
        robot.interact(second::close);
        WaitForAsyncUtils.waitForFxEvents();
        again.close();
    }

    @Test
    void aPlaceOffEveryScreenFallsBackToThePlaceRememberedOnAScreenThatIsThere(FxRobot robot) throws Exception {
        String screen = WaitForAsyncUtils.asyncFx(() -> PanelWindow.screenKey(Screen.getPrimary())).get();
        // Last on a monitor that is gone (far to the right); earlier on this screen at 100,120.
        Settings gone = Settings.defaults().withWindow(new Settings.Window(50_000.0, 40.0, 360, 560, false,
                Map.of(screen, new Settings.Place(100, 120, 380, 600), "1920x1080+50000+0",
                        new Settings.Place(50_000, 40, 360, 560))));
        new SettingsStore(new DataFolder(folder).settingsFile(), TestEnvironments.BERLIN).save(gone);
        CompositionRoot root = new CompositionRoot(TestEnvironments.in(folder, clock));
        assertThat(root.settings().window().screens()).hasSize(2);
        robot.interact(() -> root.desktop(first, Platform::runLater).panel().show());
        assertThat(first.getX()).isEqualTo(100.0);
        assertThat(first.getY()).isEqualTo(120.0);
        assertThat(first.getWidth()).isEqualTo(380.0);
        assertThat(first.getHeight()).isEqualTo(600.0);
        robot.interact(first::close);
        WaitForAsyncUtils.waitForFxEvents();
        root.close();
    }
}
