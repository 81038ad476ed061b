package dev.nextcall.adapters.sqlite;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.nextcall.domain.Attendee;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendees column: {@code [{"name":"Ada Lovelace","email":"ada@example.com"}]}. Written field by
 * field rather than by reflection, so renaming a Java field can never change the stored format.
 */
final class AttendeesJson {

    private AttendeesJson() {
    }

    static String write(List<Attendee> attendees) {
        JsonArray array = new JsonArray();
        for (Attendee attendee : attendees) {
            JsonObject object = new JsonObject();
            object.addProperty("name", attendee.name());
            object.addProperty("email", attendee.email());
            array.add(object);
        }
        return array.toString();
    }

    /** @throws IllegalArgumentException when the text is not a list of attendees */
    static List<Attendee> read(String json) {
        try {
            JsonElement root = JsonParser.parseString(json);
            List<Attendee> attendees = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray()) {
                JsonObject object = element.getAsJsonObject();
                JsonElement name = object.get("name");
                attendees.add(new Attendee(name == null || name.isJsonNull() ? "" : name.getAsString(),
                        object.get("email").getAsString()));
            }
            return attendees;
        } catch (RuntimeException e) {
            // Gson reports shape errors as IllegalStateException, syntax as JsonParseException.
            throw new IllegalArgumentException("unreadable attendees " + json + ": " + e.getMessage(), e);
        }
    }
}
