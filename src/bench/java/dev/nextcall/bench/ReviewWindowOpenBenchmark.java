package dev.nextcall.bench;

import dev.nextcall.CompositionRoot;
import dev.nextcall.Environment;
import dev.nextcall.config.DataFolder;
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
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, item 6: the review window open in at most 300 ms on a 100,000-call history.
 *
 * <p>One operation is what the rep waits for after clicking "History": a new {@link HistoryWindow} over
 * the app's real wiring ({@link CompositionRoot}, the 100,000-call demo history in a real history.db,
 * two worker threads and {@code Platform::runLater}, as the desktop has them), opened on the FX thread,
 * until the first layout pulse that shows table rows with calls in them. That covers building the
 * scene (table, filters, detail pane, chart), CSS, reading the first page, the count and the weekly
 * number on the workers, and the layout and rendering of the rows. The window is closed after each
 * operation, outside the measurement, so every operation builds the scene anew.
 *
 * <p>JavaFX runs on Monocle's headless platform with software rendering (as the UI tests do), so the
 * numbers do not include a GPU, but do include the layout and rasterising of every node. The first open
 * in the fork (cold: nothing compiled yet, CSS parsed for the first time) is printed separately.
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

    private Path folder;
    private CompositionRoot root;
    private ExecutorService workers;
    private ExecutorBackgroundTasks tasks;
    private HistoryWindow window;

    @Setup(Level.Trial)
    public void fillTheHistoryAndStartJavaFx() throws Exception {
        folder = Files.createTempDirectory("nextcall-review-bench");
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(REP).toInstant(), REP);
        root = new CompositionRoot(new Environment(new DataFolder(folder), clock, REP, Locale.UK, "rep"));
        long started = System.nanoTime();
        root.fillDemo().fill(CALLS, SEED, false);
        System.out.printf("%nfilled %,d demo calls in %.1f s%n", CALLS, (System.nanoTime() - started) / 1e9);
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
        closeTheWindow();
    }

    /** From the click to the first pulse that shows calls in the table. */
    @Benchmark
    public HistoryWindow openTheReviewWindow() throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            window = new HistoryWindow(root.historyModel(tasks));
            window.open();
            Scene scene = window.stage().getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                boolean rows = scene.getRoot().lookupAll(".table-row-cell").stream()
                        .anyMatch(node -> node instanceof TableRow<?> row && row.getItem() instanceof HistoryRow);
                if (rows) {
                    scene.removePostLayoutPulseListener(check[0]);
                    shown.countDown();
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the review window showed no rows within 30 s");
        }
        return window;
    }

    @TearDown(Level.Invocation)
    public void closeTheWindow() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            window.stage().close();
            closed.countDown();
        });
        closed.await();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
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
