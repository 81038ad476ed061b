package dev.nextcall.adapters.ics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Edits calendar.ics as text: appending a component changes no other byte of the file, where
 * re-serialising it through a parser could reorder, re-escape or drop what other programs wrote.
 */
final class CalendarFileText {

    private static final byte[] END_VCALENDAR = "END:VCALENDAR".getBytes(StandardCharsets.US_ASCII);

    /** What calendar.ics says about one of our events. */
    record StoredEvent(String uid, String link) {
    }

    private CalendarFileText() {
    }

    /** A file with nothing but white space in it is as good as no file. */
    static boolean isBlank(byte[] calendar) {
        for (byte b : calendar) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * The calendar with {@code component} inserted just before its last {@code END:VCALENDAR} line;
     * empty when there is no such line (a damaged file is left alone).
     */
    static Optional<byte[]> insertBeforeEnd(byte[] calendar, byte[] component) {
        int at = lastEndLine(calendar);
        if (at < 0) {
            return Optional.empty();
        }
        byte[] result = new byte[calendar.length + component.length];
        System.arraycopy(calendar, 0, result, 0, at);
        System.arraycopy(component, 0, result, at, component.length);
        System.arraycopy(calendar, at, result, at + component.length, calendar.length - at);
        return Optional.of(result);
    }

    /** The VEVENT with this UID, with its link (URL, else LOCATION), if the calendar has one. */
    static Optional<StoredEvent> find(byte[] calendar, String uid) {
        List<ContentLines.Line> lines = ContentLines.unfold(new String(calendar, StandardCharsets.UTF_8));
        int depth = 0;
        boolean inEvent = false;
        String currentUid = null;
        String url = "";
        String location = "";
        for (ContentLines.Line line : lines) {
            String name = ContentLines.name(line.text());
            String value = ContentLines.value(line.text());
            if (name.equals("BEGIN")) {
                depth++;
                if (depth == 2) {
                    inEvent = value.strip().equalsIgnoreCase("VEVENT");
                    currentUid = null;
                    url = "";
                    location = "";
                }
            } else if (name.equals("END")) {
                if (depth == 2 && inEvent && uid.equals(currentUid)) {
                    return Optional.of(new StoredEvent(uid, url.isEmpty() ? location : url));
                }
                depth--;
            } else if (depth == 2 && inEvent) {
                // Depth 2 is a component's own property; VALARM lines inside it are deeper.
                switch (name) {
                    case "UID" -> currentUid = IcsText.unescape(value.strip());
                    case "URL" -> url = value.strip();
                    case "LOCATION" -> location = IcsText.unescape(value);
                    default -> { }
                }
            }
        }
        return Optional.empty();
    }

    /** Index of the last line that starts with END:VCALENDAR (any case), or -1. */
    private static int lastEndLine(byte[] calendar) {
        for (int i = calendar.length - END_VCALENDAR.length; i >= 0; i--) {
            boolean lineStart = i == 0 || calendar[i - 1] == '\n' || calendar[i - 1] == '\r';
            if (lineStart && startsWithIgnoreCase(calendar, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(byte[] calendar, int at) {
        for (int k = 0; k < END_VCALENDAR.length; k++) {
            if (Character.toUpperCase((char) calendar[at + k]) != END_VCALENDAR[k]) {
                return false;
            }
        }
        return true;
    }
}
