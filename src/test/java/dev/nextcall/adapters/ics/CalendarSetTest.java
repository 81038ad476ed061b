package dev.nextcall.adapters.ics;

import static dev.nextcall.adapters.ics.Feeds.MARCH;
import static dev.nextcall.adapters.ics.Feeds.meeting;
import static dev.nextcall.adapters.ics.Feeds.utc;
import static dev.nextcall.adapters.ics.IcsTestFiles.crlf;
import static dev.nextcall.adapters.ics.IcsTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several calendars read as one: each on its own, a failing one reported while the others count, and
 * on the command line any failure fails the command with the file or address named.
 */
class CalendarSetTest {

    private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String WORK = meeting("work", "20240305T090000Z", "20240305T100000Z");
    private static final String TEAM = meeting("team", "20240307T130000Z", "20240307T140000Z");
    private static final String SECRET_PATH = "/calendar/ical/jane@example.com/private-0123456789abcdef/basic.ics";

    @TempDir
    Path data;

    private final FeedServer server = new FeedServer();
    private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Subscriptions subscriptions() {
        return new Subscriptions(data.resolve("subscriptions"), clock,
                new SubscriptionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofSeconds(5), 64 * 1024));
    }

    private CalendarSet lenient(Subscriptions subscriptions, String... calendars) {
        return CalendarSet.lenient(List.of(calendars), data, subscriptions, BERLIN, clock);
    }

    private CalendarSet strict(String... calendars) {
        return CalendarSet.strict(List.of(calendars), data, subscriptions(), BERLIN, clock);
    }

    @Test
    void oneFailingSubscriptionDoesNotHideTheOther() {
        server.on("/work.ics", FeedServer.body("text/calendar", WORK));
        server.on("/team.ics", FeedServer.status(404));
        Subscriptions subscriptions = subscriptions();
        CalendarSet calendars = lenient(subscriptions, server.address("/work.ics"), server.address("/team.ics"));

        subscriptions.refreshDue();

        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));
        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(server.address("/team.ics"));
            assertThat(problem.reason()).contains("HTTP 404");
            assertThat(problem.stale()).as("never fetched: nothing counts").isFalse();
        });
    }

    @Test
    void aSubscriptionNeverFetchedContributesNothingAndIsReported() {
        server.on("/work.ics", FeedServer.body("text/calendar", WORK));
        CalendarSet calendars = lenient(subscriptions(), server.address("/work.ics"));

        assertThat(calendars.busy(MARCH)).isEmpty();
        assertThat(calendars.problems()).containsExactly(
                new CalendarProblem(server.address("/work.ics"), "not fetched yet", START, false));
        assertThat(server.requests("/work.ics")).as("building and reading fetch nothing").isEmpty();
    }

    @Test
    void aMalformedLocalFileIsReportedWithItsLineAndTheOthersStillCount() {
        Path good = write(data, "work.ics", WORK);
        Path broken = write(data, "broken.ics", Feeds.malformedAtLine7());
        CalendarSet calendars = lenient(subscriptions(), "work.ics", broken.toString());

        assertThat(calendars.busy(MARCH)).containsExactly(utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"));

        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(broken.toString());
            assertThat(problem.reason()).startsWith("line 7: ").contains("20241305T090000Z");
            assertThat(problem.since()).isEqualTo(START);
            assertThat(problem.stale()).isFalse();
        });
        assertThat(good).exists();

        clock.advance(Duration.ofMinutes(3));
        calendars.busy(MARCH);
        assertThat(calendars.problems().get(0).since()).as("failing since first seen").isEqualTo(START);

        write(data, "broken.ics", TEAM + "\r\n"); // fixed, and a different size so its stamp changes
        assertThat(calendars.busy(MARCH)).hasSize(2);
        assertThat(calendars.problems()).isEmpty();
    }

    @Test
    void aBrokenCachedCopyIsReportedUnderItsAddressNotItsCacheFile() throws IOException {
        server.on(SECRET_PATH, FeedServer.body("text/calendar", WORK));
        Subscriptions subscriptions = subscriptions();
        CalendarSet calendars = lenient(subscriptions, server.address(SECRET_PATH));
        subscriptions.refreshDue();
        Path copy = subscriptions.subscribe(SubscriptionAddress.parse(server.address(SECRET_PATH))).copy();
        Files.writeString(copy, Feeds.malformedAtLine7()); // damaged on disk after it was checked

        assertThat(calendars.busy(MARCH)).isEmpty();

        String shown = "http://127.0.0.1:" + port() + "/calendar/ical/…/private-…/basic.ics";
        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo(shown);
            assertThat(problem.reason()).startsWith("line 7: ").doesNotContain(copy.getFileName().toString());
            assertThat(problem.stale()).isFalse();
        });
    }

    @Test
    void eventsAndDaysOffComeFromEveryCalendarThatCanBeRead() {
        write(data, "work.ics", WORK);
        write(data, "team.ics", TEAM);
        write(data, "holidays.ics", crlf("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//NextCall tests//EN
                BEGIN:VEVENT
                UID:holiday@example.com
                DTSTAMP:20240301T000000Z
                DTSTART;VALUE=DATE:20240308
                SUMMARY:Women's Day
                END:VEVENT
                END:VCALENDAR
                """));
        write(data, "broken.ics", Feeds.malformedAtLine7());
        CalendarSet calendars = lenient(subscriptions(), "work.ics", "broken.ics", "team.ics", "holidays.ics", "work.ics");

        assertThat(calendars.events(MARCH)).extracting(CalendarEvent::title)
                .containsExactly("Meeting work", "Meeting team");
        assertThat(calendars.daysOff(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)))
                .containsExactly(LocalDate.of(2024, 3, 8));
        assertThat(calendars.problems()).extracting(CalendarProblem::source)
                .as("a calendar listed twice counts once").containsExactly(data.resolve("broken.ics").toString());
    }

    @Test
    void anInvalidAddressIsReportedNotThrown() {
        CalendarSet calendars = lenient(subscriptions(), "https:///cal.ics?token=abc123");

        assertThat(calendars.busy(MARCH)).isEmpty();
        assertThat(calendars.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).doesNotContain("abc123");
            assertThat(problem.reason()).contains("not a valid web address");
        });
    }

    @Test
    void strictFetchesEachAddressOnceAndReadsEveryCalendar() {
        server.on("/team.ics", FeedServer.body("text/calendar", TEAM));
        write(data, "work.ics", WORK);

        CalendarSet calendars = strict("work.ics", server.address("/team.ics"));

        assertThat(calendars.busy(MARCH)).containsExactly(
                utc("2024-03-05T09:00:00Z", "2024-03-05T10:00:00Z"), utc("2024-03-07T13:00:00Z", "2024-03-07T14:00:00Z"));
        assertThat(server.requests("/team.ics")).hasSize(1);
    }

    @Test
    void strictGoesThroughTheCacheWithAConditionalGet() {
        server.on("/team.ics", FeedServer.calendar(TEAM, "\"t1\"", "Mon, 04 Mar 2024 07:00:00 GMT"));
        strict(server.address("/team.ics")).busy(MARCH);

        CalendarSet again = strict(server.address("/team.ics"));

        assertThat(server.requests("/team.ics").get(1).header("If-None-Match")).isEqualTo("\"t1\"");
        assertThat(again.busy(MARCH)).hasSize(1);
    }

    @Test
    void strictFailsNamingTheAddressThatCannotBeFetched() {
        write(data, "work.ics", WORK);
        server.on(SECRET_PATH, FeedServer.status(404));
        String address = server.address(SECRET_PATH + "?token=hunter22");

        assertThatThrownBy(() -> strict("work.ics", address))
                .isInstanceOf(CalendarException.class)
                .hasMessage("http://127.0.0.1:" + port() + "/calendar/ical/…/private-…/basic.ics?…: not found (HTTP 404): "
                        + "the calendar may have been deleted, or its address reset");
    }

    @Test
    void strictFailsNamingTheAddressAndLineOfAMalformedFeed() {
        server.on("/team.ics", FeedServer.body("text/calendar", Feeds.malformedAtLine7()));

        assertThatThrownBy(() -> strict(server.address("/team.ics")))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith(server.address("/team.ics") + ": refused: the calendar it sent is malformed, line 7: ")
                .hasMessageNotContaining("subscriptions");
    }

    @Test
    void strictFailsNamingAMalformedFileAndItsLine() {
        write(data, "work.ics", WORK);
        Path broken = write(data, "broken.ics", Feeds.malformedAtLine7());
        CalendarSet calendars = strict("work.ics", "broken.ics");

        assertThatThrownBy(() -> calendars.busy(MARCH))
                .isInstanceOf(CalendarException.class)
                .hasMessageStartingWith(broken + " line 7: ");
    }

    @Test
    void strictFailsNamingAFileThatDoesNotExist() {
        assertThatThrownBy(() -> strict("nowhere.ics"))
                .isInstanceOf(CalendarException.class)
                .hasMessage(data.resolve("nowhere.ics") + ": no such file");
    }

    @Test
    void strictFailsOnAnInvalidAddress() {
        assertThatThrownBy(() -> strict("webcal://"))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining("not a valid web address");
    }

    @Test
    void secretsOfAnAddressReachNeitherProblemsNorLogs() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Logger adapterLog = Logger.getLogger("dev.nextcall.adapters.ics");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        adapterLog.addHandler(capture);
        try {
            server.on(SECRET_PATH, FeedServer.body("text/calendar", Feeds.malformedAtLine7()));
            Subscriptions subscriptions = subscriptions();
            CalendarSet calendars = lenient(subscriptions, server.address(SECRET_PATH + "?token=hunter22"));

            subscriptions.refreshDue();

            assertThat(calendars.problems()).singleElement().satisfies(problem -> assertThat(problem.describe())
                    .contains("/calendar/ical/…/private-…/basic.ics?…").contains("line 7")
                    .doesNotContain("jane").doesNotContain("0123456789abcdef").doesNotContain("hunter22"));
            assertThat(logged).isNotEmpty().noneMatch(line -> line.contains("jane") || line.contains("0123456789abcdef")
                    || line.contains("hunter22"));
        } finally {
            adapterLog.removeHandler(capture);
        }
    }

    private int port() {
        return Integer.parseInt(server.address("").replaceAll(".*:", ""));
    }
}
