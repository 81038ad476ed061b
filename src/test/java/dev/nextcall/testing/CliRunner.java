package dev.nextcall.testing;

import dev.nextcall.CompositionRoot;
import dev.nextcall.Environment;
import dev.nextcall.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the command line in-process as {@code Launcher} would, each run on a fresh composition root over
 * the same data folder (as separate invocations are), capturing stdout and stderr.
 */
public final class CliRunner implements AutoCloseable {

    /** What one invocation printed and returned. */
    public record Result(int code, String out, String err) {
    }

    private final String version;
    private final Supplier<Environment> environment;
    private final List<CompositionRoot> roots = new ArrayList<>();

    public CliRunner(String version, Supplier<Environment> environment) {
        this.version = version;
        this.environment = environment;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(version, () -> {
            CompositionRoot root = new CompositionRoot(environment.get());
            roots.add(root);
            return root.cliContext();
        });
        int code = cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** How many composition roots the runs made: none for commands that need no data folder. */
    public int rootsMade() {
        return roots.size();
    }

    @Override
    public void close() {
        roots.forEach(CompositionRoot::close);
    }
}
