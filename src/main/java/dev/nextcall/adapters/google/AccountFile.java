package dev.nextcall.adapters.google;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code google/tokens/account.json}: what we know about the signed-in account besides its tokens —
 * which OAuth client it was granted to, its address, the scopes granted (the client's credential store
 * does not keep them), and, after the grant stopped working, why the rep must sign in again. Holds no
 * secret, but lives with the tokens and gets the same owner-only permissions.
 */
final class AccountFile {

    static final String NAME = "account.json";

    private final TokenFolder folder;

    AccountFile(TokenFolder folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * @param needsSignIn why the stored sign-in stopped working; empty while it works
     */
    record Account(String clientId, String email, Set<String> grantedScopes, String needsSignIn) {
        Account {
            clientId = clientId == null ? "" : clientId;
            email = email == null ? "" : email;
            grantedScopes = Set.copyOf(grantedScopes);
            needsSignIn = needsSignIn == null ? "" : needsSignIn;
        }

        Account withNeedsSignIn(String reason) {
            return new Account(clientId, email, grantedScopes, reason);
        }

        Account withEmail(String newEmail) {
            return new Account(clientId, newEmail, grantedScopes, needsSignIn);
        }
    }

    Optional<Account> read() throws IOException {
        Optional<byte[]> bytes = folder.read(NAME);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonElement root = JsonParser.parseString(new String(bytes.get(), StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                return Optional.empty();
            }
            JsonObject json = root.getAsJsonObject();
            Set<String> scopes = new LinkedHashSet<>();
            JsonElement granted = json.get("granted_scopes");
            if (granted != null && granted.isJsonArray()) {
                granted.getAsJsonArray().forEach(e -> scopes.add(e.getAsString()));
            }
            return Optional.of(new Account(text(json, "client_id"), text(json, "email"), scopes,
                    text(json, "needs_sign_in")));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    void write(Account account) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("client_id", account.clientId());
        json.addProperty("email", account.email());
        JsonArray scopes = new JsonArray();
        account.grantedScopes().stream().sorted().forEach(scopes::add);
        json.add("granted_scopes", scopes);
        if (!account.needsSignIn().isEmpty()) {
            json.addProperty("needs_sign_in", account.needsSignIn());
        }
        folder.write(NAME, (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    boolean delete() throws IOException {
        return folder.delete(NAME);
    }

    private static String text(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? "" : element.getAsString();
    }
}
