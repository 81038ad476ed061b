package dev.nextcall.ui.welcome;

import dev.nextcall.app.DemoData;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import dev.nextcall.ui.common.SignInWords;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first-run welcome: NextCall works at once on the local calendar; the rep may fill in demo data
 * to try it, connect Google Calendar, or just start. Every way out leads somewhere: a missing OAuth
 * client file is explained with where it goes, a failure is said in words, and "Start" always works.
 */
public final class WelcomeViewModel {

    /** Marks the first run as done (writes settings.json) and, with {@code google}, makes Google the calendar. */
    @FunctionalInterface
    public interface Finish {
        void finish(boolean google) throws Exception;
    }

    /**
     * @param account          the Google account, made when first needed (Google's client is not loaded
     *                         before the rep asks for it)
     * @param clientSecretFile where the rep's own Google OAuth client file goes
     * @param demoAdded        told, on the UI thread, after demo data was added (the panel looks again)
     */
    public record Services(DemoData demo, Supplier<CalendarAccount> account, Consumer<URI> openBrowser, Path clientSecretFile,
                           Finish finish, Runnable demoAdded) {
        public Services {
            Objects.requireNonNull(demo, "demo");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(openBrowser, "openBrowser");
            Objects.requireNonNull(clientSecretFile, "clientSecretFile");
            Objects.requireNonNull(finish, "finish");
            Objects.requireNonNull(demoAdded, "demoAdded");
        }
    }

    static final Duration SIGN_IN_TIMEOUT = Duration.ofMinutes(5);

    private final Services services;
    private final BackgroundTasks tasks;
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty googleSetup = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private boolean connectedToGoogle;
    private volatile boolean signInCancelled;

    public WelcomeViewModel(Services services, BackgroundTasks tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /** What just happened, or what went wrong, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** How to set up Google's OAuth client file; empty until the rep asks for Google and it is missing. */
    public ReadOnlyStringProperty googleSetupProperty() {
        return googleSetup;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True once the rep has started: the welcome goes away. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    public BooleanBinding canAct() {
        return working.not();
    }

    /** The folder the OAuth client file goes in. */
    public Path googleFolder() {
        return services.clientSecretFile().getParent();
    }

    /** Fills the data folder with demo meetings and calls. */
    public void tryDemo() {
        working.set(true);
        message.set("Adding demo data…");
        tasks.run(services.demo()::fill, outcome -> {
            working.set(false);
            if (outcome instanceof DemoData.Outcome.Filled filled) {
                message.set(filled.summary() + " Click Start to try the panel.");
                services.demoAdded().run();
            } else if (outcome instanceof DemoData.Outcome.Unavailable unavailable) {
                message.set(unavailable.reason());
            }
        }, this::failed);
    }

    /**
     * Connects Google Calendar: without the rep's OAuth client file, says how to get it and where it
     * goes; with it, signs in in the system browser.
     */
    public void connectGoogle() {
        working.set(true);
        Path file = services.clientSecretFile();
        tasks.run(() -> {
            Files.createDirectories(file.getParent());
            return Files.isRegularFile(file);
        }, present -> {
            if (!present) {
                working.set(false);
                googleSetup.set("NextCall talks to Google through an OAuth client of your own, so no secret of ours "
                        + "is in the app. Once: in the Google Cloud console, enable the Google Calendar API, create "
                        + "an OAuth client of type \"Desktop app\" and download its JSON (the README's \"Connect "
                        + "Google Calendar\" shows each step). Save it as " + file + ", then click Connect Google "
                        + "Calendar again. Until then NextCall works on your local calendar.");
                message.set("");
                return;
            }
            googleSetup.set("");
            signIn();
        }, this::failed);
    }

    public void cancelSignIn() {
        signInCancelled = true;
    }

    private void signIn() {
        signInCancelled = false;
        message.set("Sign in in your browser; NextCall waits for Google's answer.");
        tasks.run(() -> services.account().get().signIn(services.openBrowser(), SIGN_IN_TIMEOUT, () -> signInCancelled),
                result -> {
                    working.set(false);
                    if (result instanceof CalendarAccount.SignInResult.SignedIn in) {
                        connectedToGoogle = true;
                        message.set("Connected to Google Calendar" + (in.email().isEmpty() ? "" : " as " + in.email())
                                + ". Click Start to use it.");
                    } else {
                        message.set(SignInWords.of(result, "") + " You can start with the local calendar and "
                                + "connect later in Settings.");
                    }
                }, this::failed);
    }

    /** Ends the welcome: remembers that the first run is done (and whether Google is the calendar). */
    public void start() {
        working.set(true);
        boolean google = connectedToGoogle;
        tasks.run(() -> {
            services.finish().finish(google);
            return google;
        }, done -> {
            working.set(false);
            finished.set(true);
        }, failure -> {
            // Not being able to write settings.json must not keep the rep out: start anyway, and say so.
            working.set(false);
            message.set("Could not save your settings: " + Messages.plain(failure)
                    + ". The welcome shows again next time.");
            finished.set(true);
        });
    }

    private void failed(Throwable failure) {
        working.set(false);
        message.set(Messages.plain(failure));
    }
}
