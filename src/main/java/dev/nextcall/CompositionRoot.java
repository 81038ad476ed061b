package dev.nextcall;

import dev.nextcall.adapters.google.GoogleAccount;
import dev.nextcall.adapters.google.GoogleBookingGateway;
import dev.nextcall.adapters.google.GoogleCalendar;
import dev.nextcall.adapters.google.GoogleConnection;
import dev.nextcall.adapters.google.GoogleInviteReplies;
import dev.nextcall.adapters.ics.CalendarSet;
import dev.nextcall.adapters.ics.IcsBookingGateway;
import dev.nextcall.adapters.ics.IcsDemoCalendar;
import dev.nextcall.adapters.ics.Subscriptions;
import dev.nextcall.adapters.sqlite.HistoryDatabase;
import dev.nextcall.adapters.sqlite.SqliteCallHistory;
import dev.nextcall.app.AvailabilityReader;
import dev.nextcall.app.BestLines;
import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingProfile;
import dev.nextcall.app.CancelNextStep;
import dev.nextcall.app.CallHistoryOnFirstUse;
import dev.nextcall.app.CrmSummary;
import dev.nextcall.app.EditCallNotes;
import dev.nextcall.app.IdSource;
import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.MarkNoNextStep;
import dev.nextcall.app.NeedsAttention;
import dev.nextcall.app.PromptLines;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.RandomIds;
import dev.nextcall.app.ReconcileBookings;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.app.TrackCall;
import dev.nextcall.app.demo.FillDemo;
import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BusyPrefetcher;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.HistoryStore;
import dev.nextcall.app.port.InviteReplies;
import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.cli.CliContext;
import dev.nextcall.cli.CliContext.Check;
import dev.nextcall.config.BuiltInPhrases;
import dev.nextcall.config.PhraseFile;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.ReplyDeadline;
import dev.nextcall.domain.prompt.LineLearner;
import dev.nextcall.domain.prompt.Phrase;
import dev.nextcall.domain.prompt.PromptEngine;
import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.SlotWording;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.ExecutorBackgroundTasks;
import dev.nextcall.ui.history.HistoryServices;
import dev.nextcall.ui.history.HistoryViewModel;
import dev.nextcall.ui.panel.CallPreferences;
import dev.nextcall.ui.panel.PanelServices;
import dev.nextcall.ui.panel.PanelView;
import dev.nextcall.ui.panel.PanelViewModel;
import dev.nextcall.ui.shell.HistoryWindow;
import dev.nextcall.ui.shell.PanelWindow;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Stage;

/**
 * The one place that knows every concrete class: it reads the settings, builds the adapters, hands
 * them to the use cases through their ports, and builds the desktop or the command-line context on
 * top. Everything is wired by constructor; read this class for a map of the system.
 */
public final class CompositionRoot implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CompositionRoot.class.getName());

    /** How long Google free/busy is reused: long enough to book with one round trip, short enough to be true. */
    private static final Duration GOOGLE_FRESHNESS = Duration.ofSeconds(60);

    private final Environment env;
    private final SettingsStore settingsStore;
    private final Optional<String> settingsProblem;
    private volatile Settings settings;
    private final IdSource ids;
    private final List<Consumer<String>> noticeListeners = new CopyOnWriteArrayList<>();
    private final CallHistoryOnFirstUse history;
    private volatile HistoryDatabase database;
    private volatile ExecutorService workers;
    private PromptLines promptLines;
    private CalendarSet configuredCalendar;
    private CalendarSet daysOff;
    private Subscriptions subscriptions;
    private volatile ScheduledExecutorService refreshTimer;
    private GoogleConnection googleConnection;
    private GoogleCalendar googleCalendar;
    private final AtomicReference<ZoneId> googleZone = new AtomicReference<>();

    public CompositionRoot(Environment env) {
        this(env, new RandomIds());
    }

    CompositionRoot(Environment env, IdSource ids) {
        this.env = env;
        this.ids = ids;
        this.settingsStore = new SettingsStore(env.folder().settingsFile(), env.systemZone());
        SettingsStore.Loaded loaded = settingsStore.load();
        this.settings = loaded.settings();
        this.settingsProblem = loaded.problem();
        this.history = new CallHistoryOnFirstUse(this::openHistory);
    }

    // ---- settings-derived values ----

    public Settings settings() {
        return settings;
    }

    /**
     * The rep's zone: the one in the settings; with Google and none set, the primary calendar's (once
     * learned, see {@link #learnGoogleZone()}); else the system's.
     */
    ZoneId repZone() {
        if (settings.rep().zone().isEmpty() && settings.usesGoogle() && googleZone.get() != null) {
            return googleZone.get();
        }
        return settings.repZone(env.systemZone());
    }

    /** Asks Google for the primary calendar's zone (one round trip); blocks, so call it off the FX thread. */
    private void learnGoogleZone() {
        if (settings.usesGoogle() && settings.rep().zone().isEmpty()) {
            try {
                googleCalendar().repZone().ifPresent(googleZone::set);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "could not learn the zone of the Google calendar yet", e);
            }
        }
    }

    /** Which calendar the settings choose: Google, or the local one (the default). */
    private CalendarKind configuredKind() {
        return settings.usesGoogle() ? CalendarKind.GOOGLE : CalendarKind.LOCAL;
    }

    private SlotRules slotRules() {
        return settings.slotRules(env.systemZone());
    }

    private BookingProfile bookingProfile(CalendarKind kind) {
        Settings s = settings;
        return new BookingProfile(s.organizer(env.userName()), s.availability().meetingLink(), kind);
    }

    // ---- adapters ----

    private CallHistoryOnFirstUse historyPort() {
        return history;
    }

    /** Called once, by the first use of the history (always on a background thread in the desktop). */
    private HistoryStore openHistory() {
        env.folder().ensureExists();
        database = new HistoryDatabase(env.folder().historyDatabase(), env.clock());
        database.setAside().ifPresent(path -> notice("Your history file could not be read, so it was set aside as "
                + path + " and a fresh one was started. Nothing was deleted."));
        return new SqliteCallHistory(database);
    }

    /** Cached copies of subscribed iCal addresses, one cache per data folder, shared by every calendar set. */
    private synchronized Subscriptions subscriptions() {
        if (subscriptions == null) {
            subscriptions = new Subscriptions(env.folder().subscriptions(), env.clock());
        }
        return subscriptions;
    }

    /**
     * The rep's calendar: {@code calendar.ics} plus the files and addresses listed in the settings. A
     * calendar that fails is reported through {@link #calendarHealth()} while the others still count.
     */
    private synchronized CalendarSet configuredCalendar() {
        if (configuredCalendar == null) {
            List<String> names = new ArrayList<>();
            names.add(env.folder().localCalendar().toString());
            names.addAll(settings.calendar().icsFiles());
            configuredCalendar = CalendarSet.lenient(names, env.folder().root(), subscriptions(), repZone(),
                    env.clock());
        }
        return configuredCalendar;
    }

    /** Problems of every configured calendar: the meetings one (local or Google) and the days-off one. */
    private CalendarHealth calendarHealth() {
        return () -> {
            List<CalendarProblem> problems = new ArrayList<>(settings.usesGoogle() ? googleCalendar().problems()
                    : configuredCalendar().problems());
            problems.addAll(daysOff().problems());
            return problems;
        };
    }

    /** Google's client, one per data folder: the OAuth client file, the stored sign-in, the API root. */
    private synchronized GoogleConnection google() {
        if (googleConnection == null) {
            googleConnection = new GoogleConnection(env.folder().google(), env.googleApiRoot(), env.clock());
        }
        return googleConnection;
    }

    /**
     * The rep's Google calendars: free/busy for the calendars chosen in the settings (the primary by
     * default), kept fresh for a minute so that a click books with one round trip.
     */
    private synchronized GoogleCalendar googleCalendar() {
        if (googleCalendar == null) {
            googleCalendar = new GoogleCalendar(google(), () -> settings.calendar().googleCalendars(),
                    GOOGLE_FRESHNESS, workers());
        }
        return googleCalendar;
    }

    private CalendarAccount calendarAccount() {
        return new GoogleAccount(google());
    }

    /** The calendar of {@code kind}: where busy time is read and bookings go. */
    private CalendarSource calendarSource(CalendarKind kind) {
        return kind == CalendarKind.GOOGLE ? googleCalendar() : configuredCalendar();
    }

    private BookingGateway bookings(CalendarKind kind) {
        return kind == CalendarKind.GOOGLE ? new GoogleBookingGateway(google()) : localBookings();
    }

    private BusyPrefetcher prefetcher() {
        return settings.usesGoogle() ? googleCalendar() : BusyPrefetcher.NONE;
    }

    /** Calendars named on the command line: each must read cleanly, or the command fails naming it. */
    private CalendarSource calendarOf(List<String> filesOrAddresses, ZoneId floatingZone) {
        return CalendarSet.strict(filesOrAddresses, Path.of("").toAbsolutePath(), subscriptions(), floatingZone,
                env.clock());
    }

    private BookingGateway localBookings() {
        return new IcsBookingGateway(env.folder().localCalendar(), env.folder().invites(), env.clock());
    }

    // ---- use cases ----

    /** @param zone the rep's zone, asked at every use (with Google it is learned after start-up) */
    private ProposeSlots proposeSlots(CalendarSource calendar, Supplier<ZoneId> zone) {
        return new ProposeSlots(new AvailabilityReader(calendar, daysOff()), () -> slotRules().withRepZone(zone.get()),
                new SlotWording(wordingLocale()), env.clock());
    }

    /**
     * The locale slots are spoken in. The suggested lines exist in English only so far, so a rep in
     * another language gets English words with their own country's conventions (24-hour clock in
     * Germany, AM/PM in the US) rather than a sentence that switches language halfway.
     */
    private Locale wordingLocale() {
        Locale rep = settings.locale(env.locale());
        return rep.getLanguage().equals("en") ? rep : new Locale("en", rep.getCountry());
    }

    private BookNextStep booking(Supplier<ZoneId> zone, CalendarKind kind) {
        return new BookNextStep(historyPort(), new AvailabilityReader(calendarSource(kind), daysOff()), bookings(kind),
                () -> slotRules().withRepZone(zone.get()), () -> bookingProfile(kind), ids, env.clock());
    }

    /**
     * Booking while the rep's calendar cannot be reached: into the local calendar, with an .ics invite.
     * Its busy check reads the local calendar only, which is all there is offline.
     */
    private BookNextStep offlineBooking(Supplier<ZoneId> zone) {
        return booking(zone, CalendarKind.LOCAL);
    }

    /** The calendars of all-day events named as days off in the settings (holidays, leave; files or addresses). */
    private synchronized CalendarSet daysOff() {
        if (daysOff == null) {
            daysOff = CalendarSet.lenient(settings.calendar().daysOffCalendars(), env.folder().root(),
                    subscriptions(), repZone(), env.clock());
        }
        return daysOff;
    }

    /** The lines shown in each call, for the learning: kept in history.db with the calls they were shown in. */
    private PromptMemory promptMemory() {
        return historyPort();
    }

    /** The suggested lines: built-ins in the wording's language, plus the rep's phrases.txt. One per session. */
    public synchronized PromptLines promptLines() {
        if (promptLines == null) {
            PhraseFile repFile = new PhraseFile(env.folder().phrasesFile());
            promptLines = new PromptLines(BuiltInPhrases.forLocale(wordingLocale()), repFile::readIfChanged,
                    promptMemory(), historyPort(), new PromptEngine(new LineLearner(new SplittableRandom())),
                    env.clock());
        }
        return promptLines;
    }

    /** The lines that work best for this rep, for the history window. */
    public BestLines bestLines() {
        return new BestLines(promptMemory(), () -> promptLines().library());
    }

    private TrackCall calls() {
        return new TrackCall(historyPort(), ids, env.clock());
    }

    private SyncInvites syncInvites() {
        return new SyncInvites(historyPort(), inviteReplies(),
                this::replyDeadline, env.clock());
    }

    /** Google reports the prospect's replies; the local calendar cannot see them (they arrive by mail). */
    private InviteReplies inviteReplies() {
        return settings.usesGoogle() ? new GoogleInviteReplies(google()) : InviteReplies.NONE;
    }

    private ReconcileBookings reconcileBookings() {
        return new ReconcileBookings(historyPort(), bookings(configuredKind()), env.clock());
    }

    private ReplyDeadline replyDeadline() {
        return new ReplyDeadline(slotRules().repSchedule(), repZone());
    }

    /** The history's parts: review, prompt memory, import; all share the one lazily opened history.db. */
    public HistoryStore historyStore() {
        return historyPort();
    }

    public FillDemo fillDemo() {
        env.folder().ensureExists();
        return new FillDemo(historyPort(), new IcsDemoCalendar(env.folder().localCalendar(), env.clock()), this::repZone,
                env.clock());
    }

    public MarkNoNextStep markNoNextStep() {
        return new MarkNoNextStep(historyPort(), env.clock());
    }

    public EditCallNotes editCallNotes() {
        return new EditCallNotes(historyPort());
    }

    public NeedsAttention needsAttention() {
        return new NeedsAttention(historyPort(), this::replyDeadline, env.clock());
    }

    public CrmSummary crmSummary() {
        return new CrmSummary(historyPort(), this::repZone);
    }

    public ReviewHistory reviewHistory() {
        return new ReviewHistory(historyPort(), historyPort(), this::repZone, env.clock());
    }

    // ---- the command line ----

    /** The command line's context; with Google and no zone in the settings, the calendar's zone is asked first. */
    public CliContext cliContext() {
        learnGoogleZone();
        return new CommandLineContext();
    }

    private final class CommandLineContext implements CliContext {
        @Override
        public Clock clock() {
            return env.clock();
        }

        @Override
        public Settings settings() {
            return settings;
        }

        @Override
        public ZoneId systemZone() {
            return env.systemZone();
        }

        @Override
        public ZoneId repZone() {
            return CompositionRoot.this.repZone();
        }

        @Override
        public CalendarSource calendarOf(List<String> filesOrAddresses, ZoneId floatingZone) {
            return CompositionRoot.this.calendarOf(filesOrAddresses, floatingZone);
        }

        @Override
        public CalendarKind configuredKind() {
            return CompositionRoot.this.configuredKind();
        }

        @Override
        public CalendarSource calendar(CalendarKind kind) {
            return calendarSource(kind);
        }

        @Override
        public CalendarAccount account() {
            return calendarAccount();
        }

        @Override
        public CalendarDirectory googleCalendars() {
            return googleCalendar();
        }

        @Override
        public ProposeSlots proposeSlots(CalendarSource calendar, ZoneId zone) {
            return CompositionRoot.this.proposeSlots(calendar, () -> zone);
        }

        @Override
        public BookNextStep booking(ZoneId zone, CalendarKind kind) {
            return CompositionRoot.this.booking(() -> zone, kind);
        }

        @Override
        public TrackCall calls() {
            return CompositionRoot.this.calls();
        }

        @Override
        public CancelNextStep cancelling() {
            return new CancelNextStep(historyPort(), bookings(configuredKind()), env.clock());
        }

        @Override
        public ReviewHistory history() {
            return reviewHistory();
        }

        @Override
        public void onNotice(Consumer<String> listener) {
            CompositionRoot.this.onNotice(listener);
        }

        @Override
        public FillDemo demo() {
            return CompositionRoot.this.fillDemo();
        }

        @Override
        public List<Check> checkUp() {
            return new CheckUp(env.folder(), settingsProblem, historyPort(), calendarSource(configuredKind()), daysOff(),
                    calendarHealth(), settings.usesGoogle() ? Optional.of(calendarAccount()) : Optional.empty(),
                    CompositionRoot.this.repZone(), env.clock()).run();
        }

        @Override
        public SyncInvites syncInvites() {
            return CompositionRoot.this.syncInvites();
        }

        @Override
        public ReconcileBookings reconcile() {
            return reconcileBookings();
        }
    }

    // ---- the desktop ----

    /** The desktop's parts that tests drive: the panel's window and model, and the history window. */
    public record Desktop(PanelWindow panel, PanelViewModel panelModel, HistoryWindow history) {
    }

    /**
     * Builds the panel in {@code stage}. {@code uiThread} is how results get back to the UI thread
     * ({@code Platform::runLater} on the desktop).
     */
    public Desktop desktop(Stage stage, Executor uiThread) {
        return desktop(stage, uiThread, uri -> LOG.info("no browser to open; sign in at " + uri.getHost()));
    }

    /** @param openBrowser opens an address in the system browser, for signing in to Google */
    public Desktop desktop(Stage stage, Executor uiThread, Consumer<URI> openBrowser) {
        BackgroundTasks tasks = new ExecutorBackgroundTasks(workers(), uiThread);
        tasks.run(() -> {
            learnGoogleZone();
            return true;
        }, learned -> { }, failure -> LOG.log(Level.INFO, "the Google calendar's zone is not known yet", failure));
        PanelViewModel panelModel = panelModel(tasks, openBrowser);
        startRefreshingSubscriptions(() -> uiThread.execute(panelModel::calendarChanged));
        HistoryWindow historyWindow = new HistoryWindow(historyModel(tasks));
        PanelView view = new PanelView(panelModel, historyWindow::open);
        PanelWindow window = new PanelWindow(stage, view, settings.window(), geometry -> saveGeometry(geometry, tasks));
        onNotice(message -> uiThread.execute(() -> panelModel.showNotice(message)));
        settingsProblem.ifPresent(panelModel::showNotice);
        tasks.run(() -> reconcileBookings().reconcile(), settled -> settled.failed().forEach(step ->
                        panelModel.showNotice("A booking for " + step.time().start() + " was interrupted when "
                                + "NextCall last closed; it is not in your calendar. Book it again from the history.")),
                failure -> LOG.log(Level.WARNING, "could not reconcile pending bookings", failure));
        panelModel.open();
        return new Desktop(window, panelModel, historyWindow);
    }

    /** The panel's view model over the real use cases; tests pass an inline {@code tasks}. */
    public PanelViewModel panelModel(BackgroundTasks tasks) {
        return panelModel(tasks, uri -> LOG.info("open in a browser to sign in: " + uri.getHost()));
    }

    /**
     * @param openBrowser opens an address in the system browser (the desktop passes the Application's
     *                    HostServices; only sign-in uses it)
     */
    public PanelViewModel panelModel(BackgroundTasks tasks, Consumer<URI> openBrowser) {
        CalendarKind kind = configuredKind();
        CalendarSource calendar = calendarSource(kind);
        Supplier<ZoneId> zone = this::repZone;
        PanelServices.Booking booking = new PanelServices.Booking(booking(zone, kind), offlineBooking(zone),
                new CancelNextStep(historyPort(), bookings(kind), env.clock()),
                new CancelNextStep(historyPort(), localBookings(), env.clock()));
        PanelServices.Calendar calendars = new PanelServices.Calendar(
                new LookAtCalendar(calendar, calendarHealth(), () -> bookingProfile(kind).organizer().email(),
                        env.clock()),
                proposeSlots(calendar, zone), prefetcher(), subscriptions(), syncInvites(),
                settings.usesGoogle() ? Optional.of(calendarAccount()) : Optional.empty(), openBrowser);
        PanelServices services = new PanelServices(calls(), reviewHistory(), promptLines(), booking, calendars);
        return new PanelViewModel(services, tasks, env.clock(), this::callPreferences);
    }

    /** The review window's view model; "book now" books like the panel, into the configured calendar. */
    public HistoryViewModel historyModel(BackgroundTasks tasks) {
        CalendarKind kind = configuredKind();
        Supplier<ZoneId> zone = this::repZone;
        HistoryServices services = new HistoryServices(reviewHistory(), needsAttention(), markNoNextStep(),
                editCallNotes(), crmSummary(), bestLines(), proposeSlots(calendarSource(kind), zone),
                booking(zone, kind), id -> promptLines().library().find(id).map(Phrase::template)
                        .orElse("(no longer in your lines)"));
        return new HistoryViewModel(services, tasks, env.clock(), zone);
    }

    /**
     * Refreshes subscribed calendars once a minute on a thread of its own (a slow feed may take up to
     * its timeout, and must not hold up the workers the panel waits on), and tells the panel when one
     * changed.
     */
    private void startRefreshingSubscriptions(Runnable changed) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "nextcall-subscriptions");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (subscriptions().refreshDue()) {
                    changed.run();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not refresh the subscribed calendars", e);
            }
        }, 0, 1, TimeUnit.MINUTES);
        refreshTimer = timer;
    }

    private CallPreferences callPreferences() {
        Settings s = settings;
        return new CallPreferences(s.phaseRules(), s.defaultCallLength(), repZone(),
                Duration.ofMinutes(s.availability().minimumNoticeMinutes()), s.availability().horizonDays(),
                s.calls().cueSound());
    }

    private void saveGeometry(Settings.Window geometry, BackgroundTasks tasks) {
        Settings changed = settings.withWindow(geometry);
        settings = changed;
        tasks.run(() -> {
            settingsStore.save(changed);
            return changed;
        }, saved -> { }, failure -> LOG.log(Level.WARNING, "could not save the window position", failure));
    }

    private synchronized ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(2, new WorkerThreads());
        }
        return workers;
    }

    private void onNotice(Consumer<String> listener) {
        noticeListeners.add(listener);
    }

    private void notice(String message) {
        LOG.warning(message);
        noticeListeners.forEach(l -> l.accept(message));
    }

    /** Finishes queued work (such as saving the window position), then closes the database. */
    @Override
    public void close() {
        if (refreshTimer != null) {
            refreshTimer.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("background work did not finish within 5 s at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    /** Named daemon threads, so a stuck task never keeps the app alive after the window closes. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "nextcall-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
