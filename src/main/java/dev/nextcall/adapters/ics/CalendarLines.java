package dev.nextcall.adapters.ics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The writing side's view of a calendar file: content lines that know which bytes they came from,
 * and the components directly inside a VCALENDAR with their own properties. It lets the gateway
 * change one property of one event and keep every other byte, line break and fold as it was.
 *
 * <p>Lenient on purpose: it never rejects a file (that is the reader's job, with line numbers); a
 * line it cannot make sense of is kept as it is and means nothing to it.
 */
final class CalendarLines {

    /**
     * One logical content line (folds joined) and the bytes it occupies, line breaks included:
     * {@code [start, end)}.
     */
    record Line(int start, int end, String text) {

        Property property() {
            return Property.parse(text);
        }
    }

    /**
     * A content line taken apart: {@code NAME;PARAM=value:value}. Names are upper case; parameter
     * values are unquoted; the value is raw (TEXT escapes kept). {@code text} is the whole line as
     * written, for copying it into another document unchanged.
     */
    record Property(String name, Map<String, String> parameters, String value, String text) {

        Property {
            parameters = Map.copyOf(parameters);
        }

        Optional<String> parameter(String parameterName) {
            return Optional.ofNullable(parameters.get(parameterName.toUpperCase(Locale.ROOT)));
        }

        static Property parse(String text) {
            int nameEnd = scanName(text, 0);
            String name = text.substring(0, nameEnd).toUpperCase(Locale.ROOT);
            Map<String, String> parameters = new LinkedHashMap<>();
            int i = nameEnd;
            int n = text.length();
            while (i < n && text.charAt(i) == ';') {
                int parameterEnd = scanName(text, i + 1);
                if (parameterEnd >= n || text.charAt(parameterEnd) != '=') {
                    return new Property(name, Map.of(), "", text);
                }
                String parameterName = text.substring(i + 1, parameterEnd).toUpperCase(Locale.ROOT);
                StringBuilder value = new StringBuilder();
                i = parameterEnd + 1;
                while (true) {
                    if (i < n && text.charAt(i) == '"') {
                        int close = text.indexOf('"', i + 1);
                        if (close < 0) {
                            return new Property(name, Map.of(), "", text);
                        }
                        value.append(text, i + 1, close);
                        i = close + 1;
                    } else {
                        int from = i;
                        while (i < n && ";:,".indexOf(text.charAt(i)) < 0) {
                            i++;
                        }
                        value.append(text, from, i);
                    }
                    if (i < n && text.charAt(i) == ',') {
                        value.append(',');
                        i++;
                        continue;
                    }
                    break;
                }
                parameters.putIfAbsent(parameterName, value.toString());
            }
            if (nameEnd == 0 || i >= n || text.charAt(i) != ':') {
                return new Property(name, Map.of(), "", text);
            }
            return new Property(name, parameters, text.substring(i + 1), text);
        }

        private static int scanName(String text, int from) {
            int i = from;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                    break;
                }
                i++;
            }
            return i;
        }
    }

    /**
     * A component directly inside a VCALENDAR (a VEVENT, VTODO, VTIMEZONE…), occupying
     * {@code [start, end)}: from its BEGIN line through its END line and that line's break.
     *
     * @param properties its own properties, without BEGIN/END and without those of nested components
     *                   such as VALARM
     * @param bodyEnd    where its own properties end: the first nested BEGIN, else its END line; new
     *                   properties go here
     * @param lineBreak  the line break its BEGIN line ends with, for lines written into it
     */
    record Component(String type, int start, int end, List<Line> properties, int bodyEnd, String lineBreak) {

        Component {
            properties = List.copyOf(properties);
        }

        /** The first of its own properties with this name. */
        Optional<Property> first(String name) {
            return properties.stream().map(Line::property).filter(p -> p.name().equals(name)).findFirst();
        }

        List<Property> all(String name) {
            return properties.stream().map(Line::property).filter(p -> p.name().equals(name)).toList();
        }
    }

    private CalendarLines() {
    }

    /**
     * The logical lines of the file. A physical line starting with a space or tab continues the
     * previous one (RFC 5545 3.1); blank lines are skipped, and a blank line inside a fold belongs to
     * the line around it. Line breaks may be CRLF, LF or CR, even mixed.
     */
    static List<Line> lines(byte[] bytes) {
        List<Line> lines = new ArrayList<>();
        int lineStart = -1;
        int lineEnd = -1;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int contentEnd = i;
            while (contentEnd < bytes.length && bytes[contentEnd] != '\r' && bytes[contentEnd] != '\n') {
                contentEnd++;
            }
            int next = contentEnd;
            if (next < bytes.length && bytes[next] == '\r') {
                next++;
            }
            if (next < bytes.length && bytes[next] == '\n' && (next == contentEnd || bytes[next - 1] == '\r')) {
                next++;
            }
            boolean blank = isBlank(bytes, i, contentEnd);
            boolean continuation = !blank && (bytes[i] == ' ' || bytes[i] == '\t');
            if (continuation && lineStart >= 0) {
                text.write(bytes, i + 1, contentEnd - i - 1);
                lineEnd = next;
            } else if (!blank) {
                if (lineStart >= 0) {
                    lines.add(new Line(lineStart, lineEnd, text.toString(StandardCharsets.UTF_8)));
                }
                text.reset();
                text.write(bytes, i, contentEnd - i);
                lineStart = i;
                lineEnd = next;
            }
            i = next;
        }
        if (lineStart >= 0) {
            lines.add(new Line(lineStart, lineEnd, text.toString(StandardCharsets.UTF_8)));
        }
        return lines;
    }

    /** Every component one level inside a VCALENDAR, in file order. */
    static List<Component> components(byte[] bytes) {
        List<Component> components = new ArrayList<>();
        int depth = 0;
        String type = null;
        int start = 0;
        int bodyEnd = -1;
        List<Line> own = new ArrayList<>();
        for (Line line : lines(bytes)) {
            Property property = line.property();
            if (property.name().equals("BEGIN")) {
                depth++;
                if (depth == 2) {
                    type = property.value().strip().toUpperCase(Locale.ROOT);
                    start = line.start();
                    bodyEnd = -1;
                    own = new ArrayList<>();
                } else if (depth == 3 && bodyEnd < 0) {
                    bodyEnd = line.start();
                }
            } else if (property.name().equals("END")) {
                if (depth == 2 && type != null) {
                    components.add(new Component(type, start, line.end(), own, bodyEnd < 0 ? line.start() : bodyEnd,
                            lineBreakAt(bytes, start)));
                    type = null;
                }
                depth = Math.max(0, depth - 1);
            } else if (depth == 2 && type != null) {
                own.add(line);
            }
        }
        return components;
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The break that ends the physical line starting at {@code from}; CRLF when it has none. */
    private static String lineBreakAt(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\r' && bytes[i] != '\n') {
            i++;
        }
        if (i >= bytes.length) {
            return "\r\n";
        }
        if (bytes[i] == '\r') {
            return i + 1 < bytes.length && bytes[i + 1] == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
