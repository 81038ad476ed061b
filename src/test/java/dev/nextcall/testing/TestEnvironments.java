package dev.nextcall.testing;

import dev.nextcall.Environment;
import dev.nextcall.config.DataFolder;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/** Environments for tests: a temp data folder, a controlled clock, a named zone. */
public final class TestEnvironments {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestEnvironments() {
    }

    public static Environment in(Path folder, MutableClock clock) {
        return new Environment(new DataFolder(folder), clock, BERLIN, Locale.UK, "rep");
    }
}
