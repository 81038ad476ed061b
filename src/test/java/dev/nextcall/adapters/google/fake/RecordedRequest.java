package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the fake decoded it: the body gunzipped, PATCH recognised behind
 * {@code X-HTTP-Method-Override}, path parameters and query values percent-decoded. Tests read these to assert
 * what the client sent ({@code sendUpdates}, headers, the JSON body).
 */
public final class RecordedRequest {

    private final Route route;
    private final String method;
    private final String wireMethod;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final Instant receivedAt;
    private volatile int status;

    RecordedRequest(Route route, String method, String wireMethod, String path, Map<String, String> pathParams,
            Map<String, List<String>> query, Map<String, List<String>> headers, String body, Instant receivedAt) {
        this.route = route;
        this.method = method;
        this.wireMethod = wireMethod;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        this.query = Map.copyOf(query);
        this.headers = Map.copyOf(headers);
        this.body = body;
        this.receivedAt = receivedAt;
    }

    /** The matched route, or null for a path the fake does not serve (answered 404). */
    public Route route() {
        return route;
    }

    /** The method meant: {@code PATCH} for a POST carrying {@code X-HTTP-Method-Override: PATCH}. */
    public String method() {
        return method;
    }

    /** The method on the wire. */
    public String wireMethod() {
        return wireMethod;
    }

    /** The path as received, still percent-encoded. */
    public String path() {
        return path;
    }

    /** A decoded path parameter such as {@code calendarId} or {@code eventId}; null if the route has none. */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** Every decoded query parameter, repeated ones in order. */
    public Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> queryParams(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** Headers with lower-case names. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The decoded (gunzipped) body as text; empty when there was none. */
    public String body() {
        return body;
    }

    /** The body as a JSON object (fails the caller if it is not one). */
    public JsonObject bodyJson() {
        return Json.parseObject(body);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The status the fake answered, or 0 while unanswered or when the connection was dropped or stalled. */
    public int status() {
        return status;
    }

    void answered(int code) {
        this.status = code;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status;
    }
}
