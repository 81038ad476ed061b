package dev.nextcall;

import dev.nextcall.config.Logging;
import dev.nextcall.ui.shell.FirstFrame;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. The composition root (the settings file, read with gson) and the desktop's
 * models are built on a thread of its own while the JavaFX toolkit starts, see {@link #prepare()};
 * {@link #init()} only waits for them. The database and the calendars are opened later still, after the first frame.
 */
public final class NextCallApplication extends Application {

    /**
     * The root and the desktop's models being built by {@link #prepare()}. JavaFX creates this class by
     * reflection, so a static hand-over is the only way in; it is set once, before {@code launch}, and
     * read once, by {@code init}.
     */
    private static volatile CompletableFuture<Prepared> prepared;

    /**
     * The system browser, once the Application exists (its HostServices); the models are made before it
     * does, and only sign-in and "open folder" use it, long after.
     */
    private static final AtomicReference<Consumer<URI>> BROWSER = new AtomicReference<>(uri -> { });

    private record Prepared(CompositionRoot root, CompositionRoot.PreparedDesktop desktop) {
    }

    private Prepared ready;

    /**
     * Starts building the composition root and the desktop's models in the background; called by the
     * launcher just before {@code Application.launch}, so that reading the settings and making the
     * panel's model overlap the toolkit's start (work the first frame would otherwise wait for).
     */
    static void prepare() {
        prepared = CompletableFuture.supplyAsync(NextCallApplication::build, runnable -> {
            Thread thread = new Thread(runnable, "nextcall-prepare");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Prepared build() {
        Environment env = Environment.fromSystem();
        Logging.toFolder(env.folder().logs());
        CompositionRoot root = new CompositionRoot(env);
        return new Prepared(root, root.prepareDesktop(Platform::runLater, uri -> BROWSER.get().accept(uri)));
    }

    @Override
    public void init() {
        BROWSER.set(uri -> getHostServices().showDocument(uri.toString()));
        CompletableFuture<Prepared> future = prepared;
        if (future == null) {
            ready = build();
            return;
        }
        try {
            ready = future.join();
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
        ready.root().desktop(stage, ready.desktop()).panel().show();
    }

    @Override
    public void stop() {
        ready.root().close();
    }
}
