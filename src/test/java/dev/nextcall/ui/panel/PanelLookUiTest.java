package dev.nextcall.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.config.DataFolder;
import dev.nextcall.testing.FxWaits;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.UiDesktop;
import dev.nextcall.ui.shell.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
 * The panel's look and keyboard, headless: type sizes of what the rep reads while talking, every
 * shortcut, the compact bar, the dark theme switched live, and a name for every button.
 */
@ExtendWith(ApplicationExtension.class)
class PanelLookUiTest {

    @TempDir
    Path folder;

    private UiDesktop app;
    private MutableClock clock;
    private CompositionRoot root;
    private CompositionRoot.Desktop desktop;
    private Stage panelStage;

    @Start
    void start(Stage stage) {
        app = UiDesktop.used(folder, stage);
        clock = app.clock();
        root = app.root();
        desktop = app.desktop();
        panelStage = stage;
    }

    @AfterEach
    void close() throws TimeoutException {
        app.close();
    }

    private PanelViewModel model() {
        return desktop.panelModel();
    }

    private void toWrapUp(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        robot.clickOn("#prospectEmail").write("ana@acme.example");
        robot.clickOn("#startCall");
        FxWaits.until(() -> model().getState() == PanelState.IN_CALL);
        clock.advance(Duration.ofMinutes(20));
        robot.interact(() -> model().tick());
        FxWaits.until(() -> model().getState() == PanelState.WRAP_UP && model().slots().size() == 3
                && !robot.lookup("#slot1").queryAs(Button.class).isDisabled());
    }

    private static double fontSize(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getFont().getSize();
    }

    @Test
    void theLineAndTheTimesAreInLargeTypeAndTheTimeLeftIsBiggestInACall(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        robot.clickOn("#startCall");
        FxWaits.until(() -> model().getState() == PanelState.IN_CALL);
        assertThat(fontSize(robot, "#remaining")).isGreaterThanOrEqualTo(36)
                .isGreaterThan(fontSize(robot, "#prospect")).isGreaterThan(fontSize(robot, "#stateTitle"));
        clock.advance(Duration.ofMinutes(20));
        robot.interact(() -> model().tick());
        FxWaits.until(() -> model().slots().size() == 3);
        assertThat(fontSize(robot, "#suggestion")).isGreaterThanOrEqualTo(18);
        for (String slot : new String[] {"#slot1", "#slot2", "#slot3"}) {
            assertThat(fontSize(robot, slot)).isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void ctrlOneBooksTheFirstProposedTime(FxRobot robot) throws TimeoutException {
        toWrapUp(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxWaits.until(() -> model().getState() == PanelState.BOOKED);
    }

    @Test
    void ctrlMShowsMoreTimes(FxRobot robot) throws TimeoutException {
        toWrapUp(robot);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        FxWaits.until(() -> !model().times().more().isEmpty());
        assertThat(robot.lookup("#more1").queryAs(Button.class).getAccessibleText()).startsWith("Book ");
    }

    @Test
    void ctrlGIsTheyWillGetBackToMe(FxRobot robot) throws TimeoutException {
        toWrapUp(robot);
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        FxWaits.until(() -> model().deferringProperty().get());
        assertThat(robot.lookup("#remindAndEnd").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void ctrlNMovesTheKeyboardToTheNotesInsideThePanel(FxRobot robot) throws TimeoutException {
        toWrapUp(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        FxWaits.until(notes::isFocused);
        robot.write("sent deck");
        FxWaits.until(() -> "sent deck".equals(model().notesProperty().get()));
    }

    @Test
    void escapeCollapsesToTheSlimBarAndBackAndTheBarShowsTimeLeftAndTheFirstShortcut(FxRobot robot)
            throws TimeoutException {
        toWrapUp(robot);
        double full = panelStage.getHeight();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWaits.until(() -> robot.lookup("#compactBar").tryQuery().isPresent());
        assertThat(panelStage.getHeight()).isLessThan(120);
        assertThat(robot.lookup("#compactLeft").queryAs(Labeled.class).getText()).isEqualTo(model().clock().remainingProperty().get()).isNotBlank();
        assertThat(robot.lookup("#compactHint").queryAs(Labeled.class).getText()).startsWith("Ctrl+1  ");
        assertThat(robot.lookup("#slot1").tryQuery()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWaits.until(() -> robot.lookup("#slot1").tryQuery().isPresent());
        assertThat(panelStage.getHeight()).isEqualTo(full);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.clickOn("#expandPanel");
        FxWaits.until(() -> robot.lookup("#slot1").tryQuery().isPresent());
    }

    @Test
    void theCompactBarIsRememberedForTheNextStart(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        FxWaits.until(() -> robot.lookup("#compactBar").tryQuery().isPresent());
        double full = 560;
        WaitForAsyncUtils.asyncFx(() -> panelStage.close());
        FxWaits.until(() -> root.settings().window().compact());
        assertThat(root.settings().window().height()).isEqualTo(full);
    }

    @Test
    void theDarkThemeIsSwitchedLiveOnEveryWindowAndNoWindowIsAdded(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        Node panel = robot.lookup(".panel").query();
        assertThat(panel.getStyleClass()).doesNotContain(Themes.DARK);
        int windows = robot.listWindows().size();
        robot.interact(() -> desktop.themes().use("dark"));
        assertThat(panel.getStyleClass()).contains(Themes.DARK);
        assertThat(robot.listWindows()).hasSize(windows);
        robot.interact(() -> desktop.themes().use("light"));
        assertThat(panel.getStyleClass()).doesNotContain(Themes.DARK);
    }

    @Test
    void savingTheDarkThemeInTheSettingsRestylesThePanelAndTheSettingsAtOnce(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        Node panel = robot.lookup(".panel").query();
        robot.interact(() -> desktop.settings().open());
        FxWaits.until(() -> desktop.settings().model() != null && desktop.settings().model().canSave().get());
        robot.interact(() -> {
            desktop.settings().model().themeProperty().set("dark");
            desktop.settings().model().save();
        });
        FxWaits.until(() -> panel.getStyleClass().contains(Themes.DARK));
        assertThat(desktop.settings().stage().getScene().getRoot().getStyleClass()).contains(Themes.DARK);
        assertThat(root.settings().appearance().theme()).isEqualTo("dark");
        robot.interact(() -> desktop.settings().stage().close());
    }

    @Test
    void everyFieldAndChoiceOfTheSettingsHasAnAccessibleName(FxRobot robot) throws TimeoutException {
        FxWaits.until(() -> model().canStart().get());
        robot.interact(() -> desktop.settings().open());
        FxWaits.until(() -> desktop.settings().model() != null);
        Node settings = desktop.settings().stage().getScene().getRoot();
        List<String> unnamed = new ArrayList<>();
        java.util.Set<Node> inputs = robot.from(settings).lookup((Node n) -> n instanceof TextInputControl
                || n instanceof ChoiceBox || n instanceof ListView).queryAll();
        assertThat(inputs).as("14 day fields, 7 numbers, link, name, e-mail, the list, its entry, the theme")
                .hasSizeGreaterThanOrEqualTo(27);
        for (Node node : inputs) {
            if (node.getAccessibleText() == null || node.getAccessibleText().isBlank()) {
                unnamed.add(node.getId());
            }
        }
        assertThat(unnamed).isEmpty();
        robot.interact(() -> desktop.settings().stage().close());
    }

    @Test
    void everyButtonHasAnAccessibleNameAndTheSlotsShowTheirShortcut(FxRobot robot) throws TimeoutException {
        toWrapUp(robot);
        for (Node node : robot.lookup(".button").queryAll()) {
            Button button = (Button) node;
            if (button.isVisible() && button.getParent() != null && button.getParent().isVisible()) {
                String name = button.getAccessibleText() != null ? button.getAccessibleText() : button.getText();
                assertThat(name).as(button.getId()).isNotBlank();
            }
        }
        Button first = robot.lookup("#slot1").queryAs(Button.class);
        assertThat(first.getTooltip().getText()).startsWith("Book ").endsWith("(Ctrl+1)");
        assertThat(first.getAccessibleText()).startsWith("Book ");
        assertThat(robot.lookup("#moreTimes").queryAs(Button.class).getTooltip().getText()).contains("Ctrl+M");
        assertThat(robot.lookup("#theyWillGetBack").queryAs(Button.class).getTooltip().getText()).contains("Ctrl+G");
    }

    @Test
    void aFailedBookingSaysWhyInPlaceAndRetryBooksTheSameTime(FxRobot robot) throws Exception {
        toWrapUp(robot);
        int windows = robot.listWindows().size();
        // The calendar file cannot be written (a folder is in its place), even as root.
        Path calendar = new DataFolder(folder).localCalendar();
        Files.deleteIfExists(calendar);
        Files.createDirectory(calendar);
        String chosen = model().slots().get(1).label();
        robot.clickOn("#slot2");
        FxWaits.until(() -> robot.lookup("#retry").queryAs(Button.class).isVisible());
        assertThat(robot.lookup("#message").queryAs(Labeled.class).getText())
                .startsWith("Could not book " + chosen + "; your choice is kept: ");
        assertThat(robot.lookup("#statusBar").query().getStyleClass()).contains("error");
        assertThat(model().getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(robot.listWindows()).hasSize(windows);

        Files.delete(calendar);
        robot.clickOn("#retry");
        FxWaits.until(() -> model().getState() == PanelState.BOOKED && !model().bookedTimeProperty().get().isEmpty());
        assertThat(model().bookedTimeProperty().get()).startsWith(chosen);
        assertThat(robot.lookup("#retry").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void systemThemeFollowsGtkDarkVariantsAndIsLightOtherwise() {
        assertThat(Themes.isDark("system", java.util.Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(Themes.isDark("system", java.util.Map.of())).isFalse();
        assertThat(Themes.isDark("dark", java.util.Map.of())).isTrue();
        assertThat(Themes.isDark("light", java.util.Map.of("GTK_THEME", "Adwaita:dark"))).isFalse();
    }
}
