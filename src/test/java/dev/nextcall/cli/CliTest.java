package dev.nextcall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nextcall.config.DataFolder;
import dev.nextcall.testing.CliRunner;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: shapes, exit codes, one-line errors, on real files. */
class CliTest {

    /** Monday 30 November 2026, 10:00 in Berlin. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private MutableClock clock;
    private CliRunner cli;
    private String out;
    private String err;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(MONDAY_10, TestEnvironments.BERLIN);
        cli = new CliRunner("9.9.9", () -> TestEnvironments.in(folder, clock));
    }

    @AfterEach
    void tearDown() {
        cli.close();
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

    private Path calendarWithTwoMeetings() {
        Path file = folder.resolve("work.ics");
        IcsFiles.write(file, IcsFiles.calendar(
                IcsFiles.event("a@test", "A", Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T10:00:00Z")),
                IcsFiles.event("b@test", "B", Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T11:00:00Z"))));
        return file;
    }

    @Test
    void busyPrintsMergedClippedUtcIntervals() {
        Path file = calendarWithTwoMeetings();

        int code = run("busy", "--ics", file.toString(), "--from", "2026-12-01T09:15:00Z", "--to",
                "2026-12-02T00:00:00+01:00", "--json");

        assertThat(code).isZero();
        JsonArray busy = json().getAsJsonArray("busy");
        assertThat(busy).hasSize(1);
        assertThat(busy.get(0).getAsJsonObject().get("start").getAsString()).isEqualTo("2026-12-01T09:15:00Z");
        assertThat(busy.get(0).getAsJsonObject().get("end").getAsString()).isEqualTo("2026-12-01T11:00:00Z");
    }

    @Test
    void busyReadsASubscribedAddressAndNamesItWhenItFails() throws Exception {
        String feed = IcsFiles.calendar(IcsFiles.event("a@test", "A", Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z")));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/team.ics", exchange -> {
            byte[] body = feed.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            assertThat(run("busy", "--ics", base + "/team.ics", "--from", "2026-12-01T00:00:00Z", "--to",
                    "2026-12-02T00:00:00Z", "--json")).isZero();
            assertThat(json().getAsJsonArray("busy")).hasSize(1);

            assertThat(run("busy", "--ics", base + "/missing.ics", "--from", "2026-12-01T00:00:00Z", "--to",
                    "2026-12-02T00:00:00Z", "--json")).isEqualTo(1);
            assertThat(err).contains("/missing.ics").contains("404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badTimeIsAUsageErrorOnOneLine() {
        int code = run("busy", "--ics", "x.ics", "--from", "tomorrow", "--to", "2026-12-02T00:00:00Z");

        assertThat(code).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("'tomorrow'");
        assertThat(out).isEmpty();
    }

    @Test
    void missingRequiredOptionAndUnknownCommandAreUsageErrors() {
        assertThat(run("busy", "--from", "2026-12-01T00:00:00Z", "--to", "2026-12-02T00:00:00Z")).isEqualTo(2);
        assertThat(err).contains("--ics");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
    }

    @Test
    void malformedCalendarFailsWithTheFileNamed() {
        Path file = folder.resolve("broken.ics");
        IcsFiles.write(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2026120\r\nEND:VEVENT\r\n");

        int code = run("busy", "--ics", file.toString(), "--from", "2026-12-01T00:00:00Z", "--to",
                "2026-12-02T00:00:00Z", "--json");

        assertThat(code).isEqualTo(1);
        assertThat(err).contains("broken.ics");
        assertThat(err.strip().lines()).hasSize(1);
    }

    @Test
    void slotsProposesThreeTimesUnderTheDefaultRules() {
        int code = run("slots", "--json");

        assertThat(code).isZero();
        JsonArray slots = json().getAsJsonArray("slots");
        assertThat(slots).hasSize(3);
        // Monday 10:00 plus two hours' notice: 12:00 Berlin is the first time on the grid.
        assertThat(slots.get(0).getAsJsonObject().get("start").getAsString()).isEqualTo("2026-11-30T11:00:00Z");
        assertThat(slots.get(0).getAsJsonObject().get("end").getAsString()).isEqualTo("2026-11-30T11:30:00Z");
    }

    @Test
    void slotsHonoursTheFlags() {
        Path file = calendarWithTwoMeetings();

        int code = run("slots", "--ics", file.toString(), "--from", "2026-12-01T00:00:00Z", "--days", "1",
                "--duration", "60", "--prospect-zone", "America/New_York", "--count", "2", "--json");

        assertThat(code).isZero();
        JsonArray slots = json().getAsJsonArray("slots");
        // Tuesday only; New York's 09:00 is Berlin's 15:00, and the day ends at Berlin's 17:00:
        // two hour-long meetings that do not overlap each other.
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).getAsJsonObject().get("start").getAsString()).isEqualTo("2026-12-01T14:00:00Z");
        assertThat(slots.get(1).getAsJsonObject().get("start").getAsString()).isEqualTo("2026-12-01T15:00:00Z");
        assertThat(json().get("prospectZone").getAsString()).isEqualTo("America/New_York");
    }

    @Test
    void explainSaysWhichMeetingAndWhichRuleKeepATimeOut() {
        assertThat(run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example")).isZero();

        assertThat(run("slots", "--explain", "2026-12-01T09:00:00Z", "--json")).isZero();
        JsonObject busy = json().getAsJsonObject("explain");
        assertThat(busy.get("offered").getAsBoolean()).isFalse();
        assertThat(busy.getAsJsonArray("reasons").get(0).getAsJsonObject().get("rule").getAsString()).isEqualTo("busy");
        assertThat(busy.get("summary").getAsString()).contains("overlaps your meeting 10:00–10:30");

        assertThat(run("slots", "--explain", "2026-12-05T09:00:00Z")).isZero();
        assertThat(out).contains("Sat 5 Dec 10:00 is not offered: you do not work on Saturdays");

        assertThat(run("slots", "--explain", "2026-11-30T11:00:00Z", "--json")).isZero();
        assertThat(json().getAsJsonObject("explain").get("offered").getAsBoolean()).isTrue();
    }

    @Test
    void morePagesListFurtherTimesWithoutTheProposals() {
        assertThat(run("slots", "--json")).isZero();
        List<String> first = starts(json().getAsJsonArray("slots"));

        assertThat(run("slots", "--page", "2", "--json")).isZero();
        List<String> second = starts(json().getAsJsonArray("slots"));
        assertThat(run("slots", "--page", "3", "--json")).isZero();
        List<String> third = starts(json().getAsJsonArray("slots"));

        assertThat(second).hasSize(3).doesNotContainAnyElementsOf(first).isSorted();
        assertThat(third).hasSize(3).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);
        assertThat(third.get(0)).isGreaterThan(second.get(2));
        assertThat(run("slots", "--page", "0")).isEqualTo(2);
    }

    private static List<String> starts(JsonArray slots) {
        List<String> list = new ArrayList<>();
        slots.forEach(slot -> list.add(slot.getAsJsonObject().get("start").getAsString()));
        return list;
    }

    @Test
    void bookWritesTheEventAndRecordsTheNextStep() {
        int code = run("book", "--start", "2026-12-01T10:00:00+01:00", "--duration", "30", "--attendee",
                "ana@acme.example", "--json");

        assertThat(code).isZero();
        JsonObject booked = json();
        assertThat(booked.get("status").getAsString()).isEqualTo("booked");
        assertThat(booked.get("start").getAsString()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(booked.get("end").getAsString()).isEqualTo("2026-12-01T09:30:00Z");
        assertThat(booked.get("eventId").getAsString()).matches("[a-v0-9]{5,1024}");
        assertThat(IcsFiles.read(new DataFolder(folder).localCalendar())).contains("ana@acme.example");

        assertThat(run("history", "--json")).isZero();
        JsonObject call = json().getAsJsonArray("calls").get(0).getAsJsonObject();
        assertThat(call.get("outcome").getAsString()).isEqualTo("next_step_booked");
        assertThat(call.getAsJsonObject("nextStep").get("status").getAsString()).isEqualTo("booked");
        assertThat(call.getAsJsonObject("nextStep").get("eventId").getAsString())
                .isEqualTo(booked.get("eventId").getAsString());
    }

    @Test
    void cancelFreesTheTimeAndWritesTheNotice() {
        assertThat(run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example", "--json")).isZero();
        String eventId = json().get("eventId").getAsString();

        assertThat(run("cancel", "--event", eventId, "--json")).isZero();
        assertThat(json().get("status").getAsString()).isEqualTo("cancelled");
        assertThat(IcsFiles.read(Path.of(json().get("invite").getAsString()))).contains("METHOD:CANCEL");

        assertThat(run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "bo@bo.example")).isZero();
        assertThat(run("cancel", "--event", "nosuchevent")).isEqualTo(1);
        assertThat(err).startsWith("nextcall cancel: ");
    }

    @Test
    void bookingATakenTimeIsRefusedWithTheRuleNamed() {
        assertThat(run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example")).isZero();

        int code = run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "bo@bo.example", "--json");

        assertThat(code).isEqualTo(1);
        assertThat(json().get("status").getAsString()).isEqualTo("refused");
        assertThat(json().getAsJsonArray("reasons").get(0).getAsJsonObject().get("rule").getAsString())
                .isEqualTo("busy");
        assertThat(err).startsWith("nextcall book: ");
        assertThat(IcsFiles.count(IcsFiles.read(new DataFolder(folder).localCalendar()), "BEGIN:VEVENT")).isEqualTo(1);
        assertThat(run("history", "--json")).isZero();
        assertThat(json().getAsJsonArray("calls")).hasSize(1);
    }

    @Test
    void aProspectsZoneIsRememberedForTheirNextBooking() {
        // 15:00 Berlin is 09:00 in New York: fine for a New York prospect.
        assertThat(run("book", "--start", "2026-12-01T14:00:00Z", "--attendee", "ana@acme.example",
                "--prospect-zone", "America/New_York")).isZero();

        // 10:00 Berlin is 04:00 in New York: refused without naming the zone again.
        assertThat(run("book", "--start", "2026-12-02T09:00:00Z", "--attendee", "ANA@acme.example", "--json"))
                .isEqualTo(1);
        assertThat(out).contains("prospect-working-hours");
    }

    @Test
    void bookingTooSoonOrAtNightIsRefused() {
        int code = run("book", "--start", "2026-11-30T09:30:00Z", "--attendee", "ana@acme.example", "--json");
        assertThat(code).isEqualTo(1);
        assertThat(out).contains("minimum-notice");

        code = run("book", "--start", "2026-12-01T22:00:00Z", "--attendee", "ana@acme.example", "--json");
        assertThat(code).isEqualTo(1);
        assertThat(out).contains("rep-working-hours");
    }

    @Test
    void historyCsvIsSafeForSpreadsheets() {
        run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example", "--name", "=HYPERLINK(\"x\")");

        assertThat(run("history", "--csv")).isZero();

        String[] lines = out.split("\r\n");
        assertThat(lines[0]).startsWith("call_id,started,ended,prospect_name");
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }

    @Test
    void historyFiltersCallsWithoutNextStep() {
        run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example");

        assertThat(run("history", "--without-next-step", "--json")).isZero();
        assertThat(json().getAsJsonArray("calls")).isEmpty();
    }

    @Test
    void syncReportsNothingPendingAfterCleanBookings() {
        run("book", "--start", "2026-12-01T09:00:00Z", "--attendee", "ana@acme.example");

        assertThat(run("sync", "--json")).isZero();

        assertThat(json().getAsJsonObject("pending").get("booked").getAsInt()).isZero();
        assertThat(json().getAsJsonObject("pending").get("failed").getAsInt()).isZero();
    }

    @Test
    void doctorPassesOnAFreshFolderAndNamesWhatIsBroken() {
        assertThat(run("doctor", "--json")).isZero();
        assertThat(json().getAsJsonArray("checks")).allSatisfy(check ->
                assertThat(check.getAsJsonObject().get("ok").getAsBoolean()).isTrue());

        IcsFiles.write(new DataFolder(folder).localCalendar(), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:x\r\n");
        IcsFiles.write(folder.resolve("settings.json"), "{\"rep\": {\"zone\": \"Mars/Base\"}}");

        assertThat(run("doctor")).isEqualTo(1);
        assertThat(out).contains("FAIL settings").contains("rep.zone")
                .contains("FAIL calendar").contains("calendar.ics")
                .contains("ok   history");
    }

    @Test
    void googleWithoutAnOAuthClientSaysHowToSetItUp() {
        int code = run("slots", "--calendar", "google");

        assertThat(code).isEqualTo(1);
        assertThat(err).contains("Google Calendar is not set up").contains("client_secret.json")
                .contains("README");
        assertThat(err.strip().lines()).hasSize(1);
    }

    @Test
    void versionAndHelpNeedNoDataFolder() {
        assertThat(run("--version")).isZero();
        assertThat(out.strip()).isEqualTo("NextCall 9.9.9");
        assertThat(run("--help")).isZero();
        assertThat(out).contains("busy", "slots", "book", "history");
        assertThat(cli.rootsMade()).as("composition roots made").isZero();
    }
}
