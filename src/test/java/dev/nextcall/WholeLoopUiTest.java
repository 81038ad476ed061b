package dev.nextcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.config.DataFolder;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import dev.nextcall.ui.history.HistoryRow;
import dev.nextcall.ui.panel.PanelState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The whole loop by clicking, headless: start a call, reach wrap-up, click a proposed slot, see it
 * booked, end the call, and find it in the history with its next step. Real background threads,
 * real SQLite and .ics files; only the clock is moved by the test.
 */
@ExtendWith(ApplicationExtension.class)
class WholeLoopUiTest {

    /** Monday 30 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private MutableClock clock;
    private CompositionRoot root;
    private CompositionRoot.Desktop desktop;
    private Stage panelStage;

    @Start
    void start(Stage stage) throws IOException {
        clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        // A data folder used before: no first-run welcome beside the panel (FirstRunUiTest covers that).
        new SettingsStore(new DataFolder(folder).settingsFile(), TestEnvironments.BERLIN).save(Settings.defaults());
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        desktop = root.desktop(stage, Platform::runLater);
        desktop.panel().show();
        panelStage = stage;
    }

    @AfterEach
    void closeRoot() throws TimeoutException {
        // Close the windows first, as the app does at exit: the panel saves its geometry on the way.
        WaitForAsyncUtils.asyncFx(() -> {
            if (desktop.history().stage() != null) {
                desktop.history().stage().close();
            }
            panelStage.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        root.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void startWrapUpBookAndFindTheCallInHistory(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !text(robot, "#todayCount").isEmpty());
        assertThat(panelStage.isAlwaysOnTop()).isTrue();
        assertThat(panelStage.getWidth()).isEqualTo(360);
        assertThat(panelStage.getHeight()).isEqualTo(560);

        robot.clickOn("#prospectEmail").write("ana@acme.example");
        robot.clickOn("#startCall");
        waitUntil(() -> desktop.panelModel().getState() == PanelState.IN_CALL);
        assertThat(text(robot, "#stateTitle")).isEqualTo("In call");
        assertThat(text(robot, "#prospect")).isEqualTo("ana@acme.example");

        clock.advance(Duration.ofMinutes(20));
        robot.interact(() -> desktop.panelModel().tick());
        waitUntil(() -> robot.lookup("#slot3").queryAs(Button.class).isVisible()
                && !robot.lookup("#slot2").queryAs(Button.class).isDisabled());
        assertThat(text(robot, "#stateTitle")).isEqualTo(PanelState.WRAP_UP.title());
        assertThat(text(robot, "#suggestion")).isNotBlank();
        // the wrap-up cue: a coloured edge on the panel and a banner over the header, no dialog
        assertThat(robot.lookup(".panel").query().getStyleClass()).contains("cue-wrap-up");
        assertThat(robot.lookup("#cueBanner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#cueBanner")).isEqualTo("Wrap-up: 10 min left");
        assertThat(robot.listWindows()).hasSize(1);
        assertThat(robot.lookup("#slot2").queryAs(Button.class).getText()).contains("Tue 1 Dec");

        robot.clickOn("#slot2");
        waitUntil(() -> desktop.panelModel().getState() == PanelState.BOOKED);
        assertThat(text(robot, "#bookedTime")).isEqualTo("Tue 1 Dec · 09:30");
        String calendar = IcsFiles.read(new DataFolder(folder).localCalendar());
        assertThat(IcsFiles.count(calendar, "BEGIN:VEVENT")).isEqualTo(1);

        robot.clickOn("#endCall");
        waitUntil(() -> desktop.panelModel().getState() == PanelState.IDLE);

        robot.clickOn("#historyButton");
        // The review opens on the calls without a next step: this one has one, so it is not there.
        waitUntil(() -> robot.lookup("#historyHeader").tryQuery().isPresent()
                && text(robot, "#historyHeader").equals("0 calls without a next step in the last 30 days"));
        TableView<HistoryRow> table = robot.lookup("#historyTable").query();
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#allCalls");
        waitUntil(() -> !table.getItems().isEmpty());
        HistoryRow row = table.getItems().get(0);
        assertThat(row.prospect()).isEqualTo("ana@acme.example");
        assertThat(row.outcome()).isEqualTo("Next step booked");
        assertThat(row.nextStep()).isEqualTo("Booked, awaiting reply · Tue 1 Dec 2026, 09:30");

        robot.clickOn("#withoutNextStep");
        waitUntil(() -> table.getItems().isEmpty());
    }

    @Test
    void moreTimesByClickingAndBookOneOfThem(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !text(robot, "#todayCount").isEmpty());
        robot.clickOn("#startCall");
        waitUntil(() -> desktop.panelModel().getState() == PanelState.IN_CALL);
        clock.advance(Duration.ofMinutes(20));
        robot.interact(() -> desktop.panelModel().tick());
        waitUntil(() -> !robot.lookup("#slot1").queryAs(Button.class).isDisabled());

        robot.clickOn("#moreTimes");
        waitUntil(() -> robot.lookup("#more3").tryQuery().isPresent());
        String chosen = robot.lookup("#more2").queryAs(Button.class).getText();
        robot.clickOn("#more2");

        waitUntil(() -> desktop.panelModel().getState() == PanelState.BOOKED);
        assertThat(chosen).startsWith(text(robot, "#bookedTime"));
    }
}
