package dev.nextcall.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs one command line and returns the exit code of the contract: 0 success, 1 failure, 2 bad
 * usage. Errors are one line on stderr; stack traces go to the log only.
 */
public final class Cli {

    private final String version;
    private final Supplier<CliContext> context;

    /** The context is created only when a command needs it: --help and --version touch nothing. */
    public Cli(String version, Supplier<CliContext> context) {
        this.version = version;
        this.context = context;
    }

    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Supplier<CliContext> lazy = once(() -> {
            CliContext made = context.get();
            // A damaged history set aside while a command opens it: the user reads where it went.
            made.onNotice(message -> {
                err.println("nextcall: " + message);
                err.flush();
            });
            return made;
        });
        CommandLine cli = new CommandLine(new NextCallCommand(), new Factory(version));
        // Subcommands first: picocli's setters reach only the subcommands already added.
        cli.addSubcommand(new BusyCommand(lazy));
        cli.addSubcommand(new SlotsCommand(lazy));
        cli.addSubcommand(new BookCommand(lazy));
        cli.addSubcommand(new HistoryCommand(lazy));
        cli.addSubcommand(new CancelCommand(lazy));
        cli.addSubcommand(new LoginCommand(lazy));
        cli.addSubcommand(new LogoutCommand(lazy));
        cli.addSubcommand(new CalendarsCommand(lazy));
        cli.addSubcommand(new SyncCommand(lazy));
        cli.addSubcommand(new DoctorCommand(lazy));
        cli.addSubcommand(new DemoCommand(lazy));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            String command = qualifiedName(ex.getCommandLine());
            ex.getCommandLine().getErr().println(command + ": " + ex.getMessage() + " (see " + command + " --help)");
            ex.getCommandLine().getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String text = ex.getMessage() == null || ex.getMessage().isBlank()
                    ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println(qualifiedName(commandLine) + ": " + text);
            commandLine.getErr().flush();
            java.util.logging.Logger.getLogger(Cli.class.getName())
                    .log(java.util.logging.Level.FINE, "command failed", ex);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /** Creates the context on first use only, so --help or a usage error reads no file at all. */
    private static Supplier<CliContext> once(Supplier<CliContext> factory) {
        CliContext[] made = new CliContext[1];
        return () -> {
            if (made[0] == null) {
                made[0] = factory.get();
            }
            return made[0];
        };
    }

    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getParent() == null ? commandLine.getCommandName()
                : commandLine.getParent().getCommandName() + " " + commandLine.getCommandName();
    }

    /** Lets picocli build the version provider with our version (it instantiates by class). */
    private static final class Factory implements CommandLine.IFactory {
        private final String version;

        Factory(String version) {
            this.version = version;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == NextCallCommand.Version.class) {
                return type.cast(new NextCallCommand.Version(version));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
