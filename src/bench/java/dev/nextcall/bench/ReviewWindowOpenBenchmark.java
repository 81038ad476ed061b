package dev.nextcall.bench;

import dev.nextcall.CompositionRoot;
import dev.nextcall.Environment;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.ui.common.ExecutorBackgroundTasks;
import dev.nextcall.ui.history.HistoryRow;
import dev.nextcall.ui.shell.HistoryWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, item 6: the review window open in at most 300 ms on a 100,000-call history.
 *
 * <p>One operation is what the rep waits for after clicking "History": {@link HistoryWindow#open()} over
 * the app's real wiring ({@link CompositionRoot}, the 100,000-call demo history in a real history.db,
 * two worker threads and {@code Platform::runLater}, as the desktop has them), on the FX thread, until
 * the first layout pulse that shows table rows with calls in them. That covers reading the first page
 * and its count on the workers, handing the rows to the FX thread, and the layout and rendering of the
 * rows; the weekly number and the best lines are read after the first page and are not waited for.
 *
 * <ul>
 *   <li>{@code window=new}: the first open in a session. A new window every time: building the scene
 *       (table, filters, detail pane, chart), CSS and the first layout of everything are included.</li>
 *   <li>{@code window=reused}: every later open. The app keeps the window once built and shows it again,
 *       re-reading the list.</li>
 * </ul>
 * After each operation the window is hidden (outside the measurement), once the reads it started are
 * done: a rep does not reopen the window within half a second, and the best lines' read would otherwise
 * hold a worker for the next open.
 *
 * <p>JavaFX runs on Monocle's headless platform with software rendering (as the UI tests do), so the
 * numbers include the layout and rasterising of every node but no GPU. The very first open in the fork
 * (cold: nothing compiled yet, CSS parsed for the first time) is printed separately, with what each read
 * costs alone and a split of the measured opens.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class ReviewWindowOpenBenchmark {

    static final long SEED = HistoryQueryBenchmark.SEED;
    static final int CALLS = HistoryQueryBenchmark.CALLS;
    static final ZoneId REP = HistoryQueryBenchmark.REP;
    static final LocalDate TODAY = HistoryQueryBenchmark.TODAY;

    @Param({"new", "reused"})
    public String window;

    private Path folder;
    private CompositionRoot root;
    private ExecutorService workers;
    private ExecutorBackgroundTasks tasks;
    private HistoryWindow shown;
    private long clickedAt;
    private long rowsAt;
    private int opens;
    private long waitingNanos;
    private long toRowsNanos;
    private long toPulseNanos;

    @Setup(Level.Trial)
    public void fillTheHistoryAndStartJavaFx() throws Exception {
        folder = Files.createTempDirectory("nextcall-review-bench");
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(REP).toInstant(), REP);
        root = new CompositionRoot(new Environment(new DataFolder(folder), clock, REP, Locale.UK, "rep"));
        long started = System.nanoTime();
        root.fillDemo().fill(CALLS, SEED, false);
        System.out.printf("%nfilled %,d demo calls in %.1f s%n", CALLS, (System.nanoTime() - started) / 1e9);
        timeTheReads();
        workers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "review-bench-worker");
            thread.setDaemon(true);
            return thread;
        });
        tasks = new ExecutorBackgroundTasks(workers, Platform::runLater);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        long cold = System.nanoTime();
        openTheReviewWindow();
        System.out.printf("first (cold) open in this JVM: %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        hideTheWindow();
        opens = 0;
        waitingNanos = 0;
        toRowsNanos = 0;
        toPulseNanos = 0;
    }

    /** What each read costs alone, on the calling thread, printed once per fork. */
    private void timeTheReads() {
        var review = root.reviewHistory();
        HistoryQuery lastMonth = HistoryQuery.withoutNextStep().startedBetween(
                TODAY.minusDays(29).atStartOfDay(REP).toInstant(), null);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            review.list(lastMonth.page(0, 100));
            long t1 = System.nanoTime();
            int count = review.count(lastMonth);
            long t2 = System.nanoTime();
            review.lastWeeks(12);
            long t3 = System.nanoTime();
            root.bestLines().top(5, 5);
            long t4 = System.nanoTime();
            System.out.printf("reads, round %d: first page %.1f ms, count (%d) %.1f ms, 12 weeks %.1f ms,"
                    + " best lines %.1f ms%n", round, (t1 - t0) / 1e6, count, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                    (t4 - t3) / 1e6);
        }
    }

    /** From the click to the first pulse that shows calls in the table. */
    @Benchmark
    public HistoryWindow openTheReviewWindow() throws InterruptedException {
        CountDownLatch rowsShown = new CountDownLatch(1);
        Platform.runLater(() -> {
            clickedAt = System.nanoTime();
            if (shown == null || window.equals("new")) {
                shown = new HistoryWindow(root.historyModel(tasks));
            }
            shown.open();
            long opened = System.nanoTime();
            shown.model().rows().addListener((ListChangeListener<HistoryRow>) c -> rowsAt = System.nanoTime());
            Scene scene = shown.stage().getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                boolean rows = scene.getRoot().lookupAll(".table-row-cell").stream()
                        .anyMatch(node -> node instanceof TableRow<?> row && row.getItem() instanceof HistoryRow);
                if (rows && rowsAt > clickedAt) {
                    scene.removePostLayoutPulseListener(check[0]);
                    opens++;
                    waitingNanos += opened - clickedAt;
                    toRowsNanos += rowsAt - opened;
                    toPulseNanos += System.nanoTime() - rowsAt;
                    rowsShown.countDown();
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
        });
        if (!rowsShown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the review window showed no rows within 30 s");
        }
        return shown;
    }

    @TearDown(Level.Invocation)
    public void hideTheWindow() throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        Platform.runLater(() -> {
            var weekly = shown.model().weekly();
            if (!weekly.loadingProperty().get()) {
                idle.countDown();
            } else {
                weekly.loadingProperty().addListener((obs, was, now) -> idle.countDown());
            }
        });
        if (!idle.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the weekly number and best lines did not load within 30 s");
        }
        CountDownLatch hidden = new CountDownLatch(1);
        Platform.runLater(() -> {
            shown.stage().hide();
            hidden.countDown();
        });
        hidden.await();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        System.out.printf("%nsplit over %d opens: open() on the FX thread %.1f ms, then until the rows arrive %.1f ms,"
                + " then until the first pulse shows them %.1f ms%n", opens, waitingNanos / 1e6 / opens,
                toRowsNanos / 1e6 / opens, toPulseNanos / 1e6 / opens);
        workers.shutdownNow();
        root.close();
        Platform.exit();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
