package dev.nextcall.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "doctor", description = "Check the data folder, settings, history and calendars; say what is wrong "
        + "and how to fix it.")
final class DoctorCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON on stdout.")
    private boolean json;

    DoctorCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<CliContext.Check> checks = context.get().checkUp();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray list = Json.array();
            for (CliContext.Check check : checks) {
                JsonObject o = new JsonObject();
                o.addProperty("name", check.name());
                o.addProperty("ok", check.ok());
                o.addProperty("detail", check.detail());
                list.add(o);
            }
            JsonObject result = new JsonObject();
            result.add("checks", list);
            out.println(Json.print(result));
        } else {
            for (CliContext.Check check : checks) {
                out.printf("%-4s %-16s %s%n", check.ok() ? "ok" : "FAIL", check.name(), check.detail());
            }
        }
        out.flush();
        return checks.stream().allMatch(CliContext.Check::ok) ? 0 : 1;
    }
}
