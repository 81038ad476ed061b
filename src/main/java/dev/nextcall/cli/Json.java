package dev.nextcall.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The JSON shapes of the contract; instants always in UTC with Z. */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static String print(JsonObject object) {
        return GSON.toJson(object);
    }

    static String utc(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static JsonObject interval(Interval interval) {
        JsonObject o = new JsonObject();
        o.addProperty("start", utc(interval.start()));
        o.addProperty("end", utc(interval.end()));
        return o;
    }

    static JsonArray array() {
        return new JsonArray();
    }
}
