package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.services.calendar.model.Event;
import com.google.gson.JsonObject;
import dev.nextcall.adapters.google.fake.EventWrite;
import dev.nextcall.adapters.google.fake.Fault;
import dev.nextcall.adapters.google.fake.Route;
import dev.nextcall.adapters.google.fake.Scopes;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarOfflineException;
import dev.nextcall.app.port.CalendarSignInException;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.app.port.InviteReply;
import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.Interval;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Booking, cancelling and replies through the real client against the fake, faults included. */
class BookingOnFakeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interval SLOT = Interval.of(Instant.parse("2026-12-16T13:00:00Z"), Duration.ofMinutes(30));
    private static final Attendee REP = new Attendee("Rita Rep", "rep@example.com");
    private static final Attendee PROSPECT = new Attendee("Jane Doe", "jane@acme.example");
    private static final String ID = "nc0123456789abcdefghijklmn";

    @TempDir
    Path dir;
    private GoogleOnFake google;
    private GoogleBookingGateway gateway;

    @BeforeEach
    void start() {
        google = new GoogleOnFake(dir);
        google.signedIn();
        gateway = google.gateway();
    }

    @AfterEach
    void stop() {
        assertThat(google.fake.unexpectedErrors()).isEmpty();
        google.close();
    }

    private static BookingRequest request(String id, String link) {
        return new BookingRequest(id, SLOT, BERLIN, "Follow-up: Jane Doe", "Agreed follow-up actions:\nsend the offer",
                REP, List.of(PROSPECT), link, "call-42");
    }

    private List<Event> inserted() {
        return google.fake.calendars().insertedEvents();
    }

    @Test
    void aBookingInvitesTheProspectWithAMeetLinkAndRemembersTheCall() {
        BookingResult result = gateway.book(request(ID, ""));

        Event event = inserted().get(0);
        assertThat(result).isEqualTo(new BookingResult.Booked(ID, event.getHangoutLink(), ""));
        assertThat(event.getHangoutLink()).startsWith("https://meet.google.com/");
        assertThat(event.getId()).isEqualTo(ID);
        assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly("jane@acme.example");
        assertThat(event.getExtendedProperties().getPrivate()).containsEntry("nextcallCallId", "call-42");
        assertThat(event.getDescription()).isEqualTo("Agreed follow-up actions:\nsend the offer");
        assertThat(google.fake.calendars().writes()).singleElement().satisfies(write -> {
            assertThat(write.kind()).isEqualTo(EventWrite.Kind.INSERT);
            assertThat(write.sendUpdates()).isEqualTo("all");
            assertThat(write.conferenceDataVersion()).isEqualTo(1);
        });
        JsonObject body = google.fake.requests(Route.EVENTS_INSERT).get(0).bodyJson();
        assertThat(body.getAsJsonObject("start").get("dateTime").getAsString()).isEqualTo("2026-12-16T14:00:00.000+01:00");
        assertThat(body.getAsJsonObject("start").get("timeZone").getAsString()).isEqualTo("Europe/Berlin");
        assertThat(body.getAsJsonObject("end").get("dateTime").getAsString()).isEqualTo("2026-12-16T14:30:00.000+01:00");
        assertThat(body.getAsJsonObject("conferenceData").getAsJsonObject("createRequest")
                .getAsJsonObject("conferenceSolutionKey").get("type").getAsString()).isEqualTo("hangoutsMeet");
    }

    @Test
    void theRepsOwnLinkIsUsedInsteadOfMeet() {
        BookingResult result = gateway.book(request(ID, "https://zoom.example/j/42"));
        assertThat(result).isEqualTo(new BookingResult.Booked(ID, "https://zoom.example/j/42", ""));
        Event event = inserted().get(0);
        assertThat(event.getHangoutLink()).isNull();
        assertThat(event.getLocation()).isEqualTo("https://zoom.example/j/42");
        assertThat(event.getDescription()).contains("Join: https://zoom.example/j/42");
    }

    @Test
    void bookingTheSameRequestAgainIsTheSameOneEvent() {
        BookingResult first = gateway.book(request(ID, ""));
        BookingResult again = gateway.book(request(ID, ""));
        assertThat(again).isEqualTo(first);
        assertThat(inserted()).hasSize(1);
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).extracting(r -> r.status()).containsExactly(200, 409);
        assertThat(gateway.find(ID)).contains((BookingResult.Booked) first);
    }

    @Test
    void anIdTakenByAnotherCallsMeetingIsNotTakenForThisOne() {
        gateway.book(request(ID, ""));
        BookingRequest other = new BookingRequest(ID, SLOT, BERLIN, "x", "", REP, List.of(PROSPECT), "", "call-43");
        assertThat(gateway.book(other)).isInstanceOfSatisfying(BookingResult.Failed.class,
                failed -> assertThat(failed.reason()).contains("already used by a meeting for another call"));
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedAndMakeOneEvent() {
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.serviceUnavailable503(), Fault.rateLimited429(),
                Fault.rateLimitExceeded403(), Fault.userRateLimitExceeded403(), Fault.internalError500());
        assertThat(gateway.book(request(ID, ""))).isInstanceOf(BookingResult.Booked.class);
        assertThat(inserted()).hasSize(1);
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).hasSize(6);
        assertThat(google.retries.pauses).hasSize(5);
    }

    @Test
    void theQuotaIsNotRetried() {
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.quotaExceeded403());
        assertThatThrownBy(() -> gateway.book(request(ID, ""))).isInstanceOf(CalendarException.class)
                .hasMessageContaining("usage limit");
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).hasSize(1);
        assertThat(inserted()).isEmpty();
    }

    @Test
    void aMissingPermissionIsNotRetried() {
        google.close();
        google = new GoogleOnFake(dir.resolve("other"));
        google.signedIn(Scopes.FREEBUSY);
        assertThatThrownBy(() -> google.gateway().book(request(ID, ""))).isInstanceOf(CalendarSignInException.class)
                .hasMessageContaining("not allowed to book the meeting");
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).hasSize(1);
    }

    @Test
    void anInsertAppliedWhoseAnswerWasLostIsOneEvent() {
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.serviceUnavailable503()));
        BookingResult result = gateway.book(request(ID, ""));
        assertThat(result).isInstanceOf(BookingResult.Booked.class);
        assertThat(((BookingResult.Booked) result).link()).startsWith("https://meet.google.com/");
        assertThat(inserted()).hasSize(1);
        assertThat(google.fake.requests(Route.EVENTS_INSERT)).extracting(r -> r.status()).containsExactly(503, 409);
    }

    @Test
    void anInsertAppliedWhoseConnectionDroppedIsOneEvent() {
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.dropConnection()));
        assertThat(gateway.book(request(ID, ""))).isInstanceOf(BookingResult.Booked.class);
        assertThat(inserted()).hasSize(1);
    }

    @Test
    void anInsertAppliedWhoseAnswerNeverCameIsOneEvent() {
        google.close();
        google = new GoogleOnFake(dir.resolve("slow"), Duration.ofMillis(500));
        google.signedIn();
        google.fake.faults().next(Route.EVENTS_INSERT, Fault.afterApplying(Fault.stall(Duration.ofSeconds(5))));
        assertThat(google.gateway().book(request(ID, ""))).isInstanceOf(BookingResult.Booked.class);
        assertThat(google.fake.calendars().insertedEvents()).hasSize(1);
    }

    @Test
    void cancellingDeletesWithNoticesAndASecondCancelFindsItGone() {
        gateway.book(request(ID, ""));
        assertThat(gateway.cancel(new CancelRequest(ID))).isEqualTo(new CancelResult.Cancelled(ID, ""));
        assertThat(google.fake.calendars().writes()).last().satisfies(write -> {
            assertThat(write.kind()).isEqualTo(EventWrite.Kind.DELETE);
            assertThat(write.sendUpdates()).isEqualTo("all");
        });
        assertThat(gateway.cancel(new CancelRequest(ID))).isEqualTo(new CancelResult.AlreadyGone(ID));
        assertThat(google.fake.requests(Route.EVENTS_DELETE)).extracting(r -> r.status()).containsExactly(204, 410);
        assertThat(gateway.find(ID)).isEmpty();
        assertThat(gateway.cancel(new CancelRequest("nc0000000000never"))).isEqualTo(new CancelResult.AlreadyGone("nc0000000000never"));
        assertThat(gateway.book(request(ID, ""))).as("a cancelled id is not booked again")
                .isInstanceOfSatisfying(BookingResult.Failed.class, f -> assertThat(f.reason()).contains("was cancelled"));
    }

    @Test
    void aCancelAppliedWhoseAnswerWasLostIsGoneAfterTheRetry() {
        gateway.book(request(ID, ""));
        google.fake.faults().next(Route.EVENTS_DELETE, Fault.afterApplying(Fault.serviceUnavailable503()));
        assertThat(gateway.cancel(new CancelRequest(ID))).isEqualTo(new CancelResult.AlreadyGone(ID));
        assertThat(gateway.find(ID)).isEmpty();
    }

    @Test
    void findDoesNotKnowEventsThatWereNeverBooked() {
        assertThat(gateway.find("nc0000000000never")).isEmpty();
        assertThat(gateway.find("not-a-google-id")).isEmpty();
    }

    @Test
    void repliesFollowTheProspectsAnswers() {
        gateway.book(request(ID, ""));
        String other = "nc9999999999abcdefghijklmn";
        gateway.book(new BookingRequest(other, SLOT.widen(Duration.ZERO, Duration.ofMinutes(30)), BERLIN, "x", "", REP,
                List.of(Attendee.ofEmail("bob@beta.example")), "", "call-44"));
        Map<String, String> asked = Map.of(ID, "jane@acme.example", other, "bob@beta.example",
                "nc0000000000never", "x@y.example");
        GoogleInviteReplies replies = google.replies();

        assertThat(replies.replies(asked)).containsEntry(ID, InviteReply.NEEDS_ACTION)
                .containsEntry(other, InviteReply.NEEDS_ACTION).containsEntry("nc0000000000never", InviteReply.GONE);
        google.fake.calendars().respond("primary", ID, "jane@acme.example", "accepted");
        google.fake.calendars().respond("primary", other, "bob@beta.example", "tentative");
        assertThat(replies.replies(asked)).containsEntry(ID, InviteReply.ACCEPTED).containsEntry(other, InviteReply.TENTATIVE);
        google.fake.calendars().respond("primary", ID, "jane@acme.example", "declined");
        gateway.cancel(new CancelRequest(other));
        assertThat(replies.replies(asked)).containsEntry(ID, InviteReply.DECLINED).containsEntry(other, InviteReply.GONE);
    }

    @Test
    void offlineEveryCallSaysSoPlainly() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GoogleConnection offline = google.connectionTo("http://127.0.0.1:" + closedPort + "/", Duration.ofSeconds(2));
        GoogleBookingGateway unreachable = new GoogleBookingGateway(offline);
        assertThatThrownBy(() -> unreachable.book(request(ID, ""))).isInstanceOf(CalendarOfflineException.class)
                .hasMessage("Google Calendar cannot be reached (no network connection?), so NextCall could not book the"
                        + " meeting.");
        assertThatThrownBy(() -> unreachable.find(ID)).isInstanceOf(CalendarOfflineException.class);
        assertThatThrownBy(() -> unreachable.cancel(new CancelRequest(ID))).isInstanceOf(CalendarOfflineException.class);
        assertThatThrownBy(() -> new GoogleInviteReplies(offline).replies(Map.of(ID, "jane@acme.example")))
                .isInstanceOf(CalendarOfflineException.class);
    }
}
