package dev.nextcall.adapters.google.fake;

import com.google.gson.JsonObject;
import java.time.Instant;

/** An event as the store keeps it: its JSON, its calendar, how it came in, and when it last changed. */
final class StoredEvent {

    final String calendarId;
    final boolean viaApi;
    JsonObject json;
    long version;

    StoredEvent(String calendarId, JsonObject json, boolean viaApi, long version) {
        this.calendarId = calendarId;
        this.json = json;
        this.viaApi = viaApi;
        this.version = version;
    }

    String id() {
        return Json.string(json, "id");
    }

    boolean cancelled() {
        return "cancelled".equals(Json.string(json, "status"));
    }

    String etag() {
        return Json.string(json, "etag");
    }

    Instant updated() {
        return Times.parseWithOffset(Json.string(json, "updated")).orElse(Instant.EPOCH);
    }
}
