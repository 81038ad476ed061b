package dev.nextcall;

import dev.nextcall.config.DataFolder;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the app takes from the machine it runs on. Tests build one with a temp folder and a clock
 * they control; {@link #fromSystem()} reads the real ones.
 */
public record Environment(DataFolder folder, Clock clock, ZoneId systemZone, Locale locale, String userName,
                          String googleApiRoot) {

    /** The environment variable that points the Calendar API elsewhere (a proxy, or a test server). */
    public static final String GOOGLE_API_ROOT_VARIABLE = "NEXTCALL_GOOGLE_API_ROOT";

    public Environment {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(systemZone, "systemZone");
        Objects.requireNonNull(locale, "locale");
        userName = userName == null || userName.isBlank() ? "rep" : userName;
        googleApiRoot = googleApiRoot == null ? "" : googleApiRoot.strip();
    }

    /** An environment that talks to Google itself. */
    public Environment(DataFolder folder, Clock clock, ZoneId systemZone, Locale locale, String userName) {
        this(folder, clock, systemZone, locale, userName, "");
    }

    public static Environment fromSystem() {
        DataFolder folder = DataFolder.resolve(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
        return new Environment(folder, Clock.systemUTC(), ZoneId.systemDefault(), Locale.getDefault(),
                System.getProperty("user.name"), System.getenv(GOOGLE_API_ROOT_VARIABLE));
    }
}
