package dev.nextcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher in a separate JVM whose class path has no JavaFX at all and no DISPLAY: if the
 * command-line path touched JavaFX, these would fail with NoClassDefFoundError.
 */
class LauncherProcessTest {

    @TempDir
    Path home;

    private record Result(int exit, String out, String err) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String withoutFx = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("testfx"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", withoutFx, "dev.nextcall.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("NEXTCALL_HOME", home.toString());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpRunWithoutJavaFx() throws Exception {
        Result version = launch("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("NextCall ");

        Result help = launch("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: nextcall", "busy", "slots", "book", "history");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void aCommandRunsHeadlessAndABadOneExitsWithTwo() throws Exception {
        Result slots = launch("slots", "--json");
        assertThat(slots.exit()).as(slots.err()).isZero();
        assertThat(slots.out()).contains("\"slots\"");

        Result bad = launch("slots", "--days", "many");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
    }
}
