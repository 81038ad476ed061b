package dev.nextcall.bench;

import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.NeedsAttention;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.demo.DemoHistory;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.ReplyDeadline;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.slot.WorkingSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Issue 6, item 6: the review's queries on a 100,000-call history. Target: the first page (50 rows) of
 * "without next step", newest first, in at most 20 ms; the review window open in at most 300 ms.
 *
 * <p>The history is the demo's ({@link DemoHistory}, seed {@value #SEED}): 20 calls per working day, so
 * 100,000 calls span about 19 years, 2,500 prospects around the world, 45 % of calls booked, a third of
 * the calls without a next step. It is imported into a real history.db in a temp folder, through the
 * adapter, once per fork; the import time is printed. Each benchmark is one call of the adapter or use
 * case the review window makes, on the one connection, as the app does it.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class HistoryQueryBenchmark {

    static final long SEED = 20261127L;
    static final int CALLS = 100_000;
    static final int PAGE = 50;
    static final ZoneId REP = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private Path folder;
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private ReviewHistory review;
    private NeedsAttention needsAttention;
    private HistoryQuery aMonthFiveYearsAgo;
    private String someCall;

    @Setup(Level.Trial)
    public void importTheHistory() throws IOException {
        folder = Files.createTempDirectory("nextcall-history-bench");
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(REP).toInstant(), REP);
        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        long started = System.nanoTime();
        new DemoHistory(SEED, TODAY, REP).generate(CALLS, 5000, history::importCalls);
        System.out.printf("%nimported %,d calls in %.1f s; history.db is %,d MiB%n", CALLS,
                (System.nanoTime() - started) / 1e9, Files.size(folder.resolve("history.db")) >> 20);
        review = new ReviewHistory(history, history, () -> REP, clock);
        needsAttention = new NeedsAttention(history, () -> new ReplyDeadline(WorkingSchedule.standard(), REP), clock);
        LocalDate monthStart = TODAY.minusYears(5).withDayOfMonth(1);
        aMonthFiveYearsAgo = HistoryQuery.withoutNextStep().page(0, PAGE).startedBetween(
                monthStart.atStartOfDay(REP).toInstant(), monthStart.plusMonths(1).atStartOfDay(REP).toInstant());
        List<CallRecord> middle = history.list(HistoryQuery.all().page(CALLS / 2, 1));
        someCall = middle.get(0).call().id();
        System.out.printf("without next step: %,d calls; needing attention: %,d%n",
                history.count(HistoryQuery.withoutNextStep()), needsAttention.count(HistoryQuery.all()));
    }

    @TearDown(Level.Trial)
    public void deleteTheHistory() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The target: the review's first page, calls without a next step, newest first. */
    @Benchmark
    public List<CallRecord> withoutNextStepFirstPage() {
        return history.list(HistoryQuery.withoutNextStep().page(0, PAGE));
    }

    /** The same with a search that matches about one call in 40 (a common family name). */
    @Benchmark
    public List<CallRecord> withoutNextStepSearchFirstPage() {
        return history.list(HistoryQuery.withoutNextStep().page(0, PAGE).searching("garcía"));
    }

    /** The worst search: nothing matches, so every call's search key is read. */
    @Benchmark
    public List<CallRecord> searchWithoutAMatch() {
        return history.list(HistoryQuery.all().page(0, PAGE).searching("no such prospect"));
    }

    /** The same first page limited to one month five years ago. */
    @Benchmark
    public List<CallRecord> withoutNextStepInAPastMonth() {
        return history.list(aMonthFiveYearsAgo);
    }

    /** "N calls without a next step": a count over all 100,000 calls. */
    @Benchmark
    public int countWithoutNextStep() {
        return history.count(HistoryQuery.withoutNextStep());
    }

    /** The weekly number over the last 52 weeks. */
    @Benchmark
    public List<WeekNumbers> weeklyForAYear() {
        return review.lastWeeks(52);
    }

    /** The first page of "needs attention": declined, or unanswered a working day later. */
    @Benchmark
    public List<CallRecord> needsAttentionFirstPage() {
        return needsAttention.list(HistoryQuery.all().page(0, PAGE));
    }

    /** One call in full, for the detail pane. */
    @Benchmark
    public Optional<CallDetail> callDetail() {
        return history.detail(someCall);
    }

    /**
     * What opening the review window reads before it can show anything: the first page, its count and
     * the weekly number for a year.
     */
    @Benchmark
    public int openTheReview() {
        return history.list(HistoryQuery.withoutNextStep().page(0, PAGE)).size()
                + history.count(HistoryQuery.withoutNextStep()) + review.lastWeeks(52).size();
    }
}
