package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fake answers: a status, a body with its content type, extra headers. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=UTF-8";

    Reply {
        headers = Map.copyOf(headers);
    }

    /** JSON, always with the content type Google uses (the Java client parses error details only then). */
    static Reply json(int status, JsonElement body) {
        return new Reply(status, JSON, Json.GSON.toJson(body).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply noContent() {
        return new Reply(204, null, new byte[0], Map.of());
    }

    static Reply notModified() {
        return new Reply(304, null, new byte[0], Map.of());
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply redirect(String location) {
        return html(302, "<html><body>Moved <a href=\"" + location + "\">here</a>.</body></html>")
                .withHeader("Location", location);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, contentType, body, more);
    }
}
