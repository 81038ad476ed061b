package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.calendar.model.Event;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nextcall.Environment;
import dev.nextcall.adapters.google.fake.EventSeed;
import dev.nextcall.config.DataFolder;
import dev.nextcall.testing.CliRunner;
import dev.nextcall.testing.IcsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command line on Google, as a user runs it, against the fake Google server: the composition
 * root picks the Google adapter from settings.json and NEXTCALL_GOOGLE_API_ROOT, and the real client
 * library talks HTTP to 127.0.0.1.
 */
class GoogleCommandLineTest {

    @TempDir
    Path folder;

    private GoogleOnFake google;
    private CliRunner cli;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        google = new GoogleOnFake(folder);
        google.signedIn();
        google.fake.calendars().primary().timeZone("Europe/Berlin");
        IcsFiles.write(folder.resolve("settings.json"), "{\"calendar\": {\"source\": \"google\"}}");
        cli = new CliRunner("test", () -> new Environment(new DataFolder(folder), google.clock,
                ZoneId.of("UTC"), Locale.UK, "rep", google.fake.rootUrl()));
    }

    @AfterEach
    void tearDown() {
        cli.close();
        google.close();
    }

    private int run(String... args) {
        CliRunner.Result result = cli.run(args);
        out = result.out();
        err = result.err();
        return result.code();
    }

    private JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    @Test
    void slotsBookSyncAndCancelGoThroughGoogle() {
        // Monday 14 Dec 2026, 08:00 in Berlin; a meeting on Tuesday 09:30–10:30 (Berlin), read through free/busy.
        google.fake.calendars().seed("primary", EventSeed.timed(Instant.parse("2026-12-15T08:30:00Z"),
                Instant.parse("2026-12-15T09:30:00Z")).summary("Planning"));

        assertThat(run("slots", "--json", "--count", "3")).as(err).isZero();
        // The zone came from the Google calendar (settings name none, the machine is in UTC).
        assertThat(json().get("zone").getAsString()).isEqualTo("Europe/Berlin");
        assertThat(json().getAsJsonArray("slots")).hasSize(3);

        assertThat(run("book", "--start", "2026-12-15T09:00:00Z", "--attendee", "jane@acme.example",
                "--notes", "send the offer", "--json")).as(err).isEqualTo(1);
        assertThat(out).contains("busy"); // 10:00 Berlin overlaps the planning meeting

        assertThat(run("book", "--start", "2026-12-15T13:00:00Z", "--attendee", "jane@acme.example",
                "--notes", "send the offer", "--json")).as(err).isZero();
        String eventId = json().get("eventId").getAsString();
        assertThat(json().get("link").getAsString()).startsWith("https://meet.google.com/");
        Event inserted = google.fake.calendars().event("primary", eventId).orElseThrow();
        assertThat(inserted.getAttendees()).extracting(a -> a.getEmail()).containsExactly("jane@acme.example");
        assertThat(inserted.getDescription()).contains("send the offer");
        assertThat(inserted.getExtendedProperties().getPrivate()).containsKey("nextcallCallId");

        google.fake.calendars().respond("primary", eventId, "jane@acme.example", "accepted");
        assertThat(run("sync", "--json")).as(err).isZero();
        assertThat(json().getAsJsonArray("changed").get(0).getAsJsonObject().get("status").getAsString())
                .isEqualTo("accepted");

        assertThat(run("history", "--json")).isZero();
        JsonObject nextStep = json().getAsJsonArray("calls").get(0).getAsJsonObject().getAsJsonObject("nextStep");
        assertThat(nextStep.get("calendar").getAsString()).isEqualTo("google");
        assertThat(nextStep.get("status").getAsString()).isEqualTo("accepted");

        assertThat(run("cancel", "--event", eventId, "--json")).as(err).isZero();
        assertThat(google.fake.calendars().event("primary", eventId).orElseThrow().getStatus()).isEqualTo("cancelled");
    }

    @Test
    void calendarsListsThePrimaryAsBusyWithItsZone() {
        assertThat(run("calendars", "--json")).as(err).isZero();

        JsonObject primary = json().getAsJsonArray("calendars").get(0).getAsJsonObject();
        assertThat(primary.get("primary").getAsBoolean()).isTrue();
        assertThat(primary.get("busy").getAsBoolean()).isTrue();
        assertThat(primary.get("zone").getAsString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void doctorTellsWhoIsSignedInAndLogoutForgetsIt() throws Exception {
        assertThat(run("doctor")).as(out).isZero();
        assertThat(out).contains("ok   google").contains("rep@example.com");

        assertThat(run("logout")).isZero();
        try (var files = Files.list(folder.resolve("google").resolve("tokens"))) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("Credential"))).isEmpty();
        }

        assertThat(run("doctor")).isEqualTo(1);
        assertThat(out).contains("FAIL google");
        assertThat(run("slots")).isEqualTo(1);
        assertThat(err).contains("sign in");
    }

    @Test
    void aRevokedGrantAsksToSignInAgainWithoutAStackTrace() {
        google.fake.oauth().revokeAll();
        google.fake.oauth().expireAccessTokens();

        assertThat(run("slots")).isEqualTo(1);

        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).containsIgnoringCase("sign in").doesNotContain("Exception");
    }
}
