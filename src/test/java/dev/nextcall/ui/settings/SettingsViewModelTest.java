package dev.nextcall.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import dev.nextcall.testing.InlineBackgroundTasks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings window's model without a window: inline background work, a real settings file. */
class SettingsViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private final FakeAccount account = new FakeAccount();

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("settings.json"), BERLIN);
    }

    private SettingsViewModel model(Settings settings) {
        SettingsViewModel.Services services = new SettingsViewModel.Services(store()::save, account, account,
                uri -> { }, folder.resolve("phrases.txt"), BERLIN);
        return new SettingsViewModel(settings, services, new InlineBackgroundTasks());
    }

    @Test
    void showsTheCurrentSettingsAndSavesThemUnchanged() throws IOException {
        SettingsViewModel model = model(Settings.defaults());
        assertThat(model.repHours(DayOfWeek.MONDAY).textProperty().get()).isEqualTo("09:00-17:00");
        assertThat(model.repHours(DayOfWeek.SATURDAY).textProperty().get()).isEmpty();
        assertThat(model.meetingMinutes().textProperty().get()).isEqualTo("30");
        assertThat(model.canSave().get()).isTrue();

        model.save();

        assertThat(store().load().settings()).isEqualTo(Settings.defaults());
        assertThat(model.statusProperty().get()).startsWith("Saved.");
    }

    @Test
    void eachFieldSaysWhatIsWrongAndSaveWaitsUntilAllAreFixed() {
        SettingsViewModel model = model(Settings.defaults());

        model.repHours(DayOfWeek.TUESDAY).textProperty().set("17:00-09:00");
        model.bufferBefore().textProperty().set("300");
        model.horizonDays().textProperty().set("two weeks");
        model.meetingLinkProperty().set("zoom.us/j/1");
        model.repEmailProperty().set("ana.example.com");

        assertThat(model.repHours(DayOfWeek.TUESDAY).errorProperty().get())
                .isEqualTo("End must be after start (17:00-09:00)");
        assertThat(model.bufferBefore().errorProperty().get()).isEqualTo("Enter minutes between 0 and 240");
        assertThat(model.horizonDays().errorProperty().get()).isEqualTo("Enter days between 1 and 365");
        assertThat(model.meetingLinkErrorProperty().get()).startsWith("Enter a web address starting with https://");
        assertThat(model.repEmailErrorProperty().get()).startsWith("Enter an e-mail address");
        assertThat(model.canSave().get()).isFalse();
        model.save();
        assertThat(Files.exists(folder.resolve("settings.json"))).as("nothing saved while invalid").isFalse();

        model.repHours(DayOfWeek.TUESDAY).textProperty().set("9:00-12:00, 13:00-17:30");
        model.bufferBefore().textProperty().set("10");
        model.horizonDays().textProperty().set("21");
        model.meetingLinkProperty().set("https://zoom.us/j/1");
        model.repEmailProperty().set("ana@example.com");
        assertThat(model.canSave().get()).isTrue();
    }

    @Test
    void overlappingOrMalformedHoursAreNamed() {
        SettingsViewModel model = model(Settings.defaults());
        HoursField friday = model.repHours(DayOfWeek.FRIDAY);

        friday.textProperty().set("09:00-13:00, 12:00-17:00");
        assertThat(friday.errorProperty().get()).isEqualTo("Ranges must not overlap and go in order of the day");
        friday.textProperty().set("nine to five");
        assertThat(friday.errorProperty().get()).startsWith("Write hours like 09:00-17:00");
        friday.textProperty().set("09:00-25:00");
        assertThat(friday.errorProperty().get()).isEqualTo("'09:00-25:00' is not a time range like 09:00-17:00");
        friday.textProperty().set("");
        assertThat(friday.isValid()).as("empty is a day off").isTrue();
    }

    @Test
    void savedEditsAreWhatTheStoreReadsBack() {
        SettingsViewModel model = model(Settings.defaults());
        model.repHours(DayOfWeek.SATURDAY).textProperty().set("10:00-12:00");
        model.repHours(DayOfWeek.FRIDAY).textProperty().set("");
        model.prospectHours(DayOfWeek.MONDAY).textProperty().set("08:00-12:00, 13:00-18:00");
        model.meetingMinutes().textProperty().set("45");
        model.stepMinutes().textProperty().set("15");
        model.bufferAfter().textProperty().set("10");
        model.noticeMinutes().textProperty().set("240");
        model.dailyCap().textProperty().set("4");
        model.themeProperty().set("dark");
        model.newIcsSourceProperty().set("webcal://example.com/team.ics");
        model.addIcsSource();
        model.newIcsSourceProperty().set("notes.txt");
        model.addIcsSource();
        assertThat(model.newIcsSourceErrorProperty().get()).contains(".ics");

        model.save();

        Settings saved = store().load().settings();
        Settings.Availability a = saved.availability();
        assertThat(a.repHours()).containsEntry("saturday", List.of("10:00-12:00")).doesNotContainKey("friday");
        assertThat(a.prospectHours()).containsEntry("monday", List.of("08:00-12:00", "13:00-18:00"));
        assertThat(List.of(a.meetingMinutes(), a.stepMinutes(), a.bufferAfterMinutes(), a.minimumNoticeMinutes(),
                a.dailyMeetingCap())).containsExactly(45, 15, 10, 240, 4);
        assertThat(saved.appearance().theme()).isEqualTo("dark");
        assertThat(saved.calendar().icsFiles()).containsExactly("webcal://example.com/team.ics");
        assertThat(saved.window()).isEqualTo(Settings.defaults().window());
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheEdits() {
        SettingsViewModel.Services failing = new SettingsViewModel.Services(settings -> {
            throw new IOException("disk full");
        }, account, account, uri -> { }, folder.resolve("phrases.txt"), BERLIN);
        SettingsViewModel model = new SettingsViewModel(Settings.defaults(), failing, new InlineBackgroundTasks());
        model.meetingMinutes().textProperty().set("60");

        model.save();

        assertThat(model.statusProperty().get()).isEqualTo("Could not save: disk full. Nothing was changed.");
        assertThat(model.meetingMinutes().textProperty().get()).isEqualTo("60");
        assertThat(model.canSave().get()).isTrue();
    }

    @Test
    void googleSignInListsTheCalendarsAndTheTickedOnesAreSavedAsBusy() {
        SettingsViewModel model = model(Settings.defaults());
        model.refreshAccount();
        assertThat(model.signedInProperty().get()).isFalse();
        assertThat(model.accountStatusProperty().get()).contains("client_secret.json");

        model.signIn();

        assertThat(model.signedInProperty().get()).isTrue();
        assertThat(model.sourceProperty().get()).isEqualTo("google");
        assertThat(model.sourceNoteProperty().get()).contains("when you save");
        assertThat(model.googleCalendars()).extracting(CalendarChoice::label)
                .containsExactly("ana@example.com (main)", "Team", "Old — not found");
        assertThat(model.googleCalendars()).extracting(choice -> choice.busy().get()).containsExactly(true, false, false);
        model.googleCalendars().get(1).busy().set(true);

        model.save();

        Settings saved = store().load().settings();
        assertThat(saved.calendar().source()).isEqualTo("google");
        assertThat(saved.calendar().googleCalendars()).containsExactly("ana@example.com", "team-id");
    }

    /** Google's account and calendars as the port gives them: signed out until {@code signIn}. */
    private static final class FakeAccount implements CalendarAccount, CalendarDirectory {
        private boolean signedIn;

        @Override
        public Status status() {
            return signedIn ? new Status.SignedIn("ana@example.com", List.of())
                    : new Status.SignedOut("Put your OAuth client file at google/client_secret.json, then sign in.");
        }

        @Override
        public SignInResult signIn(Consumer<URI> openBrowser, Duration timeout, BooleanSupplier cancelled) {
            signedIn = true;
            return new SignInResult.SignedIn("ana@example.com", List.of());
        }

        @Override
        public SignOutResult signOut() {
            signedIn = false;
            return new SignOutResult(true, true, "Signed out.");
        }

        @Override
        public List<CalendarInfo> calendars() {
            return new ArrayList<>(List.of(
                    new CalendarInfo("ana@example.com", "ana@example.com", true, Optional.of(BERLIN), true, ""),
                    new CalendarInfo("team-id", "Team", false, Optional.empty(), false, ""),
                    new CalendarInfo("old-id", "Old", false, Optional.empty(), false, "not found")));
        }

        @Override
        public Optional<ZoneId> repZone() {
            return Optional.of(BERLIN);
        }
    }

}
