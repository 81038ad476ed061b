package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.api.client.auth.oauth2.StoredCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens on disk: owner-only, JSON, replaced atomically, never Java serialization. */
class TokenStoreTest {

    @TempDir
    Path dir;

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static StoredCredential credential(String access, String refresh, Long expiry) {
        StoredCredential c = new StoredCredential();
        c.setAccessToken(access);
        c.setRefreshToken(refresh);
        c.setExpirationTimeMilliseconds(expiry);
        return c;
    }

    @Test
    void theFolderIs0700AndEachFile0600() throws IOException {
        assumeTrue(posix(dir));
        Path folder = dir.resolve("google/tokens");
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(folder));
        store.set("rep", credential("ya29.access", "1//refresh", 1_750_000_000_000L));
        new AccountFile(new TokenFolder(folder)).write(new AccountFile.Account("client", "rita@x.example", Set.of("s"), ""));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("credential-rep.json", "account.json");
            for (Path file : all) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aFolderMadeWithLooserPermissionsIsTightenedOnTheFirstWrite() throws IOException {
        assumeTrue(posix(dir));
        Path folder = Files.createDirectories(dir.resolve("tokens"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(folder.resolve("credential-rep.json"), "{}");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));

        new JsonCredentialStore(new TokenFolder(folder)).set("rep", credential("a", "r", null));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
    }

    @Test
    void credentialsAreJsonAndReadBackAsWritten() throws IOException {
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(dir));
        store.set("rep", credential("ya29.access", "1//refresh", 1_750_000_000_000L));

        byte[] bytes = Files.readAllBytes(dir.resolve("credential-rep.json"));
        assertThat(bytes[0]).as("not Java serialization (0xACED)").isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("{\"access_token\":\"ya29.access\",\"expires_at_ms\":1750000000000,\"refresh_token\":\"1//refresh\"}\n");
        StoredCredential back = store.get("rep");
        assertThat(back.getAccessToken()).isEqualTo("ya29.access");
        assertThat(back.getRefreshToken()).isEqualTo("1//refresh");
        assertThat(back.getExpirationTimeMilliseconds()).isEqualTo(1_750_000_000_000L);
        assertThat(store.keySet()).containsExactly("rep");
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.containsKey("rep")).isTrue();
        assertThat(store.containsValue(back)).isTrue();
    }

    @Test
    void aReplacedFileLeavesNoTempFileBehind() throws IOException {
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(dir));
        store.set("rep", credential("one", "r", null));
        store.set("rep", credential("two", "r", null));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("credential-rep.json");
        }
        assertThat(store.get("rep").getAccessToken()).isEqualTo("two");
    }

    @Test
    void aDamagedOrMissingFileReadsAsNoCredential() throws IOException {
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(dir.resolve("none-yet")));
        assertThat(store.get("rep")).isNull();
        assertThat(store.isEmpty()).isTrue();
        Files.writeString(dir.resolve("credential-rep.json"), "{not json");
        assertThat(new JsonCredentialStore(new TokenFolder(dir)).get("rep")).isNull();
    }

    @Test
    void deleteAndClearRemoveTheFiles() throws IOException {
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(dir));
        store.set("rep", credential("a", "r", null));
        store.set("other", credential("b", "s", null));
        store.delete("rep");
        assertThat(store.keySet()).containsExactly("other");
        store.clear();
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void keysCannotLeaveTheFolder() {
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(dir));
        assertThatThrownBy(() -> store.set("../x", credential("a", "r", null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenFolderThatIsALinkIsRefused() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere"));
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("tokens"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        JsonCredentialStore store = new JsonCredentialStore(new TokenFolder(link));
        assertThatThrownBy(() -> store.set("rep", credential("a", "r", null))).isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(real).isEmptyDirectory();
    }

    @Test
    void theAccountRemembersClientAddressScopesAndWhyToSignInAgain() throws IOException {
        AccountFile file = new AccountFile(new TokenFolder(dir));
        assertThat(file.read()).isEmpty();
        AccountFile.Account account = new AccountFile.Account("client-1", "rita@x.example",
                Set.of(GoogleScopes.required().get(0)), "");
        file.write(account);
        assertThat(file.read()).contains(account);
        file.write(account.withNeedsSignIn("revoked"));
        assertThat(file.read().orElseThrow().needsSignIn()).isEqualTo("revoked");
        assertThat(file.delete()).isTrue();
        assertThat(file.read()).isEmpty();
    }
}
