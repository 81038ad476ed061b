package dev.nextcall.adapters.google;

import com.google.api.client.auth.oauth2.StoredCredential;
import com.google.api.client.util.store.DataStore;
import com.google.api.client.util.store.DataStoreFactory;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAuth client's credential store over {@link TokenFolder}: one JSON file per user id,
 * {@code credential-<id>.json} = {@code {"access_token", "expires_at_ms", "refresh_token"}}. It replaces
 * {@code FileDataStoreFactory}, which keeps every credential in one Java-serialised file with default
 * (world-readable) permissions and rewrites it in place.
 *
 * <p>Nothing is cached: every read goes to the file, so a sign-in made by the command line is seen by
 * the desktop app at its next call. Writes are atomic; two processes refreshing at once each leave a
 * whole, valid file (the last one wins), and either access token works.
 */
final class JsonCredentialStore implements DataStore<StoredCredential> {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern FILE = Pattern.compile("credential-([A-Za-z0-9_-]{1,64})\\.json");

    private final TokenFolder folder;

    JsonCredentialStore(TokenFolder folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public DataStoreFactory getDataStoreFactory() {
        return new OnlyThisStore();
    }

    @Override
    public String getId() {
        return StoredCredential.DEFAULT_DATA_STORE_ID;
    }

    @Override
    public synchronized int size() throws IOException {
        return keySet().size();
    }

    @Override
    public synchronized boolean isEmpty() throws IOException {
        return keySet().isEmpty();
    }

    @Override
    public synchronized boolean containsKey(String key) throws IOException {
        return get(key) != null;
    }

    @Override
    public synchronized boolean containsValue(StoredCredential value) throws IOException {
        return values().contains(value);
    }

    @Override
    public synchronized Set<String> keySet() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        folder.names().forEach(name -> {
            Matcher m = FILE.matcher(name);
            if (m.matches()) {
                keys.add(m.group(1));
            }
        });
        return keys;
    }

    @Override
    public synchronized Collection<StoredCredential> values() throws IOException {
        List<StoredCredential> values = new ArrayList<>();
        for (String key : keySet()) {
            StoredCredential value = get(key);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** @return the stored credential, or null when there is none or its file is damaged */
    @Override
    public synchronized StoredCredential get(String key) throws IOException {
        Optional<byte[]> bytes = folder.read(fileName(key));
        return bytes.isEmpty() ? null : parse(bytes.get());
    }

    @Override
    public synchronized DataStore<StoredCredential> set(String key, StoredCredential value) throws IOException {
        Objects.requireNonNull(value, "value");
        folder.write(fileName(key), format(value));
        return this;
    }

    @Override
    public synchronized DataStore<StoredCredential> clear() throws IOException {
        for (String key : keySet()) {
            delete(key);
        }
        return this;
    }

    @Override
    public synchronized DataStore<StoredCredential> delete(String key) throws IOException {
        folder.delete(fileName(key));
        return this;
    }

    static byte[] format(StoredCredential value) {
        JsonObject json = new JsonObject();
        if (value.getAccessToken() != null) {
            json.addProperty("access_token", value.getAccessToken());
        }
        if (value.getExpirationTimeMilliseconds() != null) {
            json.addProperty("expires_at_ms", value.getExpirationTimeMilliseconds());
        }
        if (value.getRefreshToken() != null) {
            json.addProperty("refresh_token", value.getRefreshToken());
        }
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A damaged file reads as no credential (the rep signs in again) rather than as an error on every
     * call; its content is never put into a message, as it may hold a token.
     */
    static StoredCredential parse(byte[] bytes) {
        try {
            JsonElement root = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                return null;
            }
            JsonObject json = root.getAsJsonObject();
            StoredCredential credential = new StoredCredential();
            credential.setAccessToken(text(json, "access_token"));
            credential.setRefreshToken(text(json, "refresh_token"));
            JsonElement expiry = json.get("expires_at_ms");
            credential.setExpirationTimeMilliseconds(expiry == null || expiry.isJsonNull() ? null : expiry.getAsLong());
            return credential;
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static String text(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String fileName(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a credential key is letters, digits, '-' and '_' only");
        }
        return "credential-" + key + ".json";
    }

    /** The client asks a store for its factory; this one only ever hands out this store. */
    private final class OnlyThisStore implements DataStoreFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <V extends Serializable> DataStore<V> getDataStore(String id) {
            if (!StoredCredential.DEFAULT_DATA_STORE_ID.equals(id)) {
                throw new UnsupportedOperationException("only the credential store is kept on disk");
            }
            return (DataStore<V>) JsonCredentialStore.this;
        }
    }
}
