package dev.nextcall.adapters.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content-line layer of RFC 5545 (3.1): unfolding, and the shape {@code NAME *(;PARAM) : value}.
 * ical4j unfolds only CRLF folds reliably and accepts a line without a colon silently, so the adapter
 * does this step itself and hands ical4j one clean line per property.
 */
final class ContentLines {

    /** One unfolded content line and the number of the physical line it starts on (1-based). */
    record Line(int number, String text) {
    }

    private ContentLines() {
    }

    /**
     * Splits on CRLF, LF or CR, joins folded lines (a line starting with a space or tab continues the
     * previous one) and drops blank lines, which real-world files contain and RFC 5545 tolerates.
     */
    static List<Line> unfold(String text) {
        List<Line> logical = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        int number = 0;
        int length = text.length();
        // Scanned by hand: a regex split of a few megabytes costs more than the rest of this class.
        for (int start = 0; start <= length; ) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            if (!isBlank(text, start, end)) {
                char first = text.charAt(start);
                if ((first == ' ' || first == '\t') && current != null) {
                    current.append(text, start + 1, end);
                } else {
                    if (current != null) {
                        logical.add(new Line(currentNumber, current.toString()));
                    }
                    // A continuation with nothing before it stays a line of its own; the syntax check rejects it.
                    current = new StringBuilder(end - start + 16).append(text, start, end);
                    currentNumber = number;
                }
            }
            if (end == length) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (current != null) {
            logical.add(new Line(currentNumber, current.toString()));
        }
        return logical;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with the shape of a content line, or empty when it is well formed. Catches the
     * classic damage of hand-edited or badly exported files: a fold without its leading space
     * (leaving a line with no colon) and a quoted parameter that swallows the value.
     */
    static Optional<String> syntaxProblem(String text) {
        int nameEnd = scanName(text, 0);
        if (nameEnd == 0) {
            return Optional.of("expected a property name at the start of the line (a folded line without its leading space?)");
        }
        int separator = separatorIndex(text, nameEnd);
        if (separator == -2) {
            return Optional.of("a quoted parameter value is not closed");
        }
        if (separator < 0) {
            return nameEnd < text.length() && text.charAt(nameEnd) == ';'
                    ? Optional.of("malformed parameter: no ':' after the parameters")
                    : Optional.of("no ':' between name and value (a folded line without its leading space?)");
        }
        return Optional.empty();
    }

    /** The property name, upper case, e.g. {@code DTSTART} for {@code dtstart;TZID=X:2024…}. */
    static String name(String text) {
        return text.substring(0, scanName(text, 0)).toUpperCase(Locale.ROOT);
    }

    /** The raw value after the separator colon; empty when the line is malformed. */
    static String value(String text) {
        int separator = separatorIndex(text, scanName(text, 0));
        return separator < 0 ? "" : text.substring(separator + 1);
    }

    /**
     * Index of the colon that separates name and parameters from the value, skipping colons inside
     * quoted parameter values; -1 when there is none, -2 when a quote is never closed.
     */
    private static int separatorIndex(String text, int nameEnd) {
        if (nameEnd == 0) {
            return -1;
        }
        int i = nameEnd;
        int n = text.length();
        while (i < n && text.charAt(i) == ';') {
            int paramNameEnd = scanName(text, i + 1);
            if (paramNameEnd == i + 1 || paramNameEnd >= n || text.charAt(paramNameEnd) != '=') {
                return -1;
            }
            i = paramNameEnd + 1;
            while (true) {
                if (i < n && text.charAt(i) == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        return -2;
                    }
                    i = close + 1;
                } else {
                    while (i < n && ";:,\"".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                }
                if (i < n && text.charAt(i) == ',') {
                    i++;
                    continue;
                }
                break;
            }
        }
        return i < n && text.charAt(i) == ':' ? i : -1;
    }

    /** End of a name (letters, digits, '-'; '_' tolerated as some exporters use it) starting at from. */
    private static int scanName(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean nameChar = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!nameChar) {
                break;
            }
            i++;
        }
        return i;
    }
}
