package dev.nextcall.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.testing.InlineBackgroundTasks;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import dev.nextcall.ui.panel.PanelViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history list and its "without next step" filter, over calls made through the panel's model. */
class HistoryViewModelTest {

    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private MutableClock clock;
    private CompositionRoot root;
    private HistoryViewModel history;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        InlineBackgroundTasks tasks = new InlineBackgroundTasks();
        PanelViewModel panel = root.panelModel(tasks);
        history = root.historyModel(tasks);

        panel.prospectEmailProperty().set("booked@acme.example");
        panel.startCall();
        clock.advance(Duration.ofMinutes(20));
        panel.tick();
        panel.book(0);
        panel.endCall();

        clock.advance(Duration.ofMinutes(30));
        panel.prospectEmailProperty().set("later@bo.example");
        panel.startCall();
        panel.theyWillGetBack();

        clock.advance(Duration.ofMinutes(30));
        panel.startCall();
        panel.noNextStep();
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    @Test
    void listsEveryCallNewestFirst() {
        history.refresh();

        assertThat(history.rows()).extracting(HistoryRow::prospect)
                .containsExactly("(no prospect named)", "later@bo.example", "booked@acme.example");
        assertThat(history.rows()).extracting(HistoryRow::outcome)
                .containsExactly("No next step needed", "They'll get back", "Next step booked");
        assertThat(history.rows().get(2).nextStep()).contains("booked");
        assertThat(history.statusProperty().get()).isEqualTo("3 calls shown, 1 without a next step");
    }

    @Test
    void filterShowsOnlyCallsWithoutANextStep() {
        history.withoutNextStepOnlyProperty().set(true);

        assertThat(history.rows()).extracting(HistoryRow::prospect).containsExactly("later@bo.example");
        assertThat(history.rows().get(0).withoutNextStep()).isTrue();
    }
}
