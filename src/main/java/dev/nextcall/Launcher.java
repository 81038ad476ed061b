package dev.nextcall;

import dev.nextcall.cli.Cli;
import dev.nextcall.config.AppVersion;
import dev.nextcall.config.Logging;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with a command it runs the
 * command line, headless: this class never touches JavaFX on that path, so {@code --help},
 * {@code --version} and every command work with no display.
 *
 * <p>It must not extend {@code Application}: a class-path launch of an Application subclass fails
 * with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Desktop.launch();
            return;
        }
        System.exit(runCommandLine(args));
    }

    static int runCommandLine(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        AtomicReference<CompositionRoot> root = new AtomicReference<>();
        Cli cli = new Cli(AppVersion.current(), () -> {
            Environment env = Environment.fromSystem();
            Logging.toFolder(env.folder().logs());
            root.set(new CompositionRoot(env));
            return root.get().cliContext();
        });
        try {
            return cli.run(args, out, err);
        } finally {
            if (root.get() != null) {
                root.get().close();
            }
        }
    }

    /** Kept in its own class so the command-line path never loads a JavaFX class. */
    private static final class Desktop {
        static void launch() {
            NextCallApplication.prepare();
            javafx.application.Application.launch(NextCallApplication.class);
        }
    }
}
