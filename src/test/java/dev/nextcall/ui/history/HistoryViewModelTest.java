package dev.nextcall.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.CompositionRoot;
import dev.nextcall.app.CallCsv;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.InlineBackgroundTasks;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import dev.nextcall.ui.common.BackgroundTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review window's state over a real SQLite history filled by the demo generator. */
class HistoryViewModelTest {

    /** Monday 30 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private MutableClock clock;
    private CompositionRoot root;
    private HistoryViewModel model;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        root = new CompositionRoot(TestEnvironments.in(folder, clock));
        root.fillDemo().fill(600, 7, false);
        model = root.historyModel(new InlineBackgroundTasks());
    }

    @AfterEach
    void tearDown() {
        root.close();
    }

    @Test
    void opensOnTheCallsWithoutANextStepInTheLast30DaysNewestFirst() {
        model.open();

        int expected = root.reviewHistory().count(HistoryQuery.withoutNextStep().startedBetween(
                LocalDate.of(2026, 11, 1).atStartOfDay(TestEnvironments.BERLIN).toInstant(), null));
        assertThat(expected).isGreaterThan(HistoryViewModel.PAGE);
        assertThat(model.headerProperty().get()).isEqualTo(expected + " calls without a next step in the last 30 days");
        assertThat(model.rows()).hasSize(HistoryViewModel.PAGE).allMatch(HistoryRow::withoutNextStep);
        assertThat(model.rows()).extracting(r -> r.record().call().timing().start())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(model.hasMore()).isTrue();
    }

    @Test
    void readsTheNextPageOnlyWhenAsked() {
        model.periodProperty().set(ReviewPeriod.ALL_TIME);
        model.withoutNextStepOnlyProperty().set(false);
        assertThat(model.rows()).hasSize(100);
        assertThat(model.headerProperty().get()).isEqualTo("600 calls in all");

        model.loadMore();
        assertThat(model.rows()).hasSize(200);
        assertThat(model.rows()).extracting(HistoryRow::callId).doesNotHaveDuplicates();
        assertThat(model.rows()).extracting(r -> r.record().call().timing().start())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void outcomeAwaitingReplyAndSearchFiltersNarrowTheList() {
        model.withoutNextStepOnlyProperty().set(false);
        model.outcomes().add(Outcome.FOLLOW_UP_PROMISED);
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.outcome().equals("They'll get back"));

        model.outcomes().clear();
        model.awaitingReplyProperty().set(true);
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.record().nextStep().status().isAwaitingReply());

        model.awaitingReplyProperty().set(false);
        String company = model.rows().stream().map(HistoryRow::company).filter(c -> !c.isEmpty()).findFirst()
                .orElseThrow();
        model.searchProperty().set(company.toUpperCase());
        int before = model.rows().size();
        model.applySearch();
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.company().equals(company)
                || r.record().call().prospect().contains(company));
        assertThat(model.headerProperty().get()).endsWith("in the last 30 days matching “" + company.toUpperCase() + "”");
        assertThat(before).isGreaterThan(model.rows().size());
    }

    @Test
    void customPeriodCountsWholeDaysInTheRepsZone() {
        model.periodProperty().set(ReviewPeriod.CUSTOM);
        model.withoutNextStepOnlyProperty().set(false);
        model.fromProperty().set(LocalDate.of(2026, 11, 27));
        model.toProperty().set(LocalDate.of(2026, 11, 27));

        assertThat(model.headerProperty().get()).isEqualTo("20 calls in the chosen days");
        assertThat(model.rows()).allMatch(r -> r.started().startsWith("Fri 27 Nov, "));
    }

    @Test
    void markingWhyTakesTheRowOffTheListAndTakingBackReturnsIt() {
        model.open();
        HistoryRow first = model.rows().get(0);
        String header = model.headerProperty().get();

        model.markWhy(first, NoNextStepReason.TOO_EARLY, "budget in Q3");

        assertThat(model.rows()).extracting(HistoryRow::callId).doesNotContain(first.callId());
        assertThat(model.statusProperty().get()).contains("Too early: budget in Q3");
        assertThat(model.headerProperty().get()).isNotEqualTo(header);
        assertThat(model.canTakeBackProperty().get()).isTrue();

        model.takeBack();

        assertThat(model.rows().get(0).callId()).isEqualTo(first.callId());
        assertThat(model.headerProperty().get()).isEqualTo(header);
        assertThat(model.canTakeBackProperty().get()).isFalse();
    }

    @Test
    void bookNowProposesThreeTimesAndOneClickBooksOnceInTheLocalCalendar() {
        model.open();
        HistoryRow row = model.rows().get(0);
        Path calendar = new DataFolder(folder).localCalendar();
        int eventsBefore = IcsFiles.count(IcsFiles.read(calendar), "BEGIN:VEVENT");

        model.selectedProperty().set(row);
        model.bookNow(row);
        assertThat(model.bookingSlots()).hasSize(3);
        model.bookSlot(0);
        model.bookSlot(0);

        assertThat(IcsFiles.count(IcsFiles.read(calendar), "BEGIN:VEVENT")).isEqualTo(eventsBefore + 1);
        assertThat(model.rows()).extracting(HistoryRow::callId).doesNotContain(row.callId());
        assertThat(model.bookingSlots()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.statusProperty().get()).startsWith("Booked ");
        assertThat(root.reviewHistory().detail(row.callId()).orElseThrow().record().hasNextStepInCalendar()).isTrue();
    }

    @Test
    void needsAttentionListsDeclinedOrUnansweredCallsAndBookAgainSettlesOne() {
        model.open();
        model.needsAttentionProperty().set(true);

        int expected = root.needsAttention().count(model.query());
        assertThat(expected).isPositive();
        assertThat(model.headerProperty().get()).isEqualTo(expected + (expected == 1 ? " call" : " calls")
                + " needing attention in the last 30 days");
        assertThat(model.rows()).isNotEmpty().allMatch(r -> r.record().nextStep().status() == NextStepStatus.DECLINED
                || r.record().nextStep().status() == NextStepStatus.BOOKED);

        HistoryRow row = model.rows().get(0);
        model.selectedProperty().set(row);
        model.bookNow(row);
        model.bookSlot(0);

        assertThat(model.rows()).extracting(HistoryRow::callId).doesNotContain(row.callId());
        assertThat(root.needsAttention().count(model.query())).isEqualTo(expected - 1);
    }

    @Test
    void detailShowsNotesAndFollowUpsAndSavesEdits() {
        model.open();
        HistoryRow row = model.rows().stream().filter(r -> !r.record().call().notes().isEmpty()).findFirst()
                .orElseThrow();
        model.selectedProperty().set(row);
        CallDetailViewModel detail = model.detail();
        assertThat(detail.shownProperty().get()).isTrue();
        assertThat(detail.notesProperty().get()).isEqualTo(row.record().call().notes());
        assertThat(detail.titleProperty().get()).startsWith(row.prospect());

        detail.notesProperty().set("Call back after the trade fair.");
        detail.followUpsProperty().set("Send the pricing sheet\n[x] Connect on LinkedIn\n\n");
        detail.save();

        var saved = root.reviewHistory().detail(row.callId()).orElseThrow();
        assertThat(saved.call().notes()).isEqualTo("Call back after the trade fair.");
        assertThat(saved.followUps()).extracting(f -> f.text() + ":" + f.done())
                .containsExactly("Send the pricing sheet:false", "Connect on LinkedIn:true");
        assertThat(detail.statusProperty().get()).isEqualTo("Saved.");
    }

    @Test
    void copySummaryHandsTheCrmTextToTheClipboard() {
        model.open();
        model.selectedProperty().set(model.rows().get(0));
        AtomicReference<String> clipboard = new AtomicReference<>();

        model.copySummary(clipboard::set);

        assertThat(clipboard.get()).isEqualTo(root.crmSummary().of(model.rows().get(0).callId()));
        assertThat(clipboard.get()).startsWith("Call with ");
    }

    @Test
    void exportWritesEveryMatchingCallNotOnlyTheLoadedPage() throws IOException {
        model.open();
        Path target = folder.resolve("export.csv");

        model.exportCsv(target);

        String csv = Files.readString(target, StandardCharsets.UTF_8);
        int expected = Integer.parseInt(model.headerProperty().get().split(" ")[0]);
        assertThat(csv).startsWith(CallCsv.row(CallCsv.HEADER));
        assertThat(csv.split(CallCsv.LINE_END, -1)).hasSizeGreaterThan(expected); // header, rows, and quoted CRs
        assertThat(model.statusProperty().get()).isEqualTo("Exported " + expected + " calls to export.csv.");
        assertThat(csv).doesNotContain(",=cheap");
    }

    @Test
    void weeklyNumberHasTwelveWeeksAndAPlainHeadline() {
        model.open();

        assertThat(model.weekly().weeks()).hasSize(WeeklyViewModel.WEEKS);
        assertThat(model.weekly().weeks().get(11).monday()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(model.weekly().headlineProperty().get()).isEqualTo("This week: no calls yet.");
        assertThat(WeeklyViewModel.headline(model.weekly().weeks().get(10)))
                .matches("This week: \\d+ of 100 calls ended with a next step booked, \\d+ accepted\\.");
        assertThat(model.weekly().bestLines()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void aNewerListWinsOverAnOlderOneStillRunningAndFailuresOfferRetry() {
        QueuedTasks tasks = new QueuedTasks();
        HistoryViewModel queued = root.historyModel(tasks);
        queued.refresh();                                   // all of the last 30 days without a next step
        queued.withoutNextStepOnlyProperty().set(false);    // all calls: started later
        tasks.runLast(2);                                   // the second's page and count...
        tasks.runAll();                                     // ...then the first's, arriving late
        assertThat(queued.headerProperty().get()).doesNotContain("without");
        assertThat(queued.rows()).anyMatch(r -> !r.withoutNextStep());

        queued.periodProperty().set(ReviewPeriod.ALL_TIME);
        tasks.failNext(new IllegalStateException("the history file is locked"));
        assertThat(queued.errorProperty().get()).contains("locked");
        tasks.runAll();
        queued.retry();
        tasks.runAll();
        assertThat(queued.errorProperty().get()).isEmpty();
        assertThat(queued.headerProperty().get()).isEqualTo("600 calls in all");
    }

    /** Holds tasks until the test runs them, in any order: slow reads arriving late. */
    private static final class QueuedTasks implements BackgroundTasks {
        private final Deque<Runnable> succeed = new ArrayDeque<>();
        private final Deque<Consumer<Throwable>> fail = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            succeed.add(() -> new InlineBackgroundTasks().run(work, onSuccess, onFailure));
            fail.add(onFailure::accept);
        }

        void runLast(int count) {
            Deque<Runnable> last = new ArrayDeque<>();
            for (int i = 0; i < count; i++) {
                last.addFirst(succeed.removeLast());
                fail.removeLast();
            }
            last.forEach(Runnable::run);
        }

        void failNext(Throwable failure) {
            succeed.removeFirst();
            fail.removeFirst().accept(failure);
        }

        void runAll() {
            while (!succeed.isEmpty()) {
                fail.removeFirst();
                succeed.removeFirst().run();
            }
        }
    }
}
