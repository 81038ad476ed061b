package dev.nextcall.ui.settings;

import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.config.Settings;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import dev.nextcall.ui.common.SignInWords;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings window's state and commands. Every field is checked as the rep types, with a message
 * next to it; Save is enabled only while everything is valid, and writes through {@link Saver} on a
 * background thread (atomically; the running app then uses the new rules).
 */
public final class SettingsViewModel {

    /** Writes the settings and makes the running app use them. Blocks: it runs on a background thread. */
    @FunctionalInterface
    public interface Saver {
        void save(Settings settings) throws Exception;
    }

    /**
     * What the settings window needs from the rest of the app.
     *
     * @param account     the Google account (sign in and out)
     * @param directory   the Google calendars to choose from
     * @param openBrowser opens the sign-in page in the system browser
     * @param phrasesFile the rep's own suggested lines, shown with a way to open its folder
     */
    public record Services(Saver saver, CalendarAccount account, CalendarDirectory directory,
                           Consumer<java.net.URI> openBrowser, Path phrasesFile, ZoneId systemZone) {
        public Services {
            Objects.requireNonNull(saver, "saver");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(openBrowser, "openBrowser");
            Objects.requireNonNull(phrasesFile, "phrasesFile");
            Objects.requireNonNull(systemZone, "systemZone");
        }
    }

    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    private final Services services;
    private final BackgroundTasks tasks;
    private Settings original;
    private final String runningSource;

    private final StringProperty source = new SimpleStringProperty();
    private final ObservableList<String> icsSources = FXCollections.observableArrayList();
    private final StringProperty newIcsSource = new SimpleStringProperty("");
    private final StringProperty newIcsSourceError = new SimpleStringProperty("");
    private final Map<DayOfWeek, HoursField> repHours = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, HoursField> prospectHours = new EnumMap<>(DayOfWeek.class);
    private final NumberField meetingMinutes;
    private final NumberField stepMinutes;
    private final NumberField bufferBefore;
    private final NumberField bufferAfter;
    private final NumberField noticeMinutes;
    private final NumberField horizonDays;
    private final NumberField dailyCap;
    private final StringProperty meetingLink = new SimpleStringProperty("");
    private final StringProperty meetingLinkError = new SimpleStringProperty("");
    private final StringProperty repName = new SimpleStringProperty("");
    private final StringProperty repEmail = new SimpleStringProperty("");
    private final StringProperty repEmailError = new SimpleStringProperty("");
    private final StringProperty theme = new SimpleStringProperty();

    private final StringProperty accountStatus = new SimpleStringProperty("");
    private final BooleanProperty signedIn = new SimpleBooleanProperty(false);
    private final ObservableList<CalendarChoice> googleCalendars = FXCollections.observableArrayList();
    private boolean googleCalendarsLoaded;
    private volatile boolean signInCancelled;

    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanBinding valid;
    private final BooleanBinding canSave;

    public SettingsViewModel(Settings current, Services services, BackgroundTasks tasks) {
        this.services = services;
        this.tasks = tasks;
        this.original = current;
        this.runningSource = current.calendar().source();
        Settings.Availability a = current.availability();
        source.set(runningSource);
        icsSources.setAll(current.calendar().icsFiles());
        for (DayOfWeek day : DayOfWeek.values()) {
            repHours.put(day, new HoursField(a.repHours().getOrDefault(key(day), List.of())));
            prospectHours.put(day, new HoursField(a.prospectHours().getOrDefault(key(day), List.of())));
        }
        meetingMinutes = new NumberField(a.meetingMinutes(), 5, 480, "minutes");
        stepMinutes = new NumberField(a.stepMinutes(), 5, 240, "minutes");
        bufferBefore = new NumberField(a.bufferBeforeMinutes(), 0, 240, "minutes");
        bufferAfter = new NumberField(a.bufferAfterMinutes(), 0, 240, "minutes");
        noticeMinutes = new NumberField(a.minimumNoticeMinutes(), 0, 10_080, "minutes");
        horizonDays = new NumberField(a.horizonDays(), 1, 365, "days");
        dailyCap = new NumberField(a.dailyMeetingCap(), 0, 50, "meetings a day (0: no limit)");
        meetingLink.addListener((obs, was, now) -> meetingLinkError.set(FieldChecks.meetingLink(now)));
        meetingLink.set(a.meetingLink());
        repEmail.addListener((obs, was, now) -> repEmailError.set(FieldChecks.email(now)));
        repName.set(current.rep().name());
        repEmail.set(current.rep().email());
        theme.set(current.appearance().theme());
        valid = Bindings.createBooleanBinding(this::allValid, errorProperties());
        canSave = valid.and(working.not());
    }

    // ---- calendar source ----

    /** "local" or "google". */
    public StringProperty sourceProperty() {
        return source;
    }

    /** Said next to the choice when it differs from the calendar the panel is using now. */
    public ReadOnlyStringProperty sourceNoteProperty() {
        StringProperty note = new SimpleStringProperty();
        note.bind(Bindings.createStringBinding(() -> source.get().equals(runningSource) ? ""
                : "The panel switches to this calendar when you save (after a call in progress ends).", source));
        return note;
    }

    /** Extra .ics files and subscription addresses whose meetings count as busy. */
    public ObservableList<String> icsSources() {
        return icsSources;
    }

    /** A file or address being typed, before {@link #addIcsSource()}. */
    public StringProperty newIcsSourceProperty() {
        return newIcsSource;
    }

    public ReadOnlyStringProperty newIcsSourceErrorProperty() {
        return newIcsSourceError;
    }

    /** Adds the typed file or address, if it is one. */
    public void addIcsSource() {
        String typed = newIcsSource.get() == null ? "" : newIcsSource.get().strip();
        String problem = FieldChecks.icsSource(typed);
        newIcsSourceError.set(problem);
        if (!problem.isEmpty()) {
            return;
        }
        if (!icsSources.contains(typed)) {
            icsSources.add(typed);
        }
        newIcsSource.set("");
    }

    /** Adds a file picked in a file chooser. */
    public void addIcsFile(Path file) {
        newIcsSource.set(file.toAbsolutePath().toString());
        addIcsSource();
    }

    public void removeIcsSource(String entry) {
        icsSources.remove(entry);
    }

    // ---- Google ----

    public ReadOnlyStringProperty accountStatusProperty() {
        return accountStatus;
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn;
    }

    /** The rep's Google calendars once loaded; ticked ones count as busy. */
    public ObservableList<CalendarChoice> googleCalendars() {
        return googleCalendars;
    }

    /** Reads the account's state (local, cheap) and, when signed in, the list of calendars. */
    public void refreshAccount() {
        tasks.run(services.account()::status, this::showStatus, this::failed);
    }

    /** Signs in to Google in the system browser; waits up to five minutes for the rep to come back. */
    public void signIn() {
        signInCancelled = false;
        working.set(true);
        status.set("Sign in in your browser; NextCall waits for Google's answer.");
        tasks.run(() -> services.account().signIn(services.openBrowser(), SIGN_IN_TIMEOUT, () -> signInCancelled),
                result -> {
                    working.set(false);
                    status.set(SignInWords.of(result, "Signed in."));
                    if (result instanceof CalendarAccount.SignInResult.SignedIn) {
                        source.set("google");
                        refreshAccount();
                    }
                }, this::failed);
    }

    public void cancelSignIn() {
        signInCancelled = true;
    }

    /** Forgets the Google sign-in on this machine; saving then switches the panel to the local calendar. */
    public void signOut() {
        working.set(true);
        tasks.run(services.account()::signOut, result -> {
            working.set(false);
            status.set(result.note());
            googleCalendars.clear();
            googleCalendarsLoaded = false;
            source.set("local");
            refreshAccount();
        }, this::failed);
    }

    private void showStatus(CalendarAccount.Status state) {
        signedIn.set(state instanceof CalendarAccount.Status.SignedIn);
        if (state instanceof CalendarAccount.Status.SignedIn in) {
            accountStatus.set(in.email().isEmpty() ? "Signed in to Google." : "Signed in as " + in.email() + ".");
            loadCalendars();
        } else if (state instanceof CalendarAccount.Status.SignedOut out) {
            accountStatus.set("Not signed in. " + out.hint());
        } else if (state instanceof CalendarAccount.Status.NeedsSignIn again) {
            accountStatus.set("Sign in again: " + again.reason());
        }
    }

    private void loadCalendars() {
        tasks.run(services.directory()::calendars, list -> {
            List<String> chosen = original.calendar().googleCalendars();
            googleCalendars.setAll(list.stream().map(c -> CalendarChoice.of(c.id(), c.name(), c.primary(),
                    c.problem(), chosen.isEmpty() ? c.primary() : chosen.contains(c.id()))).toList());
            googleCalendarsLoaded = true;
        }, failure -> status.set("Could not list your Google calendars: " + Messages.plain(failure)));
    }

    // ---- hours and rules ----

    public HoursField repHours(DayOfWeek day) {
        return repHours.get(day);
    }

    public HoursField prospectHours(DayOfWeek day) {
        return prospectHours.get(day);
    }

    public NumberField meetingMinutes() {
        return meetingMinutes;
    }

    public NumberField stepMinutes() {
        return stepMinutes;
    }

    public NumberField bufferBefore() {
        return bufferBefore;
    }

    public NumberField bufferAfter() {
        return bufferAfter;
    }

    public NumberField noticeMinutes() {
        return noticeMinutes;
    }

    public NumberField horizonDays() {
        return horizonDays;
    }

    public NumberField dailyCap() {
        return dailyCap;
    }

    public StringProperty meetingLinkProperty() {
        return meetingLink;
    }

    public ReadOnlyStringProperty meetingLinkErrorProperty() {
        return meetingLinkError;
    }

    public StringProperty repNameProperty() {
        return repName;
    }

    public StringProperty repEmailProperty() {
        return repEmail;
    }

    public ReadOnlyStringProperty repEmailErrorProperty() {
        return repEmailError;
    }

    /** "system", "light" or "dark"; stored now, used by the theming to come. */
    public StringProperty themeProperty() {
        return theme;
    }

    public Path phrasesFile() {
        return services.phrasesFile();
    }

    // ---- saving ----

    /** The last thing said: saved, what failed, what to do. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True while every field is valid. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Save is enabled while everything is valid and nothing is being saved. */
    public BooleanBinding canSave() {
        return canSave;
    }

    /** Writes the settings (atomically, in the background); the running app then uses them. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Settings edited = edited();
        List<String> problems = edited.validate(services.systemZone());
        if (!problems.isEmpty()) {
            status.set("Not saved: " + String.join("; ", problems));
            return;
        }
        working.set(true);
        status.set("Saving…");
        tasks.run(() -> {
            services.saver().save(edited);
            return edited;
        }, saved -> {
            working.set(false);
            original = saved;
            status.set("Saved. New times follow these rules from now on.");
        }, failure -> {
            working.set(false);
            status.set("Could not save: " + Messages.plain(failure) + ". Nothing was changed.");
        });
    }

    /** The settings as edited; the parts the window does not show are kept as they were. */
    Settings edited() {
        Settings.Availability a = original.availability();
        Settings.Availability availability = new Settings.Availability(hours(repHours), hours(prospectHours),
                meetingMinutes.value(), stepMinutes.value(), bufferBefore.value(), bufferAfter.value(),
                noticeMinutes.value(), horizonDays.value(), a.proposals(), meetingLink.get(), a.breaks(),
                a.dateOverrides(), dailyCap.value(), a.comfortMarginMinutes());
        Settings.Calendar c = original.calendar();
        List<String> busyCalendars = googleCalendarsLoaded
                ? googleCalendars.stream().filter(choice -> choice.busy().get()).map(CalendarChoice::id).toList()
                : c.googleCalendars();
        Settings.Calendar calendar = new Settings.Calendar(source.get(), List.copyOf(icsSources),
                c.daysOffCalendars(), busyCalendars);
        Settings.Rep rep = new Settings.Rep(repName.get(), repEmail.get(), original.rep().zone(),
                original.rep().locale());
        return original.withEdits(rep, availability, calendar, new Settings.Appearance(theme.get()));
    }

    private static Map<String, List<String>> hours(Map<DayOfWeek, HoursField> fields) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        fields.forEach((day, field) -> {
            if (!field.ranges().isEmpty()) {
                map.put(key(day), field.ranges());
            }
        });
        return map;
    }

    private boolean allValid() {
        return Stream.of(errorProperties()).allMatch(error -> ((ReadOnlyStringProperty) error).get().isEmpty());
    }

    private Observable[] errorProperties() {
        List<Observable> errors = new ArrayList<>();
        repHours.values().forEach(f -> errors.add(f.errorProperty()));
        prospectHours.values().forEach(f -> errors.add(f.errorProperty()));
        Stream.of(meetingMinutes, stepMinutes, bufferBefore, bufferAfter, noticeMinutes, horizonDays, dailyCap)
                .forEach(f -> errors.add(f.errorProperty()));
        errors.add(meetingLinkError);
        errors.add(repEmailError);
        return errors.toArray(Observable[]::new);
    }

    private static String key(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private void failed(Throwable failure) {
        working.set(false);
        status.set(Messages.plain(failure));
    }
}
