package dev.nextcall.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder where NextCall keeps everything of the rep's: {@code NEXTCALL_HOME} when set, otherwise
 * the platform's convention (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public record DataFolder(Path root) {

    public static final String HOME_VARIABLE = "NEXTCALL_HOME";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * @param env      the environment variables
     * @param osName   the {@code os.name} system property
     * @param userHome the {@code user.home} system property
     */
    public static DataFolder resolve(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return new DataFolder(Path.of(explicit));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.contains("mac") || os.contains("darwin")) {
            return new DataFolder(home.resolve("Library").resolve("Application Support").resolve("NextCall"));
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return new DataFolder(base.resolve("NextCall"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return new DataFolder(base.resolve("nextcall"));
    }

    public Path historyDatabase() {
        return root.resolve("history.db");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** The rep's own suggested lines (see prompts.md). */
    public Path phrasesFile() {
        return root.resolve("phrases.txt");
    }

    public Path localCalendar() {
        return root.resolve("calendar.ics");
    }

    public Path subscriptions() {
        return root.resolve("subscriptions");
    }

    public Path invites() {
        return root.resolve("invites");
    }

    public Path google() {
        return root.resolve("google");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Creates the folder (and logs/) if missing; everything else is created when first written. */
    public DataFolder ensureExists() {
        try {
            Files.createDirectories(root);
            Files.createDirectories(logs());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + root + ": " + e.getMessage(), e);
        }
    }
}
