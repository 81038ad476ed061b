package dev.nextcall;

import dev.nextcall.config.Logging;
import dev.nextcall.ui.shell.FirstFrame;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. The composition root (the settings file, read with gson) is built on a
 * thread of its own while the JavaFX toolkit starts, see {@link #prepare()}; {@link #init()} only
 * waits for it. The database and the calendars are opened later still, after the first frame.
 */
public final class NextCallApplication extends Application {

    /**
     * The root being built by {@link #prepare()}. JavaFX creates this class by reflection, so a static
     * hand-over is the only way in; it is set once, before {@code launch}, and read once, by {@code init}.
     */
    private static volatile CompletableFuture<CompositionRoot> prepared;

    private CompositionRoot root;

    /**
     * Starts building the composition root in the background; called by the launcher just before
     * {@code Application.launch}, so that reading the settings overlaps the toolkit's start (about
     * 150 ms of class loading and parsing that the first frame would otherwise wait for).
     */
    static void prepare() {
        prepared = CompletableFuture.supplyAsync(NextCallApplication::buildRoot, runnable -> {
            Thread thread = new Thread(runnable, "nextcall-prepare");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static CompositionRoot buildRoot() {
        Environment env = Environment.fromSystem();
        Logging.toFolder(env.folder().logs());
        return new CompositionRoot(env);
    }

    @Override
    public void init() {
        CompletableFuture<CompositionRoot> future = prepared;
        if (future == null) {
            root = buildRoot();
            return;
        }
        try {
            root = future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        FirstFrame.reportIfAsked(stage, Platform::runLater);
        root.desktop(stage, Platform::runLater, uri -> getHostServices().showDocument(uri.toString())).panel().show();
    }

    @Override
    public void stop() {
        root.close();
    }
}
