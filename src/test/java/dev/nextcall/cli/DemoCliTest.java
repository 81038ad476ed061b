package dev.nextcall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.nextcall.testing.CliRunner;
import dev.nextcall.testing.MutableClock;
import dev.nextcall.testing.TestEnvironments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} and the review's {@code history} flags, on a real data folder. */
class DemoCliTest {

    /** Friday 27 November 2026, 16:00 in Berlin. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T15:00:00Z"), TestEnvironments.BERLIN);

    @TempDir
    Path folder;

    private final CliRunner cli = new CliRunner("9.9.9", () -> TestEnvironments.in(folder, clock));
    private String out;
    private String err;

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

    private JsonArray calls() {
        return JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("calls");
    }

    @Test
    void demoFillsAnEmptyFolderWithAHistoryAndABusyCalendar() throws Exception {
        assertThat(run("demo", "--calls", "300", "--seed", "5")).isZero();

        assertThat(out).startsWith("Wrote 300 demo calls and ").contains(" busy events in ");
        assertThat(run("history", "--json")).isZero();
        assertThat(calls()).hasSize(300);
        assertThat(Files.readString(folder.resolve("calendar.ics"))).contains("BEGIN:VEVENT", "TRANSP:OPAQUE");
        assertThat(run("busy", "--ics", folder.resolve("calendar.ics").toString(), "--from", "2026-11-30T00:00:00Z",
                "--to", "2026-12-05T00:00:00Z")).isZero();
        assertThat(out).isNotBlank();
    }

    @Test
    void theSameSeedGivesTheSameHistory() throws Exception {
        run("demo", "--calls", "50", "--seed", "9");
        run("history", "--csv");
        String first = out;
        Path other = folder.resolve("other");
        Files.createDirectories(other);
        folder = other;
        run("demo", "--calls", "50", "--seed", "9");
        run("history", "--csv");
        assertThat(out).isEqualTo(first);
    }

    @Test
    void demoRefusesToMixWithAnExistingHistoryOrCalendarUnlessForced() throws Exception {
        run("demo", "--calls", "20");

        assertThat(run("demo", "--calls", "20")).isEqualTo(1);
        assertThat(err).startsWith("nextcall demo: the data folder already has a history and a calendar;")
                .contains("--force");

        assertThat(run("demo", "--calls", "40", "--force", "--json")).isZero();
        assertThat(JsonParser.parseString(out).getAsJsonObject().get("calls").getAsInt()).isEqualTo(40);
        assertThat(JsonParser.parseString(out).getAsJsonObject().get("calendarSetAside").getAsString())
                .contains("calendar.ics.before-demo-");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("calendar.ics.before-demo-"));
        }
        run("history", "--json");
        assertThat(calls()).hasSize(40);
    }

    @Test
    void aCalendarAloneIsEnoughToRefuse() throws Exception {
        Files.writeString(folder.resolve("calendar.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        assertThat(run("demo")).isEqualTo(1);
        assertThat(err).contains("already has a calendar;");
        assertThat(Files.readString(folder.resolve("calendar.ics"))).contains("BEGIN:VEVENT\r\nEND:VEVENT");
    }

    @Test
    void historySearchesLimitsAndFiltersByPeriod() {
        run("demo", "--calls", "200", "--seed", "3");

        assertThat(run("history", "--search", "EXAMPLE", "--limit", "7", "--json")).isZero();
        assertThat(calls()).hasSize(7);
        assertThat(run("history", "--search", "no such prospect", "--json")).isZero();
        assertThat(calls()).isEmpty();

        assertThat(run("history", "--since", "2026-11-26T00:00:00Z", "--until", "2026-11-27T00:00:00Z", "--json")).isZero();
        assertThat(calls()).hasSize(20).allSatisfy(call -> assertThat(call.getAsJsonObject().get("started").getAsString())
                .startsWith("2026-11-26"));
        assertThat(calls().get(0).getAsJsonObject().getAsJsonObject("prospect").has("company")).isTrue();

        assertThat(run("history", "--without-next-step", "--awaiting-reply", "--csv")).isZero();
        assertThat(out.split("\r\n")).hasSize(1);
    }

    @Test
    void aDamagedHistoryIsSetAsideAndTheUserIsToldWhere() throws Exception {
        Files.write(folder.resolve("history.db"), "this is not a database, just garbage bytes".repeat(200).getBytes());

        assertThat(run("history")).isZero();

        assertThat(out).contains("No calls.");
        assertThat(err).startsWith("nextcall: Your history file could not be read, so it was set aside as ")
                .contains(folder.resolve("history.db.corrupt-").toString()).contains("Nothing was deleted.");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("history.db.corrupt-"));
        }
    }
}
