package dev.nextcall.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: with no subcommand the launcher opens the desktop app instead. */
@Command(name = "nextcall", mixinStandardHelpOptions = true,
        description = {"NextCall: every sales call ends with the next one booked.",
                "Run without arguments to open the panel; with a command it runs headless."},
        versionProvider = NextCallCommand.Version.class,
        footer = {"", "Times are ISO-8601 with an offset or Z. Every command takes --json.",
                "Exit codes: 0 success, 1 failure, 2 bad usage. Data folder: $NEXTCALL_HOME or the platform's."})
final class NextCallCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        private final String version;

        Version(String version) {
            this.version = version;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"NextCall " + version};
        }
    }
}
