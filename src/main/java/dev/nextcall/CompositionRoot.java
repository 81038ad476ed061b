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
import dev.nextcall.app.DemoData;
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
import dev.nextcall.app.demo.TryDemo;
import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BusyPrefetcher;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.app.port.HistoryStore;
import dev.nextcall.app.port.InviteReplies;
import dev.nextcall.app.port.PromptMemory;
import dev.nextcall.cli.CliContext;
import dev.nextcall.cli.CliContext.Check;
import dev.nextcall.config.BuiltInPhrases;
import dev.nextcall.config.PhraseFile;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.prompt.Phrase;
import dev.nextcall.domain.history.ReplyDeadline;
import dev.nextcall.domain.prompt.LineLearner;
import dev.nextcall.domain.prompt.Phrase;
import dev.nextcall.domain.prompt.PromptEngine;
import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.SlotWording;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.ExecutorBackgroundTasks;
import dev.nextcall.ui.common.StartupGate;
import dev.nextcall.ui.history.HistoryServices;
import dev.nextcall.ui.history.HistoryViewModel;
import dev.nextcall.ui.panel.CallPreferences;
import dev.nextcall.ui.panel.PanelServices;
import dev.nextcall.ui.panel.PanelState;
import dev.nextcall.ui.panel.PanelView;
import dev.nextcall.ui.panel.PanelViewModel;
import dev.nextcall.ui.shell.FirstFrame;
import dev.nextcall.ui.shell.HistoryWindow;
import dev.nextcall.ui.shell.PanelWindow;
import dev.nextcall.ui.shell.SettingsWindow;
import dev.nextcall.ui.shell.Themes;
import dev.nextcall.ui.shell.WelcomeWindow;
import dev.nextcall.ui.settings.SettingsViewModel;
import dev.nextcall.ui.welcome.WelcomeViewModel;
import java.net.URI;
import java.nio.file.Files;
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
    private final boolean firstRun;
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
    private volatile StartupGate startupGate;
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
        this.firstRun = Files.notExists(env.folder().settingsFile());
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
        return kind == CalendarKind.GOOGLE ? googleCalendar() : localCalendarNow;
    }

    /**
     * The local calendar set as the settings name it at each use: the use cases hold this, not the set,
     * so that files added or removed in the settings window count from the next look.
     */
    private final CalendarSource localCalendarNow = new CalendarSource() {
        @Override
        public List<Interval> busy(Interval window) {
            return configuredCalendar().busy(window);
        }

        @Override
        public List<CalendarEvent> events(Interval window) {
            return configuredCalendar().events(window);
        }
    };

    /** The days-off calendars as the settings name them at each use. */
    private final DaysOffSource daysOffNow = (from, to) -> daysOff().daysOff(from, to);

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
        return new ProposeSlots(new AvailabilityReader(calendar, daysOffNow), () -> slotRules().withRepZone(zone.get()),
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
        return new BookNextStep(historyPort(), new AvailabilityReader(calendarSource(kind), daysOffNow), bookings(kind),
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

    /** The welcome's "Try with demo data"; the history and calendar are opened only when the rep asks. */
    private DemoData demoData() {
        return () -> new TryDemo(fillDemo()).fill();
    }

    public FillDemo fillDemo() {
        env.folder().ensureExists();
        return new FillDemo(historyPort(), new IcsDemoCalendar(env.folder().localCalendar(), env.clock()), this::repZone,
                env.clock(), () -> promptLines().library().phrases().stream().map(Phrase::id).toList());
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

    /**
     * The desktop's parts that tests drive: the panel's window and its current model (a new one after
     * the rep switches calendars), the history and settings windows, and the first run's welcome (its
     * window opens after the panel's first frame; empty when settings.json existed at start).
     */
    public static final class Desktop {
        private final PanelWindow panel;
        private final LivePanel live;
        private final HistoryWindow history;
        private final SettingsWindow settings;
        private final Optional<WelcomeViewModel> welcome;
        private final Themes themes;

        private Desktop(PanelWindow panel, LivePanel live, HistoryWindow history, SettingsWindow settings,
                        Optional<WelcomeViewModel> welcome, Themes themes) {
            this.themes = themes;
            this.panel = panel;
            this.live = live;
            this.history = history;
            this.settings = settings;
            this.welcome = welcome;
        }

        public PanelWindow panel() {
            return panel;
        }

        public PanelViewModel panelModel() {
            return live.model;
        }

        public HistoryWindow history() {
            return history;
        }

        public SettingsWindow settings() {
            return settings;
        }

        /** The light/dark palette on the app's windows. */
        public Themes themes() {
            return themes;
        }

        public Optional<WelcomeViewModel> welcome() {
            return welcome;
        }
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
        return desktop(stage, prepareDesktop(uiThread, openBrowser));
    }

    /**
     * The desktop's models, made before there is a window: the launcher builds them on a thread of its
     * own while the JavaFX toolkit starts (no node is made here, and no task runs before the first frame).
     */
    public final class PreparedDesktop {
        private final Executor uiThread;
        private final Consumer<URI> openBrowser;
        private final StartupGate afterFirstFrame;
        private final BackgroundTasks tasks;
        private final HistoryWindow historyWindow;
        private final LivePanel live;
        private final SettingsWindow settingsWindow;
        private final Optional<WelcomeViewModel> welcome;
        private final Themes themes;

        private PreparedDesktop(Executor uiThread, Consumer<URI> openBrowser) {
            this.uiThread = uiThread;
            this.openBrowser = openBrowser;
            // Nothing blocking starts before the panel's first frame is out (see benchmarks.md, start-up):
            // the history database, the calendars and Google are all opened by tasks held until then.
            afterFirstFrame = new StartupGate(workers());
            startupGate = afterFirstFrame;
            tasks = new ExecutorBackgroundTasks(afterFirstFrame, uiThread);
            tasks.run(() -> {
                learnGoogleZone();
                return true;
            }, learned -> { }, failure -> LOG.log(Level.INFO, "the Google calendar's zone is not known yet", failure));
            historyWindow = new HistoryWindow(historyModel(tasks));
            live = new LivePanel(tasks, openBrowser, historyWindow);
            themes = new Themes(settings.appearance().theme(), System.getenv());
            settingsWindow = new SettingsWindow(() -> settingsModel(tasks, openBrowser,
                    applied -> uiThread.execute(() -> {
                        live.settingsChanged();
                        themes.use(applied.appearance().theme());
                    })), this::openFolder);
            live.openSettings = settingsWindow::open;
            live.buildModel();
            welcome = firstRun
                    ? Optional.of(welcomeModel(tasks, openBrowser, () -> uiThread.execute(live::settingsChanged)))
                    : Optional.empty();
        }

        private void openFolder(java.nio.file.Path folder) {
            openBrowser.accept(folder.toUri());
        }
    }

    /**
     * Makes the desktop's models (see {@link PreparedDesktop}); any thread.
     *
     * @param uiThread    how results get back to the UI thread ({@code Platform::runLater} on the desktop)
     * @param openBrowser opens an address in the system browser, for signing in to Google
     */
    public PreparedDesktop prepareDesktop(Executor uiThread, Consumer<URI> openBrowser) {
        return new PreparedDesktop(uiThread, openBrowser);
    }

    /** Builds the panel in {@code stage} over models made by {@link #prepareDesktop}; on the FX thread. */
    public Desktop desktop(Stage stage, PreparedDesktop prepared) {
        Executor uiThread = prepared.uiThread;
        BackgroundTasks tasks = prepared.tasks;
        LivePanel live = prepared.live;
        PanelViewModel panelModel = live.model;
        live.buildView();
        prepared.afterFirstFrame.execute(() -> startRefreshingSubscriptions(() -> uiThread.execute(live::calendarChanged)));
        PanelWindow window = new PanelWindow(stage, live.view, settings.window(), geometry -> saveGeometry(geometry, tasks));
        live.window = window;
        prepared.themes.follow(stage.getScene());
        onNotice(message -> uiThread.execute(() -> live.model.showNotice(message)));
        settingsProblem.ifPresent(panelModel::showNotice);
        tasks.run(() -> reconcileBookings().reconcile(), settled -> settled.failed().forEach(step ->
                        live.model.showNotice("A booking for " + step.time().start() + " was interrupted when "
                                + "NextCall last closed; it is not in your calendar. Book it again from the history.")),
                failure -> LOG.log(Level.WARNING, "could not reconcile pending bookings", failure));
        panelModel.open();
        FirstFrame.after(stage, uiThread, () -> {
            prepared.afterFirstFrame.open();
            window.showIcons();
            prepared.themes.followAllWindows();
            // The welcome opens beside the panel once the panel is up: it is not what the rep waits for.
            prepared.welcome.ifPresent(model -> new WelcomeWindow(model, stage, prepared::openFolder).show());
        });
        return new Desktop(window, live, prepared.historyWindow, prepared.settingsWindow, prepared.welcome,
                prepared.themes);
    }

    /**
     * The panel over the calendar the settings choose. When the rep switches between the local calendar
     * and Google (settings window, or the welcome's sign-in), the panel is rebuilt over the other one as
     * soon as it is idle; a call in progress finishes on the calendar it started with. UI thread only.
     */
    private final class LivePanel {
        private final BackgroundTasks tasks;
        private final Consumer<URI> openBrowser;
        private final HistoryWindow historyWindow;
        private Runnable openSettings;
        private PanelWindow window;
        private PanelViewModel model;
        private PanelView view;
        private CalendarKind kind;
        private boolean switchWaiting;

        LivePanel(BackgroundTasks tasks, Consumer<URI> openBrowser, HistoryWindow historyWindow) {
            this.tasks = tasks;
            this.openBrowser = openBrowser;
            this.historyWindow = historyWindow;
        }

        /** The model over the calendar the settings choose now; any thread. */
        void buildModel() {
            kind = configuredKind();
            model = panelModel(tasks, openBrowser);
        }

        /** The view over the model; FX thread. */
        void buildView() {
            view = new PanelView(model, historyWindow::open, openSettings);
        }

        void calendarChanged() {
            model.calendarChanged();
        }

        /** New settings were saved: look again, or switch calendars when the source changed. */
        void settingsChanged() {
            if (configuredKind() == kind) {
                model.calendarChanged();
            } else if (model.getState() == PanelState.IDLE) {
                switchCalendar();
            } else if (!switchWaiting) {
                switchWaiting = true;
                PanelViewModel inCall = model;
                inCall.stateProperty().addListener(new javafx.beans.value.ChangeListener<PanelState>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends PanelState> state,
                                        PanelState was, PanelState now) {
                        if (now == PanelState.IDLE) {
                            inCall.stateProperty().removeListener(this);
                            switchWaiting = false;
                            settingsChanged();
                        }
                    }
                });
            }
        }

        private void switchCalendar() {
            buildModel();
            buildView();
            window.replaceView(view);
            model.open();
        }
    }

    /** True when the data folder had no settings.json at start: the desktop shows the welcome. */
    public boolean isFirstRun() {
        return firstRun;
    }

    /**
     * The first-run welcome's model. Starting writes settings.json (so the welcome shows once), with
     * Google as the calendar when the rep signed in to it.
     */
    public WelcomeViewModel welcomeModel(BackgroundTasks tasks, Consumer<URI> openBrowser, Runnable demoAdded) {
        WelcomeViewModel.Finish finish = google -> {
            Settings current = settings;
            Settings.Calendar c = current.calendar();
            apply(google ? current.withEdits(current.rep(), current.availability(),
                    new Settings.Calendar("google", c.icsFiles(), c.daysOffCalendars(), c.googleCalendars()),
                    current.appearance()) : current);
        };
        return new WelcomeViewModel(new WelcomeViewModel.Services(demoData(), this::calendarAccount, openBrowser,
                env.folder().google().resolve("client_secret.json"), finish, demoAdded), tasks);
    }

    /**
     * The settings window's model over the current settings; a save is written atomically and then
     * used at once (see {@link #apply}), after which {@code applied} is told.
     */
    public SettingsViewModel settingsModel(BackgroundTasks tasks, Consumer<URI> openBrowser,
                                           Consumer<Settings> applied) {
        SettingsViewModel.Saver saver = edited -> {
            apply(edited);
            applied.accept(settings);
        };
        return new SettingsViewModel(settings, new SettingsViewModel.Services(saver, calendarAccount(),
                googleCalendar(), openBrowser, env.folder().phrasesFile(), env.systemZone()), tasks);
    }

    /**
     * Saves {@code edited} (keeping the window's place, which the panel saves on its own) and makes the
     * running app use it: rules, hours and meeting link are read from {@link #settings} at every use;
     * the calendar sets are rebuilt at their next use, so added or removed files and addresses count at
     * once. A switch between the local calendar and Google rebuilds the panel (see {@link LivePanel}).
     */
    private void apply(Settings edited) throws java.io.IOException {
        Settings merged;
        synchronized (this) {
            merged = edited.withWindow(settings.window());
            settingsStore.save(merged);
            settings = merged;
            configuredCalendar = null;
            daysOff = null;
        }
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
        if (startupGate != null) {
            startupGate.open(); // closed before the first frame: still save what was queued
        }
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
