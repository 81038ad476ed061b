package dev.nextcall.cli;

import dev.nextcall.app.port.CalendarAccount;
import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "login", description = "Sign in to Google Calendar in the browser (your own OAuth client in "
        + "google/client_secret.json; see the README).")
final class LoginCommand implements Callable<Integer> {

    private static final Duration WAIT = Duration.ofMinutes(5);

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--no-browser", description = "Print the address to open on a line of its own, then wait for "
            + "the browser to come back (for a machine without a browser, or over SSH with a tunnel).")
    private boolean noBrowser;

    LoginCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<URI> open = uri -> {
            if (noBrowser || !openInBrowser(uri)) {
                if (!noBrowser) {
                    err.println("Could not open a browser; open this address yourself:");
                    err.flush();
                }
                out.println(uri);
            } else {
                err.println("Your browser opens Google's sign-in page; waiting for it to come back…");
                err.flush();
            }
            out.flush();
        };
        CalendarAccount.SignInResult result = context.get().account().signIn(open, WAIT, () -> false);
        if (result instanceof CalendarAccount.SignInResult.SignedIn signedIn) {
            err.println("Signed in" + (signedIn.email().isEmpty() ? "" : " as " + signedIn.email()) + "."
                    + (signedIn.missingPermissions().isEmpty() ? ""
                    : " Not allowed: " + String.join(", ", signedIn.missingPermissions())
                            + "; run login again and allow them."));
            err.flush();
            return 0;
        }
        String why = result instanceof CalendarAccount.SignInResult.Failed failed ? failed.reason()
                : result instanceof CalendarAccount.SignInResult.TimedOut ? "the browser did not come back within "
                        + WAIT.toMinutes() + " minutes" : "cancelled";
        err.println("nextcall login: " + why);
        err.flush();
        return 1;
    }

    /** The desktop's browser, if there is one; never on a headless machine. */
    private static boolean openInBrowser(URI uri) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return true;
            }
        } catch (Exception | LinkageError e) {
            return false; // no usable browser: the address is printed instead
        }
        return false;
    }
}
