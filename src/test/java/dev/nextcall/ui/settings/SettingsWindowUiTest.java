package dev.nextcall.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.testing.FxWaits;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The settings window opened from the idle panel, headless: a bad value is named under its field and
 * keeps Save disabled; once fixed, Save writes settings.json and the running app uses the new rules.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowUiTest {

    @TempDir
    Path folder;

    private CompositionRoot root;
    private CompositionRoot.Desktop desktop;
    private Stage panelStage;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"), TestEnvironments.BERLIN);
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        desktop = root.desktop(stage, Platform::runLater);
        desktop.panel().show();
        panelStage = stage;
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> {
            if (desktop.settings().stage() != null) {
                desktop.settings().stage().close();
            }
            panelStage.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        root.close();
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void invalidFieldsAreNamedAndAValidSaveIsUsedAtOnce(FxRobot robot) throws TimeoutException {
        robot.clickOn("#settingsButton");
        FxWaits.until(() -> desktop.settings().stage() != null && desktop.settings().stage().isShowing());
        robot.interact(() -> desktop.settings().stage().setX(0));
        Button save = robot.lookup("#settingsSave").queryAs(Button.class);
        assertThat(save.isDisabled()).isFalse();

        type(robot, "#bufferBefore", "300");
        type(robot, "#repHours-wednesday", "17:00-09:00");
        assertThat(label(robot, "#bufferBeforeError").getText()).isEqualTo("Enter minutes between 0 and 240");
        assertThat(label(robot, "#bufferBeforeError").isVisible()).isTrue();
        assertThat(label(robot, "#repHoursError-wednesday").getText()).isEqualTo("End must be after start (17:00-09:00)");
        assertThat(save.isDisabled()).isTrue();

        type(robot, "#bufferBefore", "15");
        type(robot, "#repHours-wednesday", "10:00-16:00");
        type(robot, "#meetingMinutes", "45");
        assertThat(label(robot, "#bufferBeforeError").isVisible()).isFalse();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn("#settingsSave");

        FxWaits.until(() -> label(robot, "#settingsStatus").getText().startsWith("Saved."));
        Settings onDisk = new SettingsStore(folder.resolve("settings.json"), TestEnvironments.BERLIN).load().settings();
        assertThat(onDisk.availability().bufferBeforeMinutes()).isEqualTo(15);
        assertThat(onDisk.availability().meetingMinutes()).isEqualTo(45);
        assertThat(onDisk.availability().repHours().get("wednesday")).containsExactly("10:00-16:00");
        assertThat(root.settings().availability().meetingMinutes()).as("the running app uses it").isEqualTo(45);
        assertThat(desktop.settings().stage().getModality()).isEqualTo(javafx.stage.Modality.NONE);
    }

    @Test
    void choosingGoogleAndSavingRebuildsThePanelOverGoogle(FxRobot robot) throws TimeoutException {
        var before = desktop.panelModel();
        robot.clickOn("#settingsButton");
        FxWaits.until(() -> desktop.settings().stage() != null && desktop.settings().stage().isShowing());
        robot.interact(() -> desktop.settings().stage().setX(0));

        robot.interact(() -> robot.lookup("#sourceGoogle").queryAs(javafx.scene.control.RadioButton.class).fire());
        assertThat(label(robot, "#sourceNote").getText()).contains("when you save");
        robot.clickOn("#settingsSave");

        FxWaits.until(() -> desktop.panelModel() != before);
        assertThat(root.settings().usesGoogle()).isTrue();
        // No OAuth client file in this folder: the Google panel says what to do, instead of failing.
        FxWaits.until(() -> robot.lookup("#signInNeeded").tryQuery().map(node -> ((Label) node).getText())
                .filter(text -> text.contains("client")).isPresent());
    }
}
