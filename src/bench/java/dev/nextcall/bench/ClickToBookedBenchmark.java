package dev.nextcall.bench;

import dev.nextcall.adapters.google.GoogleAccount;
import dev.nextcall.adapters.google.GoogleBookingGateway;
import dev.nextcall.adapters.google.GoogleCalendar;
import dev.nextcall.adapters.google.GoogleConnection;
import dev.nextcall.adapters.google.fake.FakeBrowser;
import dev.nextcall.adapters.google.fake.FakeGoogle;
import dev.nextcall.adapters.google.fake.RecordedRequest;
import dev.nextcall.adapters.google.fake.Route;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.AvailabilityReader;
import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingOutcome;
import dev.nextcall.app.BookingProfile;
import dev.nextcall.app.RandomIds;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.slot.SlotRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Issue 5, item 10: with 80 ms of injected server latency, click-to-booked takes at most one round trip
 * plus 20 ms when free/busy is prefetched.
 *
 * <p>One click is {@code BookNextStep.book(intent)} wired as the app wires it for Google: a real SQLite
 * history ({@link HistoryDatabase}, WAL, {@code synchronous=FULL}) in a temporary folder on the disk,
 * {@link AvailabilityReader} over {@link GoogleCalendar} (60 s freshness), {@link GoogleBookingGateway},
 * and one {@link GoogleConnection} made with the app's public constructor (real retry policy and
 * timeouts, {@code NetHttpTransport}, Gson). It talks to the tests' fake Google on 127.0.0.1, which
 * waits {@link #latencyMillis} before answering every Calendar call. The account is signed in through
 * the real installed-app flow (PKCE, loopback receiver) once per fork, outside the measurement.
 *
 * <p>Every click is for a new call and a new slot, so it gets a fresh event id and no idempotency
 * shortcut: it saves the intent, re-checks the time against the rules and busy time, inserts the event
 * ({@code sendUpdates=all}, a Meet request) and records the booking. Outside the measurement, before
 * each click the call is saved (it exists before the rep clicks) and, in the {@code prefetched}
 * variant, free/busy for the next 15 days is read as the panel's prefetch does; after it, the event is
 * removed from the fake's store directly ({@code forget}: no request, the adapter sees no write, and no
 * cancelled copy is left for every later free/busy answer to scan), so the slots rotate and never run
 * out.
 *
 * <ul>
 *   <li>{@code freeBusy=prefetched}: the re-check is served from the freshness cache; the click should
 *       cost one request, the insert.</li>
 *   <li>{@code freeBusy=cold}: the cache holds nothing usable (the previous booking made it stale, as
 *       our own write does); the click costs a {@code freebusy.query} and the insert.</li>
 * </ul>
 * After each click the requests the fake received are checked: a click that sent anything but the
 * expected Calendar requests stops the run. Each fork prints the requests per click and a split of the
 * click's time (see {@link Split}).
 *
 * <p>The fake's JDK {@code HttpServer} needs {@code -Dsun.net.httpserver.nodelay=true}: without it, it
 * adds about 40 ms to every answer on a kept-alive connection (Nagle against delayed ACK), which real
 * Google does not.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 15)
@Measurement(iterations = 5, time = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
@State(Scope.Benchmark)
public class ClickToBookedBenchmark {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Attendee REP = new Attendee("Rita Rep", FakeGoogle.DEFAULT_USER);
    static final Prospect JANE = new Prospect("Jane Doe", "jane@acme.example", "Acme", BERLIN);
    static final String NOTES = "send the offer; loop in procurement";

    /** Server latency on every Calendar call, in ms; 0 shows what a click costs besides the network. */
    @Param({"80", "0"})
    public long latencyMillis;

    @Param({"prefetched", "cold"})
    public String freeBusy;

    /**
     * The rules' daily cap (0: none, the default rules). With a cap the re-check also counts the slot
     * day's meetings, an {@code events.list} that the prefetch does not cover: {@code -p dailyCap=4}.
     */
    @Param({"0"})
    public int dailyCap;

    private Path folder;
    private FakeGoogle fake;
    private HistoryDatabase database;
    private SqliteCallHistory history;
    private GoogleCalendar calendar;
    private BookNextStep booking;
    private final Clock clock = Clock.systemUTC();
    private List<Interval> slots;
    private Split split;

    private int clicks;
    private BookNextStep.Intent intent;
    private BookingOutcome outcome;
    private int requestsBefore;
    private long clickNanos;
    private boolean measuring;
    private final Map<String, Integer> requestsPerClick = new TreeMap<>();
    /** The first clicks of the fork, before the JIT has compiled the click's path. */
    private static final int FIRST_CLICKS = 10;
    private final List<long[]> firstClicks = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() throws IOException {
        if (!Boolean.getBoolean("sun.net.httpserver.nodelay")) {
            throw new IllegalStateException("run with -Dsun.net.httpserver.nodelay=true (see the class comment)");
        }
        folder = Files.createTempDirectory("nextcall-click-bench");
        fake = new FakeGoogle(clock).start();
        Path google = folder.resolve("google");
        fake.writeClientSecret(google.resolve("client_secret.json"));
        GoogleConnection connection = new GoogleConnection(google, fake.rootUrl(), clock);
        signIn(connection);
        fake.faults().latency(Duration.ofMillis(latencyMillis));

        database = new HistoryDatabase(folder.resolve("history.db"), clock);
        history = new SqliteCallHistory(database);
        calendar = new GoogleCalendar(connection, List::of, Duration.ofSeconds(60), Runnable::run);
        split = new Split();
        SlotRules rules = SlotRules.defaults(BERLIN).withDailyCap(dailyCap);
        booking = new BookNextStep(split.history(history),
                new AvailabilityReader(split.calendar(calendar), DaysOffSource.NONE),
                split.gateway(new GoogleBookingGateway(connection)),
                () -> rules, () -> new BookingProfile(REP, "", CalendarKind.GOOGLE), new RandomIds(), clock);
        slots = slots(clock.instant());
    }

    /** The real installed-app sign-in (PKCE, state, loopback receiver), with the fake's consent screen. */
    private static void signIn(GoogleConnection connection) {
        FakeBrowser browser = new FakeBrowser();
        CalendarAccount.SignInResult result = new GoogleAccount(connection)
                .signIn(uri -> browser.browse(uri.toString()), Duration.ofSeconds(20), () -> false);
        if (!(result instanceof CalendarAccount.SignInResult.SignedIn)) {
            throw new IllegalStateException("signing in to the fake failed: " + result);
        }
    }

    /**
     * Every 30-minute slot from 09:00 to 17:00 Berlin time on the weekdays from the day after tomorrow
     * for 10 days: well past the 2 h notice and inside the 14-day horizon, for as long as a run lasts.
     */
    static List<Interval> slots(Instant now) {
        List<Interval> list = new ArrayList<>();
        LocalDate first = now.atZone(BERLIN).toLocalDate().plusDays(2);
        for (LocalDate day = first; day.isBefore(first.plusDays(10)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
                list.add(Interval.of(day.atTime(time).atZone(BERLIN).toInstant(), Duration.ofMinutes(30)));
            }
        }
        return list;
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    @Setup(Level.Invocation)
    public void beforeClick() {
        int n = clicks++;
        String callId = "call-" + n;
        Instant now = clock.instant();
        history.saveCall(Call.started(callId, CallTiming.startingAt(now.minus(Duration.ofMinutes(25)),
                Duration.ofMinutes(30)), CallSource.manual(), JANE));
        intent = new BookNextStep.Intent(callId, slots.get(n % slots.size()), JANE, "", NOTES);
        if (freeBusy.equals("prefetched")) {
            // What the panel does during a call; on this executor the read completes before prefetch returns.
            calendar.prefetch(Interval.of(now, Duration.ofDays(15)));
        }
        outcome = null;
        split.reset();
        requestsBefore = fake.requests().size();
    }

    @Benchmark
    public BookingOutcome click() {
        long start = System.nanoTime();
        outcome = booking.book(intent);
        clickNanos = System.nanoTime() - start;
        return outcome;
    }

    @TearDown(Level.Invocation)
    public void afterClick() {
        List<RecordedRequest> all = fake.requests();
        List<RecordedRequest> sent = all.subList(requestsBefore, all.size());
        if (!(outcome instanceof BookingOutcome.Booked booked)) {
            throw new IllegalStateException("click " + clicks + " on " + intent.slot() + " did not book: "
                    + (outcome == null ? "no outcome" : outcome.message()));
        }
        List<Route> calendarRequests = sent.stream().map(RecordedRequest::route).filter(Route::isCalendarApi).toList();
        List<Route> expected = new ArrayList<>();
        if (freeBusy.equals("cold")) {
            expected.add(Route.FREEBUSY_QUERY);
        }
        if (dailyCap > 0) {
            expected.add(Route.EVENTS_LIST);
        }
        expected.add(Route.EVENTS_INSERT);
        if (!calendarRequests.equals(expected)) {
            throw new IllegalStateException("click " + clicks + " sent " + calendarRequests + ", expected " + expected);
        }
        requestsPerClick.merge(sent.size() + " (" + sent.stream().map(r -> r.route().name())
                .collect(Collectors.joining(", ")) + ")", 1, Integer::sum);
        if (measuring) {
            split.record(clickNanos);
        }
        if (firstClicks.size() < FIRST_CLICKS) {
            firstClicks.add(split.parts(clickNanos));
        }
        // Frees the slot again without a request and without the adapter seeing a write.
        fake.calendars().forget("primary", booked.nextStep().eventId());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        try {
            System.out.println();
            System.out.println("# latency " + latencyMillis + " ms, free/busy " + freeBusy + ", daily cap " + dailyCap
                    + ": " + clicks
                    + " clicks (warm-up included), requests the fake saw per click:");
            requestsPerClick.forEach((requests, count) -> System.out.println("#   " + count + " x " + requests));
            System.out.println("# the fork's first " + firstClicks.size() + " clicks, ms: " + firstClicks.stream()
                    .map(parts -> String.format(Locale.ROOT, "%.1f", parts[0] / 1e6)).collect(Collectors.joining(" ")));
            for (int i = 0; i < Math.min(3, firstClicks.size()); i++) {
                System.out.println("#   click " + (i + 1) + ": " + Split.describe(firstClicks.get(i)));
            }
            System.out.println(split.report());
            if (!fake.unexpectedErrors().isEmpty()) {
                throw new IllegalStateException("the fake failed: " + fake.unexpectedErrors());
            }
        } finally {
            database.close();
            fake.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
