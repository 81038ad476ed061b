package dev.nextcall.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes {@code settings.json}. Reading is forgiving: fields missing from the file take
 * their defaults (so an older file keeps working), and a broken file is reported and left untouched
 * while the app runs on defaults. Writing is atomic: a temp file in the same folder, then a rename.
 */
public final class SettingsStore {

    private final Path file;
    private final ZoneId systemZone;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    public SettingsStore(Path file, ZoneId systemZone) {
        this.file = file;
        this.systemZone = systemZone;
    }

    /** The settings in effect, and what was wrong with the file if it could not be used. */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), Optional.of("cannot read " + file + ": " + e.getMessage()
                    + "; using the defaults"));
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("the file does not hold a JSON object");
            }
            JsonObject merged = gson.toJsonTree(Settings.defaults()).getAsJsonObject();
            overlay(merged, parsed.getAsJsonObject());
            Settings settings = gson.fromJson(merged, Settings.class);
            List<String> problems = settings.validate(systemZone);
            if (!problems.isEmpty()) {
                return new Loaded(Settings.defaults(), Optional.of(file + ": " + String.join("; ", problems)
                        + "; using the defaults until it is fixed"));
            }
            return new Loaded(settings, Optional.empty());
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return new Loaded(Settings.defaults(), Optional.of(file + " is not valid settings JSON ("
                    + e.getMessage() + "); using the defaults until it is fixed"));
        }
    }

    /** Writes the settings atomically, so a crash never leaves half a file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".json.tmp");
        try {
            Files.writeString(temp, gson.toJson(settings) + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the file's values over the defaults, object by object, so missing keys keep defaults. */
    private static void overlay(JsonObject target, JsonObject source) {
        for (Map.Entry<String, JsonElement> entry : source.entrySet()) {
            JsonElement existing = target.get(entry.getKey());
            if (existing != null && existing.isJsonObject() && entry.getValue().isJsonObject()
                    && !isMapLike(entry.getKey())) {
                overlay(existing.getAsJsonObject(), entry.getValue().getAsJsonObject());
            } else {
                target.add(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Working hours replace the whole week: a day left out of the file is a day off. */
    private static boolean isMapLike(String key) {
        return key.equals("repHours") || key.equals("prospectHours");
    }
}
