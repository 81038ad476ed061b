package dev.nextcall.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.DemoData;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.testing.InlineBackgroundTasks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome's model without a window: inline background work, a fake Google account. */
class WelcomeViewModelTest {

    private static final DemoData NOT_ADDED = () -> new DemoData.Outcome.Unavailable(
            "Your data folder already has calls or meetings of its own, so no demo data was added.");

    @TempDir
    Path folder;

    private final List<Boolean> finishedWithGoogle = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private CalendarAccount.SignInResult signInAnswer = new CalendarAccount.SignInResult.SignedIn("ana@example.com",
            List.of());

    private WelcomeViewModel model(DemoData demo, WelcomeViewModel.Finish finish) {
        CalendarAccount account = new CalendarAccount() {
            @Override
            public Status status() {
                return new Status.SignedOut("Sign in");
            }

            @Override
            public SignInResult signIn(Consumer<URI> openBrowser, Duration timeout, BooleanSupplier cancelled) {
                events.add("signIn");
                return signInAnswer;
            }

            @Override
            public SignOutResult signOut() {
                return new SignOutResult(false, false, "");
            }
        };
        return new WelcomeViewModel(new WelcomeViewModel.Services(demo, () -> account, uri -> { },
                folder.resolve("google").resolve("client_secret.json"), finish, () -> events.add("demoAdded")),
                new InlineBackgroundTasks());
    }

    private WelcomeViewModel model() {
        return model(NOT_ADDED, finishedWithGoogle::add);
    }

    @Test
    void demoDataNotAddedSaysWhyAndChangesNothing() {
        WelcomeViewModel model = model();
        model.tryDemo();
        assertThat(model.messageProperty().get()).startsWith("Your data folder already has");
        assertThat(events).isEmpty();
        assertThat(model.workingProperty().get()).isFalse();
    }

    @Test
    void demoDataFilledTellsThePanel() {
        WelcomeViewModel model = model(() -> new DemoData.Outcome.Filled("Added 40 calls and a week of meetings."),
                finishedWithGoogle::add);
        model.tryDemo();
        assertThat(model.messageProperty().get()).isEqualTo("Added 40 calls and a week of meetings. Click Start to try the panel.");
        assertThat(events).containsExactly("demoAdded");
    }

    @Test
    void googleWithoutTheClientFileExplainsWhereItGoesAndDoesNotSignIn() {
        WelcomeViewModel model = model();
        model.connectGoogle();
        assertThat(model.googleSetupProperty().get()).contains(folder.resolve("google").resolve("client_secret.json")
                .toString());
        assertThat(events).doesNotContain("signIn");
        assertThat(Files.isDirectory(folder.resolve("google"))).isTrue();

        model.start();
        assertThat(finishedWithGoogle).containsExactly(false);
        assertThat(model.finishedProperty().get()).isTrue();
    }

    @Test
    void googleWithTheClientFileSignsInAndStartMakesItTheCalendar() throws IOException {
        Files.createDirectories(folder.resolve("google"));
        Files.writeString(folder.resolve("google").resolve("client_secret.json"), "{}");
        WelcomeViewModel model = model();

        model.connectGoogle();

        assertThat(events).containsExactly("signIn");
        assertThat(model.googleSetupProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("Connected to Google Calendar as ana@example.com.");
        model.start();
        assertThat(finishedWithGoogle).containsExactly(true);
    }

    @Test
    void aFailedSignInSaysWhyAndLeavesTheWayOpen() throws IOException {
        Files.createDirectories(folder.resolve("google"));
        Files.writeString(folder.resolve("google").resolve("client_secret.json"), "{}");
        signInAnswer = new CalendarAccount.SignInResult.Failed("access was refused on Google's consent screen");
        WelcomeViewModel model = model();

        model.connectGoogle();

        assertThat(model.messageProperty().get()).contains("access was refused", "Settings");
        assertThat(model.canAct().get()).isTrue();
        model.start();
        assertThat(finishedWithGoogle).containsExactly(false);
    }

    @Test
    void settingsThatCannotBeWrittenDoNotKeepTheRepOut() {
        WelcomeViewModel model = model(NOT_ADDED, google -> {
            throw new IOException("read-only folder");
        });
        model.start();
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("read-only folder");
    }
}
