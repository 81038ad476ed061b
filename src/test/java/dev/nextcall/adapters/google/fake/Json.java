package dev.nextcall.adapters.google.fake;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Gson helpers, and the bridge to the client's model classes the admin API hands to tests. */
final class Json {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    /** Parses a request body; anything but a JSON object is Google's 400 parseError. */
    static JsonObject parseObject(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            if (element.isJsonObject()) {
                return element.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // answered below
        }
        throw ApiError.parseError();
    }

    static String string(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    static JsonObject object(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    static JsonArray array(JsonObject object, String member) {
        JsonElement value = object == null ? null : object.get(member);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    static JsonObject of(Object... namesAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.add((String) namesAndValues[i], GSON.toJsonTree(namesAndValues[i + 1]));
        }
        return object;
    }

    static JsonObject fromMap(Map<String, String> map) {
        JsonObject object = new JsonObject();
        map.forEach(object::addProperty);
        return object;
    }

    /** A client model object ({@code Event}, …) as JSON, serialised the way the client would send it. */
    static JsonObject fromModel(GenericJson model) {
        try {
            return parseObject(GsonFactory.getDefaultInstance().toString(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON parsed into a client model class, the way the client parses a response. */
    static <T> T toModel(JsonElement json, Class<T> type) {
        try {
            return GsonFactory.getDefaultInstance().fromString(GSON.toJson(json), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
