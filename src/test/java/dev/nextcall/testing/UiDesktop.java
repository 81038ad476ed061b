package dev.nextcall.testing;

import dev.nextcall.CompositionRoot;
import dev.nextcall.config.DataFolder;
import dev.nextcall.config.Settings;
import dev.nextcall.config.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desktop in a UI test: a real CompositionRoot over a temporary data folder, with a clock
 * the test moves (Monday 30 November 2026, 10:00 in Berlin), the panel shown in TestFX's stage.
 */
public final class UiDesktop {

    public static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    private final MutableClock clock;
    private final CompositionRoot root;
    private final CompositionRoot.Desktop desktop;
    private final Stage stage;

    private UiDesktop(Path folder, Stage stage, boolean firstRun) {
        this.clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        this.stage = stage;
        if (!firstRun) {
            try {
                // A data folder used before: no first-run welcome beside the panel.
                new SettingsStore(new DataFolder(folder).settingsFile(), TestEnvironments.BERLIN).save(Settings.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.root = new CompositionRoot(TestEnvironments.in(folder, clock));
        this.desktop = root.desktop(stage, Platform::runLater);
        desktop.panel().show();
    }

    /** In a used data folder; on the FX thread (a TestFX {@code @Start} method). */
    public static UiDesktop used(Path folder, Stage stage) {
        return new UiDesktop(folder, stage, false);
    }

    /** In an empty data folder: the first-run welcome opens beside the panel. */
    public static UiDesktop firstRun(Path folder, Stage stage) {
        return new UiDesktop(folder, stage, true);
    }

    public MutableClock clock() {
        return clock;
    }

    public CompositionRoot root() {
        return root;
    }

    public CompositionRoot.Desktop desktop() {
        return desktop;
    }

    public Stage stage() {
        return stage;
    }

    /** Closes the panel as the app does at exit (it saves its geometry), then the root. */
    public void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
        root.close();
    }
}
