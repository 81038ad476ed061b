package dev.nextcall.adapters.google.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport rules of google-calendar.md §10.1, checked with plain HTTP requests. */
class FakeGoogleWireTest {

    private final FakeGoogle fake = new FakeGoogle().start();
    private final String token = fake.oauth().grant(Scopes.CALENDAR).accessToken();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        assertThat(fake.unexpectedErrors()).isEmpty();
        fake.close();
    }

    @Test
    void listensOnLoopbackOnlyOnAnEphemeralPort() {
        assertThat(fake.boundAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(fake.port()).isPositive();
        assertThat(fake.rootUrl()).isEqualTo("http://127.0.0.1:" + fake.port() + "/");
    }

    @Test
    void errorsAreJsonWithGooglesShapeAndContentType() throws Exception {
        HttpResponse<String> unknown = send(request("calendar/v3/nothing/here").GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/json; charset=UTF-8");
        JsonObject error = JsonParser.parseString(unknown.body()).getAsJsonObject().getAsJsonObject("error");
        assertThat(error.get("code").getAsInt()).isEqualTo(404);
        assertThat(error.getAsJsonArray("errors").get(0).getAsJsonObject().get("reason").getAsString())
                .isEqualTo("notFound");
    }

    @Test
    void aMissingAuthorizationIsLoginRequired() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(
                URI.create(fake.rootUrl() + "calendar/v3/calendars/primary/events")).GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"reason\":\"required\"", "\"status\":\"UNAUTHENTICATED\"");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(
                URI.create(fake.rootUrl() + "calendar/v3/calendars/primary/events"))
                .header("Authorization", "Bearer ya29.unknown").GET());
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"reason\":\"authError\"");
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("error=\"invalid_token\""));
    }

    @Test
    void gzipBodiesAndARealPatchAreUnderstood() throws Exception {
        String event = "{\"id\":\"abcde12345\",\"summary\":\"Call\",\"start\":{\"dateTime\":\"2026-06-02T10:00:00Z\"},"
                + "\"end\":{\"dateTime\":\"2026-06-02T10:30:00Z\"}}";
        HttpResponse<String> inserted = send(request("calendar/v3/calendars/primary/events")
                .header("Content-Encoding", "gzip").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(event))));
        assertThat(inserted.statusCode()).isEqualTo(200);

        HttpResponse<String> patched = send(request("calendar/v3/calendars/primary/events/abcde12345")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"summary\":\"Renamed\"}")));
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(fake.calendars().event("primary", "abcde12345").orElseThrow().getSummary()).isEqualTo("Renamed");
        assertThat(fake.requests(Route.EVENTS_PATCH).get(0).wireMethod()).isEqualTo("PATCH");
    }

    @Test
    void pathSegmentsAndQueryValuesArePercentDecoded() throws Exception {
        fake.calendars().add("team/sales #1@example.com", "Sales", "UTC");
        fake.calendars().seed("team/sales #1@example.com",
                EventSeed.timed(Instant.parse("2026-06-02T10:00:00Z"), Instant.parse("2026-06-02T11:00:00Z")));

        HttpResponse<String> listed = send(request("calendar/v3/calendars/team%2Fsales%20%231%40example.com/events"
                + "?timeMin=2026-06-02T11:30:00%2B02:00&eventTypes=default&eventTypes=focusTime").GET());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"summary\":\"Sales\"");
        RecordedRequest sent = fake.requests(Route.EVENTS_LIST).get(0);
        assertThat(sent.pathParam("calendarId")).isEqualTo("team/sales #1@example.com");
        assertThat(sent.queryParam("timeMin")).isEqualTo("2026-06-02T11:30:00+02:00");
        assertThat(sent.queryParams("eventTypes")).containsExactly("default", "focusTime");
        assertThat(JsonParser.parseString(listed.body()).getAsJsonObject().getAsJsonArray("items")).hasSize(1);
    }

    @Test
    void aLongGetTunnelledAsPostCarriesItsQueryInTheBody() throws Exception {
        HttpResponse<String> listed = send(request("calendar/v3/calendars/primary/events")
                .header("X-HTTP-Method-Override", "GET")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("orderBy=startTime")));

        assertThat(listed.statusCode()).isEqualTo(400);
        assertThat(listed.body()).contains("The requested ordering is not available for the particular query.");
        assertThat(fake.requests(Route.EVENTS_LIST).get(0).method()).isEqualTo("GET");
    }

    @Test
    void deleteAnswers204WithoutABody() throws Exception {
        String id = fake.calendars().seed("primary",
                EventSeed.timed(Instant.parse("2026-06-02T10:00:00Z"), Instant.parse("2026-06-02T11:00:00Z")));
        HttpResponse<String> deleted = send(request("calendar/v3/calendars/primary/events/" + id)
                .header("Content-Type", "application/x-www-form-urlencoded").DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void httpUrlConnectionResendsADroppedGetOnce() throws IOException {
        String id = fake.calendars().seed("primary",
                EventSeed.timed(Instant.parse("2026-06-02T10:00:00Z"), Instant.parse("2026-06-02T11:00:00Z")));
        fake.faults().next(Route.EVENTS_GET, Fault.dropConnection());

        RealClients.plain(fake, Scopes.EVENTS).events().get("primary", id).execute();

        assertThat(fake.requests(Route.EVENTS_GET)).extracting(RecordedRequest::status).containsExactly(0, 200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(fake.rootUrl() + path)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
