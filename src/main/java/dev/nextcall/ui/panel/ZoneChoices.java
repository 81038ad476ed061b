package dev.nextcall.ui.panel;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/** The zones a rep can pick for a prospect: the named regions, as "America/New_York (Eastern Time)". */
final class ZoneChoices {

    static final StringConverter<ZoneId> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(ZoneId zone) {
            return zone == null ? "" : zone.getId().replace('_', ' ') + " (" + zone.getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + ")";
        }

        @Override
        public ZoneId fromString(String text) {
            return text == null || text.isBlank() ? null : ZoneId.of(text.split(" \\(")[0].strip().replace(' ', '_'));
        }
    };

    private ZoneChoices() {
    }

    /** The zone as a place a prospect would name: "America/New_York" → "New York". */
    static String place(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** Region zones only ("Europe/Berlin"), sorted; offsets and legacy aliases would only confuse. */
    static List<ZoneId> all() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                        && Character.isUpperCase(id.charAt(0)) && !id.startsWith("US/"))
                .sorted()
                .map(ZoneId::of)
                .toList();
    }
}
