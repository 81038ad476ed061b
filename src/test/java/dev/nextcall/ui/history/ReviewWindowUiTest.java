package dev.nextcall.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.config.DataFolder;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import dev.nextcall.ui.common.ExecutorBackgroundTasks;
import dev.nextcall.ui.shell.HistoryWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
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
 * The review window by clicking, headless, over a real 600-call demo history: filters, search, paging on
 * scroll, mark why and take back, book now, copy summary, export, and the weekly chart. Real background
 * threads and SQLite; only the clock is the test's.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowUiTest {

    /** Monday 30 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private CompositionRoot root;
    private ExecutorService workers;
    private HistoryWindow window;
    private TableView<HistoryRow> table;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        root.fillDemo().fill(600, 7, false);
        workers = Executors.newFixedThreadPool(2);
        window = new HistoryWindow(root.historyModel(new ExecutorBackgroundTasks(workers, Platform::runLater)));
        window.open();
        table = window.view().table();
    }

    @AfterEach
    void closeAll() throws TimeoutException, InterruptedException {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close());
        WaitForAsyncUtils.waitForFxEvents();
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        root.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitForFirstPage(FxRobot robot) throws TimeoutException {
        waitUntil(() -> table.getItems().size() == HistoryViewModel.PAGE
                && text(robot, "#historyHeader").endsWith("without a next step in the last 30 days"));
    }

    private HistoryRow selectFirstRow(FxRobot robot) throws TimeoutException {
        HistoryRow first = table.getItems().get(0);
        robot.clickOn(robot.lookup("#historyTable .table-row-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> window.model().detail().shownProperty().get());
        assertThat(window.model().selectedProperty().get()).isEqualTo(first);
        return first;
    }

    @Test
    void filtersAndTheSwitchChangeTheList(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        assertThat(table.getItems()).allMatch(HistoryRow::withoutNextStep);

        robot.clickOn("#outcome-FOLLOW_UP_PROMISED");
        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> r.outcome().equals("They'll get back")));

        robot.clickOn("#outcome-FOLLOW_UP_PROMISED");
        robot.clickOn("#allCalls");
        waitUntil(() -> text(robot, "#historyHeader").endsWith("calls in the last 30 days")
                && table.getItems().stream().anyMatch(r -> !r.withoutNextStep()));
    }

    @Test
    void searchRunsOnEnter(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        String company = table.getItems().stream().map(HistoryRow::company).filter(c -> !c.isEmpty())
                .findFirst().orElseThrow();

        robot.clickOn("#search").write(company).type(KeyCode.ENTER);

        waitUntil(() -> text(robot, "#historyHeader").endsWith("matching “" + company + "”"));
        assertThat(table.getItems()).isNotEmpty().allMatch(r -> r.company().equals(company)
                || r.record().call().prospect().contains(company));
    }

    @Test
    void searchRunsByItselfWhenTypingPauses(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);

        robot.clickOn("#search").write("zzz-nobody");

        // No Enter: the view's typing pause applies it (the wait polls; it does not sleep a fixed time).
        waitUntil(() -> text(robot, "#historyHeader").equals("0 calls without a next step in the last 30 days"
                + " matching “zzz-nobody”"));
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void scrollingNearTheEndReadsTheNextPage(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);

        robot.interact(() -> table.scrollTo(HistoryViewModel.PAGE - 1));

        waitUntil(() -> table.getItems().size() > HistoryViewModel.PAGE);
        assertThat(table.getItems()).extracting(HistoryRow::callId).doesNotHaveDuplicates();
    }

    @Test
    void markWhyTakesTheRowOffAndTakeBackReturnsIt(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        HistoryRow first = selectFirstRow(robot);

        robot.clickOn("#reasonText").write("they are re-organising");
        robot.clickOn("#markWhy");
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.callId().equals(first.callId())));
        assertThat(text(robot, "#historyStatus")).contains("Not a fit: they are re-organising");

        robot.clickOn("#takeBack");
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).callId().equals(first.callId()));
    }

    @Test
    void aRowsMenuMarksWhyWithoutLeavingTheTable(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        HistoryRow first = selectFirstRow(robot);

        // Monocle's robot does not turn a right click into a context-menu request, so the test sends the
        // request the platform would, at the row.
        Node row = robot.lookup("#historyTable .table-row-cell").nth(0).queryAs(Node.class);
        robot.interact(() -> {
            Bounds screen = row.localToScreen(row.getBoundsInLocal());
            row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    screen.getMinX() + 10, screen.getMinY() + 10, false, null));
        });
        waitUntil(() -> table.getContextMenu().isShowing());
        robot.clickOn("No next step: Too early");

        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.callId().equals(first.callId())));
        assertThat(text(robot, "#historyStatus")).contains("Too early");
    }

    @Test
    void bookNowFromARowBooksOneEventAndTheRowLeaves(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        Path calendar = new DataFolder(folder).localCalendar();
        int eventsBefore = IcsFiles.count(IcsFiles.read(calendar), "BEGIN:VEVENT");
        HistoryRow first = selectFirstRow(robot);

        robot.clickOn("#bookNow");
        waitUntil(() -> robot.lookup("#rebook3").tryQuery().isPresent());
        robot.clickOn("#rebook1");

        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.callId().equals(first.callId()))
                && text(robot, "#historyStatus").startsWith("Booked "));
        assertThat(IcsFiles.count(IcsFiles.read(calendar), "BEGIN:VEVENT")).isEqualTo(eventsBefore + 1);
        assertThat(robot.lookup("#rebook1").tryQuery()).isEmpty();
    }

    @Test
    void copySummaryPutsTheCrmTextOnTheClipboard(FxRobot robot) throws TimeoutException {
        waitForFirstPage(robot);
        HistoryRow first = selectFirstRow(robot);

        robot.clickOn("#copySummary");

        waitUntil(() -> text(robot, "#historyStatus").startsWith("Summary of the call"));
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(root.crmSummary().of(first.callId()));
    }

    @Test
    void exportWritesTheCurrentFilterToTheChosenFile(FxRobot robot) throws Exception {
        waitForFirstPage(robot);
        Path target = folder.resolve("review.csv");
        int count = Integer.parseInt(text(robot, "#historyHeader").split(" ")[0]);

        // The FileChooser is the system's own dialog; the view hands its answer to exactly this call.
        robot.interact(() -> window.model().exportCsv(target));

        waitUntil(() -> text(robot, "#historyStatus").startsWith("Exported "));
        assertThat(text(robot, "#historyStatus")).isEqualTo("Exported " + count + " calls to review.csv.");
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("call_id,started,");
        assertThat(robot.lookup("#exportCsv").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void weeklyChartShowsTwelveWeeksOfBothShares(FxRobot robot) throws TimeoutException {
        LineChart<?, ?> chart = robot.lookup("#weeklyChart").queryAs(LineChart.class);
        waitUntil(() -> ((CategoryAxis) chart.getXAxis()).getCategories().size() == 12
                && !chart.getData().get(0).getData().isEmpty());
        long weeksWithCalls = window.model().weekly().weeks().stream().filter(week -> week.calls() > 0).count();
        assertThat(weeksWithCalls).as("the 600 demo calls span a few weeks, not all twelve").isBetween(1L, 11L);
        assertThat(chart.getData().get(0).getData()).as("a week without calls has no point").hasSize((int) weeksWithCalls);

        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(1).getData()).hasSize((int) weeksWithCalls);
        assertThat(text(robot, "#weeklyHeadline")).isEqualTo("This week: no calls yet.");
    }
}
