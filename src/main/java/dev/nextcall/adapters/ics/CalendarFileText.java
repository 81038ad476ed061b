package dev.nextcall.adapters.ics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Edits calendar.ics as text: appending a component or cancelling one of our events changes no other
 * byte of the file, where re-serialising it through a parser could reorder, re-escape or drop what
 * other programs wrote.
 */
final class CalendarFileText {

    private static final byte[] END_VCALENDAR = "END:VCALENDAR".getBytes(StandardCharsets.US_ASCII);

    /**
     * One of our events as calendar.ics has it.
     *
     * @param event     its VEVENT (the first with the UID)
     * @param cancelled every VEVENT with the UID says STATUS:CANCELLED
     * @param sequence  the highest SEQUENCE among them
     */
    record StoredEvent(String uid, CalendarLines.Component event, boolean cancelled, int sequence) {

        /** Where the meeting happens: URL, else LOCATION; empty when neither is there. */
        String link() {
            return event.first("URL").map(p -> p.value().strip())
                    .or(() -> event.first("LOCATION").map(p -> IcsText.unescape(p.value())))
                    .orElse("");
        }
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

    /**
     * What calendar.ics says about one of our events: every VEVENT with its UID (one, unless another
     * program added overrides), whether all of them are cancelled, and the highest SEQUENCE among them.
     */
    static Optional<StoredEvent> find(byte[] calendar, String uid) {
        List<CalendarLines.Component> events = eventsWith(calendar, uid);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        boolean cancelled = events.stream().allMatch(CalendarFileText::isCancelled);
        int sequence = events.stream().mapToInt(CalendarFileText::sequenceOf).max().orElse(0);
        return Optional.of(new StoredEvent(uid, events.get(0), cancelled, sequence));
    }

    /**
     * The calendar with every live VEVENT of this UID marked cancelled, in place: STATUS:CANCELLED,
     * the given SEQUENCE, DTSTAMP and LAST-MODIFIED set to {@code stamp}. Those properties are
     * replaced where they are and added where missing; every other byte of the file, the event's
     * other lines included, stays as it was. Empty when the calendar has no live event with the UID.
     */
    static Optional<byte[]> cancel(byte[] calendar, String uid, int sequence, Instant stamp) {
        List<CalendarLines.Component> live = eventsWith(calendar, uid).stream()
                .filter(event -> !isCancelled(event))
                .toList();
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SEQUENCE", Integer.toString(sequence));
        values.put("STATUS", "CANCELLED");
        values.put("DTSTAMP", EventTimeFormat.utcValue(stamp));
        values.put("LAST-MODIFIED", EventTimeFormat.utcValue(stamp));
        List<Edit> edits = new ArrayList<>();
        for (CalendarLines.Component event : live) {
            edits.addAll(editsFor(event, values));
        }
        return Optional.of(apply(calendar, edits));
    }

    /** Replace {@code [start, end)} with {@code bytes}; an insertion has {@code start == end}. */
    private record Edit(int start, int end, byte[] bytes) {
    }

    private static List<Edit> editsFor(CalendarLines.Component event, Map<String, String> values) {
        List<Edit> edits = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (CalendarLines.Line line : event.properties()) {
            String name = line.property().name();
            if (values.containsKey(name)) {
                // The first one is replaced; a duplicate (invalid anyway) goes, so one value remains.
                byte[] replacement = written.add(name) ? lineBytes(name, values.get(name), event.lineBreak()) : new byte[0];
                edits.add(new Edit(line.start(), line.end(), replacement));
            }
        }
        ByteArrayOutputStream added = new ByteArrayOutputStream();
        values.forEach((name, value) -> {
            if (!written.contains(name)) {
                added.writeBytes(lineBytes(name, value, event.lineBreak()));
            }
        });
        if (added.size() > 0) {
            edits.add(new Edit(event.bodyEnd(), event.bodyEnd(), added.toByteArray()));
        }
        return edits;
    }

    private static byte[] lineBytes(String name, String value, String lineBreak) {
        return IcsText.fold(List.of(name + ":" + value)).replace("\r\n", lineBreak).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] apply(byte[] calendar, List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        ByteArrayOutputStream out = new ByteArrayOutputStream(calendar.length + 256);
        int copied = 0;
        for (Edit edit : ordered) {
            out.write(calendar, copied, edit.start() - copied);
            out.writeBytes(edit.bytes());
            copied = edit.end();
        }
        out.write(calendar, copied, calendar.length - copied);
        return out.toByteArray();
    }

    private static List<CalendarLines.Component> eventsWith(byte[] calendar, String uid) {
        return CalendarLines.components(calendar).stream()
                .filter(component -> component.type().equals("VEVENT"))
                .filter(event -> event.first("UID").map(p -> IcsText.unescape(p.value().strip())).filter(uid::equals).isPresent())
                .toList();
    }

    private static boolean isCancelled(CalendarLines.Component event) {
        return event.first("STATUS").map(p -> p.value().strip().equalsIgnoreCase("CANCELLED")).orElse(false);
    }

    /** SEQUENCE as written; 0 when absent or not a number (RFC 5545 3.8.7.4: absent means 0). */
    private static int sequenceOf(CalendarLines.Component event) {
        try {
            return event.first("SEQUENCE").map(p -> Integer.parseInt(p.value().strip())).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
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
