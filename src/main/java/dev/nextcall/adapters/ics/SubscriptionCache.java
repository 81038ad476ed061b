package dev.nextcall.adapters.ics;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one subscribed address in {@code subscriptions/}: {@code <hash>.ics}, the last good copy
 * exactly as the server sent it, and {@code <hash>.json}, its metadata (the address, ETag,
 * Last-Modified, last success, last attempt, last error). Both are replaced atomically, so a crash
 * leaves the old file or the new one, never half of either.
 */
final class SubscriptionCache {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionCache.class);

    private final Path folder;
    private final SubscriptionAddress address;
    private final Path copy;
    private final Path metadata;

    SubscriptionCache(Path folder, SubscriptionAddress address) {
        this.folder = folder;
        this.address = address;
        this.copy = folder.resolve(address.cacheKey() + ".ics");
        this.metadata = folder.resolve(address.cacheKey() + ".json");
    }

    /** The last good copy; it may not exist yet. */
    Path copy() {
        return copy;
    }

    Path metadataFile() {
        return metadata;
    }

    boolean hasCopy() {
        return Files.isRegularFile(copy);
    }

    /**
     * The state saved by an earlier run. A missing file means never fetched; an unreadable one is
     * logged and started over (the copy itself still counts, only the validators are lost, so the next
     * fetch is unconditional).
     */
    SubscriptionState loadState() {
        String text;
        try {
            text = Files.readString(metadata, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return SubscriptionState.NEVER_FETCHED;
        } catch (IOException e) {
            LOG.warn("cannot read the metadata of {} ({}): {}; fetching it afresh", address, metadata,
                    IoReasons.describe(e));
            return SubscriptionState.NEVER_FETCHED;
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            JsonObject json = parsed.getAsJsonObject();
            return new SubscriptionState(string(json, "etag"), string(json, "lastModified"),
                    instant(json, "lastSuccess"), instant(json, "lastAttempt"), string(json, "lastError"),
                    instant(json, "failingSince"));
        } catch (JsonParseException | DateTimeParseException | IllegalStateException | UnsupportedOperationException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
            LOG.warn("the metadata of {} ({}) is damaged: {}; fetching it afresh", address, metadata, why);
            return SubscriptionState.NEVER_FETCHED;
        }
    }

    void saveState(SubscriptionState state) throws IOException {
        JsonObject json = new JsonObject();
        // The address as given (secrets included) says which feed this is; the file is the rep's own, like settings.json.
        json.addProperty("address", address.given());
        state.etag().ifPresent(value -> json.addProperty("etag", value));
        state.lastModified().ifPresent(value -> json.addProperty("lastModified", value));
        state.lastSuccess().ifPresent(value -> json.addProperty("lastSuccess", value.toString()));
        state.lastAttempt().ifPresent(value -> json.addProperty("lastAttempt", value.toString()));
        state.lastError().ifPresent(value -> json.addProperty("lastError", value));
        state.failingSince().ifPresent(value -> json.addProperty("failingSince", value.toString()));
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
        AtomicFiles.write(metadata, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code body} to a new file beside the copy, for checking before it replaces the copy. The
     * caller deletes it.
     */
    Path writeCandidate(byte[] body) throws IOException {
        Files.createDirectories(folder);
        Path candidate = Files.createTempFile(folder, "." + address.cacheKey() + ".", ".candidate.ics");
        Files.write(candidate, body);
        return candidate;
    }

    /** Makes {@code body} the copy that counts. */
    void replaceCopy(byte[] body) throws IOException {
        AtomicFiles.write(copy, body);
    }

    /**
     * Deletes the hidden temp and candidate files of this address that a crash left behind
     * ({@code .<hash>.*}); the copy and the metadata themselves are never hidden files.
     */
    void removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "." + address.cacheKey() + ".*")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                LOG.debug("removed {}, left over from an interrupted fetch", leftover);
            }
        } catch (IOException e) {
            LOG.warn("could not remove old temp files of {} in {}: {}", address, folder, IoReasons.describe(e));
        }
    }

    private static Optional<String> string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }

    private static Optional<Instant> instant(JsonObject json, String name) {
        return string(json, name).map(Instant::parse);
    }
}
