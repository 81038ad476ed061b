package dev.nextcall.adapters.google.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Calendar client, unchanged, against the fake: every endpoint of §10.4 rows 1–8 once. */
class FakeGoogleSelfCheckTest {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final Instant NINE = Instant.parse("2026-06-02T07:00:00Z");

    private FakeGoogle fake;
    private Calendar calendar;

    @BeforeEach
    void start() {
        fake = new FakeGoogle().start();
        fake.calendars().primary().timeZone("Europe/Zurich");
        calendar = RealClients.plain(fake, Scopes.EVENTS, Scopes.FREEBUSY);
    }

    @AfterEach
    void stop() {
        assertThat(fake.unexpectedErrors()).isEmpty();
        fake.close();
    }

    @Test
    void freeBusyMergesClipsAndLeavesOutWhatDoesNotBlock() throws IOException {
        fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(3600)).summary("a"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(1800), NINE.plusSeconds(5400)).summary("b"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(7200), NINE.plusSeconds(9000)).transparent());
        fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(7200), NINE.plusSeconds(9000)).status("cancelled"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.minusSeconds(7200), NINE.minusSeconds(3000)));
        fake.calendars().add("team@example.com", "Team", "Europe/Zurich");
        fake.calendars().seed("team@example.com", EventSeed.allDay(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 4)));

        FreeBusyResponse answer = calendar.freebusy().query(new FreeBusyRequest()
                .setTimeMin(new DateTime("2026-06-02T06:00:00.000Z"))
                .setTimeMax(new DateTime("2026-06-04T00:00:00.000Z"))
                .setItems(List.of(new FreeBusyRequestItem().setId("primary"),
                        new FreeBusyRequestItem().setId("team@example.com"),
                        new FreeBusyRequestItem().setId("nobody@example.com")))).execute();

        Map<String, FreeBusyCalendar> calendars = answer.getCalendars();
        assertThat(calendars).containsOnlyKeys("primary", "team@example.com", "nobody@example.com");
        assertThat(calendars.get("primary").getBusy()).extracting(p -> p.getStart().toStringRfc3339(),
                p -> p.getEnd().toStringRfc3339()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-06-02T06:00:00.000Z", "2026-06-02T06:10:00.000Z"),
                        org.assertj.core.groups.Tuple.tuple("2026-06-02T07:00:00.000Z", "2026-06-02T08:30:00.000Z"));
        // An all-day event blocks the whole day in the calendar's zone.
        assertThat(calendars.get("team@example.com").getBusy()).singleElement().satisfies(p -> {
            assertThat(p.getStart().getValue()).isEqualTo(Instant.parse("2026-06-02T22:00:00Z").toEpochMilli());
            assertThat(p.getEnd().getValue()).isEqualTo(Instant.parse("2026-06-03T22:00:00Z").toEpochMilli());
        });
        assertThat(calendars.get("nobody@example.com").getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getReason()).isEqualTo("notFound"));
    }

    @Test
    void freeBusyRejectsEmptyAndTooLongRangesAndReportsFailingCalendars() throws IOException {
        GoogleJsonResponseException empty = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.freebusy().query(window("2026-06-02T10:00:00Z", "2026-06-02T10:00:00Z")).execute());
        assertThat(empty.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeEmpty");

        GoogleJsonResponseException tooLong = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.freebusy().query(window("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")).execute());
        assertThat(tooLong.getStatusCode()).isEqualTo(400);
        assertThat(tooLong.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeTooLong");

        fake.freeBusy().failCalendar("primary", "internalError");
        FreeBusyResponse answer = calendar.freebusy().query(window("2026-06-02T00:00:00Z", "2026-06-03T00:00:00Z"))
                .execute();
        assertThat(answer.getCalendars().get("primary").getErrors().get(0).getReason()).isEqualTo("internalError");
    }

    @Test
    void insertWithMeetAndInvitationsAsTheAppSendsIt() throws IOException {
        String id = UUID.randomUUID().toString().replace("-", "");
        Event created = calendar.events().insert("primary", bookable(id)
                .setAttendees(List.of(new EventAttendee().setEmail("buyer@acme.example")))
                .setExtendedProperties(new Event.ExtendedProperties().setPrivate(Map.of("nextcallCallId", "c-42")))
                .setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                        .setRequestId(UUID.randomUUID().toString())
                        .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet")))))
                .setSendUpdates("all").setConferenceDataVersion(1).execute();

        assertThat(created.getId()).isEqualTo(id);
        assertThat(created.getStatus()).isEqualTo("confirmed");
        assertThat(created.getHangoutLink()).matches("https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}");
        assertThat(created.getConferenceData().getEntryPoints().get(0).getUri()).isEqualTo(created.getHangoutLink());
        assertThat(created.getConferenceData().getCreateRequest().getStatus().getStatusCode()).isEqualTo("success");
        assertThat(created.getAttendees().get(0).getResponseStatus()).isEqualTo("needsAction");
        assertThat(created.getExtendedProperties().getPrivate()).containsEntry("nextcallCallId", "c-42");
        assertThat(created.getStart().getDateTime().toStringRfc3339()).isEqualTo("2026-06-02T10:00:00.000+02:00");
        assertThat(created.getOrganizer().getSelf()).isTrue();
        assertThat(created.getICalUID()).isEqualTo(id + "@google.com");

        assertThat(fake.calendars().writes()).containsExactly(
                new EventWrite(EventWrite.Kind.INSERT, fake.userEmail(), id, "all", 1));
        RecordedRequest insert = fake.requests(Route.EVENTS_INSERT).get(0);
        assertThat(insert.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(insert.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(insert.bodyJson().get("id").getAsString()).isEqualTo(id);
        assertThat(fake.calendars().insertedEvents()).extracting(Event::getId).containsExactly(id);
    }

    @Test
    void conferenceDataVersionZeroDropsTheMeetRequest() throws IOException {
        Event created = calendar.events().insert("primary", bookable(null)
                .setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                        .setRequestId("r1").setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet")))))
                .execute();

        assertThat(created.getId()).matches("[a-v0-9]{26}");
        assertThat(created.getConferenceData()).isNull();
        assertThat(created.getHangoutLink()).isNull();
    }

    @Test
    void clientIdsMustBeBase32HexAndStayTakenAfterDelete() throws IOException {
        GoogleJsonResponseException invalid = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", bookable("not-base32-xyz")).execute());
        assertThat(invalid.getStatusCode()).isEqualTo(400);
        assertThat(invalid.getDetails().getErrors().get(0).getReason()).isEqualTo("invalid");
        assertThat(invalid.getDetails().getMessage()).isEqualTo("Invalid resource id value.");

        calendar.events().insert("primary", bookable("abc12345")).execute();
        GoogleJsonResponseException duplicate = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", bookable("abc12345")).execute());
        assertThat(duplicate.getStatusCode()).isEqualTo(409);
        assertThat(duplicate.getDetails().getErrors().get(0).getReason()).isEqualTo("duplicate");

        calendar.events().delete("primary", "abc12345").execute();
        GoogleJsonResponseException afterDelete = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", bookable("abc12345")).execute());
        assertThat(afterDelete.getStatusCode()).isEqualTo(409);
    }

    @Test
    void getShowsDeletedEventsAsCancelledAndUnknownOnesAsNotFound() throws IOException {
        String id = fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(1800)).summary("Demo"));
        assertThat(calendar.events().get("primary", id).execute().getSummary()).isEqualTo("Demo");

        calendar.events().delete("primary", id).setSendUpdates("all").execute();
        assertThat(calendar.events().get("primary", id).execute().getStatus()).isEqualTo("cancelled");

        GoogleJsonResponseException unknown = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().get("primary", "neverexisted").execute());
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getDetails().getErrors().get(0).getReason()).isEqualTo("notFound");
    }

    @Test
    void aForgottenEventLeavesNoTraceUnlikeADeletedOne() throws IOException {
        calendar.events().insert("primary", bookable("abc12345")).execute();
        fake.calendars().forget("primary", "abc12345");

        assertThat(fake.calendars().events("primary")).isEmpty();
        assertThat(fake.calendars().insertedEvents()).isEmpty();
        GoogleJsonResponseException gone = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().get("primary", "abc12345").execute());
        assertThat(gone.getStatusCode()).isEqualTo(404);
        assertThat(calendar.events().insert("primary", bookable("abc12345")).execute().getId()).isEqualTo("abc12345");
    }

    @Test
    void deleteThenDeleteAgainIsGoneAndNeverExistedIsNotFound() throws IOException {
        String id = fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(1800)));
        calendar.events().delete("primary", id).setSendUpdates("all").execute();
        assertThat(fake.requests(Route.EVENTS_DELETE).get(0).status()).isEqualTo(204);
        assertThat(fake.calendars().writes()).extracting(EventWrite::kind, EventWrite::sendUpdates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventWrite.Kind.DELETE, "all"));

        GoogleJsonResponseException again = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().delete("primary", id).execute());
        assertThat(again.getStatusCode()).isEqualTo(410);
        assertThat(again.getDetails().getErrors().get(0).getReason()).isEqualTo("deleted");

        GoogleJsonResponseException never = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().delete("primary", "neverexisted").execute());
        assertThat(never.getStatusCode()).isEqualTo(404);
    }

    @Test
    void listFindsTheEventInProgressInStartOrderWithTheCalendarsZone() throws IOException {
        fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(600), NINE.plusSeconds(4200)).summary("later"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.minusSeconds(1800), NINE.plusSeconds(1800))
                .summary("now").attendee("buyer@acme.example", "accepted").room("room@resource.calendar.google.com", "Room"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.minusSeconds(7200), NINE.minusSeconds(3600)).summary("before"));
        fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(7200), NINE.plusSeconds(9000)).summary("after"));

        Events window = calendar.events().list("primary")
                .setTimeMin(new DateTime("2026-06-02T09:00:00.000+02:00"))
                .setTimeMax(new DateTime("2026-06-02T09:15:00.000+02:00"))
                .setSingleEvents(true).setOrderBy("startTime").execute();

        assertThat(window.getTimeZone()).isEqualTo("Europe/Zurich");
        assertThat(window.getItems()).extracting(Event::getSummary).containsExactly("now", "later");
        Event now = window.getItems().get(0);
        assertThat(now.getEnd().getDateTime().toStringRfc3339()).isEqualTo("2026-06-02T09:30:00.000+02:00");
        assertThat(now.getAttendees()).extracting(EventAttendee::getEmail)
                .containsExactly("buyer@acme.example", "room@resource.calendar.google.com");
        RecordedRequest sent = fake.requests(Route.EVENTS_LIST).get(0);
        assertThat(sent.queryParam("timeMin")).isEqualTo("2026-06-02T09:00:00.000+02:00");

        GoogleJsonResponseException unordered = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").setOrderBy("startTime").execute());
        assertThat(unordered.getDetails().getErrors().get(0).getReason()).isEqualTo("badRequest");
    }

    @Test
    void listFiltersOnPrivatePropertiesAndPages() throws IOException {
        for (int i = 0; i < 5; i++) {
            fake.calendars().seed("primary", EventSeed.timed(NINE.plusSeconds(3600L * i), NINE.plusSeconds(3600L * i + 60))
                    .summary("e" + i).privateProperty("nextcallCallId", i % 2 == 0 ? "even" : "odd"));
        }
        Events marked = calendar.events().list("primary").setPrivateExtendedProperty(List.of("nextcallCallId=even"))
                .execute();
        assertThat(marked.getItems()).extracting(Event::getSummary).containsExactly("e0", "e2", "e4");

        List<String> seen = new java.util.ArrayList<>();
        String page = null;
        int pages = 0;
        do {
            Events answer = calendar.events().list("primary").setMaxResults(2).setPageToken(page).execute();
            answer.getItems().forEach(e -> seen.add(e.getSummary()));
            page = answer.getNextPageToken();
            pages++;
            if (page == null) {
                assertThat(answer.getNextSyncToken()).isNotNull();
            }
        } while (page != null);
        assertThat(seen).containsExactly("e0", "e1", "e2", "e3", "e4");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void syncTokensReturnChangesAndExpireWith410() throws IOException {
        String id = fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(600)).attendee("b@x.example"));
        String token = calendar.events().list("primary").execute().getNextSyncToken();
        fake.calendars().respond("primary", id, "b@x.example", "declined");

        Events changes = calendar.events().list("primary").setSyncToken(token).execute();
        assertThat(changes.getItems()).singleElement()
                .satisfies(e -> assertThat(e.getAttendees().get(0).getResponseStatus()).isEqualTo("declined"));

        fake.calendars().invalidateSyncTokens();
        GoogleJsonResponseException gone = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().list("primary").setSyncToken(changes.getNextSyncToken()).execute());
        assertThat(gone.getStatusCode()).isEqualTo(410);
        assertThat(gone.getDetails().getErrors().get(0).getReason()).isEqualTo("fullSyncRequired");
    }

    @Test
    void patchTravelsAsPostWithOverrideAndReplacesArrays() throws IOException {
        String id = fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(1800)).summary("Demo")
                .attendee("a@x.example", "accepted").attendee("b@x.example"));

        Event patched = calendar.events().patch("primary", id, new Event()
                .setAttendees(List.of(new EventAttendee().setEmail("c@x.example")))
                .setEnd(new EventDateTime().setDateTime(new DateTime("2026-06-02T09:45:00.000+02:00"))))
                .setSendUpdates("none").execute();

        assertThat(patched.getSummary()).isEqualTo("Demo");
        assertThat(patched.getAttendees()).extracting(EventAttendee::getEmail, EventAttendee::getResponseStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c@x.example", "needsAction"));
        assertThat(patched.getSequence()).isEqualTo(1);
        RecordedRequest sent = fake.requests(Route.EVENTS_PATCH).get(0);
        assertThat(sent.wireMethod()).isEqualTo("POST");
        assertThat(sent.header("X-HTTP-Method-Override")).isEqualTo("PATCH");
        assertThat(fake.calendars().writes()).extracting(EventWrite::kind, EventWrite::sendUpdates)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventWrite.Kind.PATCH, "none"));
    }

    @Test
    void anRsvpShowsOnTheNextGet() throws IOException {
        String id = fake.calendars().seed("primary", EventSeed.timed(NINE, NINE.plusSeconds(1800))
                .attendee("buyer@acme.example"));
        String etag = calendar.events().get("primary", id).execute().getEtag();

        fake.calendars().respond("primary", id, "buyer@acme.example", "tentative");

        Event after = calendar.events().get("primary", id).execute();
        assertThat(after.getAttendees().get(0).getResponseStatus()).isEqualTo("tentative");
        assertThat(after.getEtag()).isNotEqualTo(etag);
    }

    @Test
    void theAppsScopesReadTheZoneFromEventsButNotTheCalendarList() throws IOException {
        assertThat(calendar.events().list("primary").setMaxResults(1).execute().getTimeZone())
                .isEqualTo("Europe/Zurich");

        GoogleJsonResponseException denied = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.calendarList().list().execute());
        assertThat(denied.getStatusCode()).isEqualTo(403);
        assertThat(denied.getDetails().getErrors().get(0).getReason()).isEqualTo("insufficientPermissions");
        assertThat(denied.getDetails().get("status")).isEqualTo("PERMISSION_DENIED");
        assertThat(denied.getContent()).contains("ACCESS_TOKEN_SCOPE_INSUFFICIENT", "calendar.v3.CalendarList.List");
    }

    @Test
    void calendarListAndSettingsWithAReadScope() throws IOException {
        fake.calendars().add("team@example.com", "Team", "Europe/Berlin").accessRole("reader");
        fake.calendars().add("colleague@example.com", "Colleague", "Europe/Berlin").unlisted();
        Calendar reader = RealClients.plain(fake, Scopes.CALENDAR_READONLY);

        var list = reader.calendarList().list().execute();
        assertThat(list.getItems()).extracting(e -> e.getId(), e -> e.getPrimary(), e -> e.getAccessRole())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fake.userEmail(), true, "owner"),
                        org.assertj.core.groups.Tuple.tuple("team@example.com", null, "reader"));
        assertThat(reader.calendarList().get("primary").execute().getTimeZone()).isEqualTo("Europe/Zurich");
        assertThat(reader.calendarList().list().setMinAccessRole("writer").execute().getItems()).hasSize(1);
        assertThat(reader.settings().get("timezone").execute().getValue()).isEqualTo("Europe/Zurich");
        assertThat(reader.calendars().get("primary").execute().getTimeZone()).isEqualTo("Europe/Zurich");

        GoogleJsonResponseException write = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("team@example.com", bookable(null)).execute());
        assertThat(write.getStatusCode()).isEqualTo(403);
        assertThat(write.getDetails().getErrors().get(0).getReason()).isEqualTo("requiredAccessLevel");
    }

    @Test
    void insertRejectsAnEmptyRange() {
        Event backwards = bookable(null).setEnd(new EventDateTime()
                .setDateTime(new DateTime("2026-06-02T09:00:00.000+02:00")));
        GoogleJsonResponseException empty = catchThrowableOfType(GoogleJsonResponseException.class,
                () -> calendar.events().insert("primary", backwards).execute());
        assertThat(empty.getStatusCode()).isEqualTo(400);
        assertThat(empty.getDetails().getErrors().get(0).getReason()).isEqualTo("timeRangeEmpty");
    }

    @Test
    void localTimesWithAZoneAreStoredWithTheirOffset() throws IOException {
        ZonedDateTime start = ZonedDateTime.of(2026, 6, 2, 14, 0, 0, 0, ZURICH);
        String id = fake.calendars().seed("primary", EventSeed.timed(start, start.plusMinutes(30)));
        Event got = calendar.events().get("primary", id).setTimeZone("America/New_York").execute();
        assertThat(got.getStart().getDateTime().toStringRfc3339()).isEqualTo("2026-06-02T08:00:00.000-04:00");
        assertThat(got.getStart().getTimeZone()).isEqualTo("Europe/Zurich");
    }

    private static Event bookable(String id) {
        return new Event().setId(id).setSummary("Follow-up with ACME")
                .setStart(new EventDateTime().setDateTime(new DateTime("2026-06-02T10:00:00.000+02:00"))
                        .setTimeZone("Europe/Zurich"))
                .setEnd(new EventDateTime().setDateTime(new DateTime("2026-06-02T10:30:00.000+02:00"))
                        .setTimeZone("Europe/Zurich"));
    }

    private static FreeBusyRequest window(String from, String until) {
        return new FreeBusyRequest().setTimeMin(new DateTime(from)).setTimeMax(new DateTime(until))
                .setItems(List.of(new FreeBusyRequestItem().setId("primary")));
    }
}
