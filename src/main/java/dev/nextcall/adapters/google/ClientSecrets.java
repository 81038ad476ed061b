package dev.nextcall.adapters.google;

import com.google.api.client.googleapis.auth.oauth2.GoogleClientSecrets;
import com.google.api.client.googleapis.auth.oauth2.GoogleOAuthConstants;
import com.google.api.client.json.JsonFactory;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The rep's own OAuth client: {@code google/client_secret.json} as Google's console downloads it for a
 * "Desktop app" client ({@code {"installed": {...}}}). Its {@code auth_uri} and {@code token_uri} are
 * honoured (Google's flow builder ignores them), so a proxy or a test server can stand in for Google.
 * The secret of an installed app is not confidential, but it is still never logged or shown.
 */
record ClientSecrets(String clientId, String clientSecret, URI authUri, URI tokenUri) {

    ClientSecrets {
        Objects.requireNonNull(clientId, "clientId");
        clientSecret = clientSecret == null ? "" : clientSecret;
        Objects.requireNonNull(authUri, "authUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
    }

    /** Google's revoke endpoint sits next to its token endpoint ({@code …/token} → {@code …/revoke}). */
    URI revokeUri() {
        return tokenUri.resolve("revoke");
    }

    @Override
    public String toString() {
        return "ClientSecrets[clientId=" + clientId + ", authUri=" + authUri + ", tokenUri=" + tokenUri + "]";
    }

    /**
     * @throws ClientSecretsException with a message that says what to do, when the file is missing,
     *                                unreadable or not a Desktop-app client
     */
    static ClientSecrets read(Path file, JsonFactory json) {
        GoogleClientSecrets secrets;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            secrets = GoogleClientSecrets.load(json, reader);
        } catch (NoSuchFileException e) {
            throw new ClientSecretsException("there is no OAuth client file at " + file
                    + ": create a \"Desktop app\" OAuth client in the Google Cloud console, download its JSON"
                    + " and save it there (the README shows the steps)");
        } catch (IOException | IllegalArgumentException e) {
            throw new ClientSecretsException(file + " is not an OAuth client file Google's console downloads"
                    + " (it could not be read as JSON); download it again");
        }
        GoogleClientSecrets.Details installed = secrets.getInstalled();
        if (installed == null) {
            String kind = secrets.getWeb() != null ? "a \"Web application\" client" : "not an OAuth client";
            throw new ClientSecretsException(file + " is " + kind + "; NextCall needs a \"Desktop app\" client"
                    + " (its file starts with {\"installed\": …})");
        }
        if (blank(installed.getClientId())) {
            throw new ClientSecretsException(file + " has no client_id; download the file again");
        }
        URI auth = endpoint(file, "auth_uri", installed.getAuthUri(), GoogleOAuthConstants.AUTHORIZATION_SERVER_URL);
        URI token = endpoint(file, "token_uri", installed.getTokenUri(), GoogleOAuthConstants.TOKEN_SERVER_URL);
        return new ClientSecrets(installed.getClientId(), installed.getClientSecret(), auth, token);
    }

    private static URI endpoint(Path file, String field, String value, String googleDefault) {
        String text = blank(value) ? googleDefault : value.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new ClientSecretsException(file + ": " + field + " must be an http(s) address, not " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ClientSecretsException(file + ": " + field + " is not an address: " + text);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The OAuth client file is missing or wrong; the message says how to fix it. */
    static final class ClientSecretsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClientSecretsException(String message) {
            super(message);
        }
    }
}
