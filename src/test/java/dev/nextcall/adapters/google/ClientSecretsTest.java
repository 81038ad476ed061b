package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.json.gson.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rep's client_secret.json: a Desktop-app client, with its own endpoints honoured. */
class ClientSecretsTest {

    @TempDir
    Path dir;

    private ClientSecrets read(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("client_secret.json"), json);
        return ClientSecrets.read(file, GsonFactory.getDefaultInstance());
    }

    @Test
    void anInstalledClientFileAsDownloaded() throws IOException {
        ClientSecrets secrets = read("""
                {"installed":{"client_id":"123-abc.apps.googleusercontent.com","project_id":"nextcall-rita",
                "auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token",
                "auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",
                "client_secret":"GOCSPX-secret","redirect_uris":["http://localhost"]}}""");
        assertThat(secrets.clientId()).isEqualTo("123-abc.apps.googleusercontent.com");
        assertThat(secrets.clientSecret()).isEqualTo("GOCSPX-secret");
        assertThat(secrets.authUri()).isEqualTo(URI.create("https://accounts.google.com/o/oauth2/auth"));
        assertThat(secrets.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
        assertThat(secrets.revokeUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/revoke"));
        assertThat(secrets.toString()).doesNotContain("GOCSPX");
    }

    @Test
    void itsOwnEndpointsAreHonoured() throws IOException {
        ClientSecrets secrets = read("""
                {"installed":{"client_id":"id","client_secret":"s",
                "auth_uri":"http://127.0.0.1:4567/o/oauth2/auth","token_uri":"http://127.0.0.1:4567/token"}}""");
        assertThat(secrets.authUri()).isEqualTo(URI.create("http://127.0.0.1:4567/o/oauth2/auth"));
        assertThat(secrets.tokenUri()).isEqualTo(URI.create("http://127.0.0.1:4567/token"));
        assertThat(secrets.revokeUri()).isEqualTo(URI.create("http://127.0.0.1:4567/revoke"));
    }

    @Test
    void missingEndpointsAreGooglesOwn() throws IOException {
        ClientSecrets secrets = read("{\"installed\":{\"client_id\":\"id\",\"client_secret\":\"s\"}}");
        assertThat(secrets.authUri()).isEqualTo(URI.create("https://accounts.google.com/o/oauth2/auth"));
        assertThat(secrets.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
    }

    @Test
    void whatIsWrongIsSaidWithWhatToDo() {
        assertThatThrownBy(() -> ClientSecrets.read(dir.resolve("client_secret.json"), GsonFactory.getDefaultInstance()))
                .hasMessageContaining("there is no OAuth client file at").hasMessageContaining("Desktop app");
        assertThatThrownBy(() -> read("{\"web\":{\"client_id\":\"id\",\"client_secret\":\"s\"}}"))
                .hasMessageContaining("a \"Web application\" client").hasMessageContaining("Desktop app");
        assertThatThrownBy(() -> read("[1,2")).hasMessageContaining("could not be read as JSON");
        assertThatThrownBy(() -> read("{\"installed\":{\"client_secret\":\"s\"}}")).hasMessageContaining("no client_id");
        assertThatThrownBy(() -> read("{\"installed\":{\"client_id\":\"i\",\"token_uri\":\"file:///etc/passwd\"}}"))
                .hasMessageContaining("token_uri must be an http(s) address");
    }
}
