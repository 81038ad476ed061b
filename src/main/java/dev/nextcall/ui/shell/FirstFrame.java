package dev.nextcall.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The moment a window's first frame is on screen. Start-up work that the first frame does not need
 * (the history database, the calendars, Google) waits for it, so the panel appears as fast as a bare
 * JavaFX window; and with {@code -Dnextcall.startupProbe=true} the moment is printed for
 * {@code bench/run-startup.sh}.
 */
public final class FirstFrame {

    /** The system property that makes {@link #reportIfAsked} print the time to the first frame. */
    public static final String PROBE_PROPERTY = "nextcall.startupProbe";

    /**
     * Milliseconds after the first frame at which {@link #reportIfAsked} ends the app: the training run
     * that records the class-data-sharing archive of the packaged app (packaging/linux/build-app-image.sh
     * --cds) starts NextCall, lets it load what a start loads, and closes it this way.
     */
    public static final String EXIT_PROPERTY = "nextcall.exitAfterFirstFrameMillis";

    private FirstFrame() {
    }

    /**
     * Runs {@code action} once, through {@code uiThread}, after the first pulse that laid out and
     * rendered {@code stage}'s scene once it is showing. The pulse listener fires before the frame is
     * handed to the renderer; going through {@code uiThread} puts the action after the end of that pulse.
     */
    public static void after(Stage stage, Executor uiThread, Runnable action) {
        EventHandler<WindowEvent> onShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Scene scene = stage.getScene();
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    uiThread.execute(action);
                };
                scene.addPostLayoutPulseListener(listener[0]);
            }
        };
        if (stage.isShowing()) {
            onShown.handle(null);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        }
    }

    /**
     * With {@code -Dnextcall.startupProbe=true}: prints {@code FIRST_FRAME <ms since the process
     * started> epochMillis=<wall clock> cpuMillis=<CPU time of all threads so far>} on stdout once the
     * first frame of {@code stage} is out. The
     * start-up bench runs a bare JavaFX window through this same method, so both are timed alike.
     */
    public static void reportIfAsked(Stage stage, Executor uiThread) {
        Long exitAfter = Long.getLong(EXIT_PROPERTY);
        if (exitAfter != null) {
            after(stage, uiThread, () -> {
                PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(exitAfter));
                wait.setOnFinished(e -> Platform.exit());
                wait.play();
            });
        }
        if (!Boolean.getBoolean(PROBE_PROPERTY)) {
            return;
        }
        after(stage, uiThread, () -> {
            Instant now = Instant.now();
            ProcessHandle.Info process = ProcessHandle.current().info();
            long sinceStart = process.startInstant()
                    .map(started -> Duration.between(started, now).toMillis()).orElse(-1L);
            long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.println("FIRST_FRAME " + sinceStart + " epochMillis=" + now.toEpochMilli() + " cpuMillis=" + cpu);
            System.out.flush();
        });
    }
}
