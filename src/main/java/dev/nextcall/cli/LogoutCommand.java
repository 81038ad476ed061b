package dev.nextcall.cli;

import dev.nextcall.app.port.CalendarAccount;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "logout", description = "Forget the Google sign-in stored on this machine, and withdraw it at Google.")
final class LogoutCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    @Spec
    private CommandSpec spec;

    LogoutCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CalendarAccount.SignOutResult result = context.get().account().signOut();
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.note());
        out.flush();
        return 0;
    }
}
