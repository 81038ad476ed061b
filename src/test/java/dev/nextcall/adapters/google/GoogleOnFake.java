package dev.nextcall.adapters.google;

import com.google.api.client.http.javanet.NetHttpTransport;
import dev.nextcall.adapters.google.fake.FakeGoogle;
import dev.nextcall.adapters.google.fake.Grant;
import dev.nextcall.adapters.google.fake.Scopes;
import dev.nextcall.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The adapter on the real client library (NetHttpTransport, Gson) against the fake Google on 127.0.0.1:
 * a data folder whose client_secret.json points at the fake, one clock for the fake and the adapter, and
 * retries that record their pauses instead of waiting.
 */
final class GoogleOnFake implements AutoCloseable {

    /** Monday 14 December 2026, 08:00 in Berlin. */
    static final Instant NOW = Instant.parse("2026-12-14T07:00:00Z");

    final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    final FakeGoogle fake = new FakeGoogle(clock).start();
    final TestAccounts.NoWait retries = new TestAccounts.NoWait();
    final Path google;
    final GoogleConnection connection;

    GoogleOnFake(Path dataFolder) {
        this(dataFolder, Duration.ofSeconds(5));
    }

    GoogleOnFake(Path dataFolder, Duration readTimeout) {
        google = dataFolder.resolve("google");
        try {
            fake.writeClientSecret(google.resolve("client_secret.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connection = connectionTo(fake.rootUrl(), readTimeout);
    }

    GoogleConnection connectionTo(String apiRoot, Duration readTimeout) {
        return new GoogleConnection(google, apiRoot, clock, new NetHttpTransport(), new GoogleConnection.Tuning(
                retries.policy(10, Duration.ofSeconds(30), 6), Duration.ofSeconds(2), readTimeout));
    }

    /** A consent made without the browser (as after an earlier sign-in), stored where the adapter reads it. */
    Grant signedIn(String... scopes) {
        Grant grant = fake.oauth().grant(scopes.length == 0 ? List.copyOf(Scopes.APP) : List.of(scopes));
        try {
            TestAccounts.signedIn(google, fake.clientId(), grant.accessToken(), grant.refreshToken(),
                    clock.millis() + grant.expiresInSeconds() * 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return grant;
    }

    GoogleAccount account() {
        return new GoogleAccount(connection);
    }

    GoogleCalendar calendar() {
        return calendar(List.of(), Runnable::run);
    }

    GoogleCalendar calendar(List<String> busyCalendars, Executor background) {
        return new GoogleCalendar(connection, () -> busyCalendars, Duration.ofSeconds(60), background);
    }

    GoogleBookingGateway gateway() {
        return new GoogleBookingGateway(connection);
    }

    GoogleInviteReplies replies() {
        return new GoogleInviteReplies(connection);
    }

    @Override
    public void close() {
        fake.close();
    }
}
