package dev.nextcall.adapters.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A calendar text made ready for ical4j: unfolded, blank lines dropped, every line checked for the
 * {@code NAME:value} shape, and VTIMEZONEs without a TZID removed (nothing can refer to them, and
 * ical4j rejects the whole file over one). Keeps the physical line number of every line it passes
 * on, so that ical4j's line numbers can be turned back into the lines the rep sees in an editor.
 */
final class IcsSource {

    private final List<ContentLines.Line> lines;
    private final int lastLine;

    private IcsSource(List<ContentLines.Line> lines, int lastLine) {
        this.lines = List.copyOf(lines);
        this.lastLine = lastLine;
    }

    static IcsSource of(String text) throws MalformedIcsException {
        List<ContentLines.Line> unfolded = ContentLines.unfold(text);
        for (ContentLines.Line line : unfolded) {
            Optional<String> problem = ContentLines.syntaxProblem(line.text());
            if (problem.isPresent()) {
                throw new MalformedIcsException(line.number(), problem.get() + " in '" + abbreviate(line.text()) + "'");
            }
        }
        int lastLine = unfolded.isEmpty() ? 1 : unfolded.get(unfolded.size() - 1).number();
        return new IcsSource(withoutAnonymousTimeZones(unfolded), lastLine);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** One content line per property, CRLF line ends: the form ical4j parses without surprises. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (ContentLines.Line line : lines) {
            text.append(line.text()).append("\r\n");
        }
        return text.toString();
    }

    /**
     * The physical line behind line {@code parserLine} of {@link #text()}; past the end (ical4j's
     * "unexpected end of file"), the last line of the file.
     */
    int physicalLine(int parserLine) {
        if (parserLine >= 1 && parserLine <= lines.size()) {
            return lines.get(parserLine - 1).number();
        }
        return lastLine;
    }

    /** The text of line {@code parserLine} of {@link #text()}, if there is such a line. */
    Optional<String> parserLineText(int parserLine) {
        if (parserLine >= 1 && parserLine <= lines.size()) {
            return Optional.of(lines.get(parserLine - 1).text());
        }
        return Optional.empty();
    }

    /**
     * The first line of property {@code name} whose text contains {@code fragment}: used to point at
     * a bad value that ical4j only notices after parsing (an unknown TZID, for example). 0 if none.
     */
    int lineOf(String name, String fragment) {
        for (ContentLines.Line line : lines) {
            if (ContentLines.name(line.text()).equals(name.toUpperCase(Locale.ROOT)) && line.text().contains(fragment)) {
                return line.number();
            }
        }
        return 0;
    }

    /**
     * The line of the {@code ordinal}-th property (0-based) named {@code name}, which ical4j created
     * in file order; checked against its text, and found by text alone if the count does not match.
     */
    int lineOf(String name, int ordinal, String text) {
        String upper = name.toUpperCase(Locale.ROOT);
        int seen = 0;
        for (ContentLines.Line line : lines) {
            if (ContentLines.name(line.text()).equals(upper)) {
                if (seen == ordinal) {
                    return ContentLines.value(line.text()).contains(text) ? line.number() : lineOf(name, text);
                }
                seen++;
            }
        }
        return lineOf(name, text);
    }

    private static List<ContentLines.Line> withoutAnonymousTimeZones(List<ContentLines.Line> lines) {
        List<ContentLines.Line> kept = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            ContentLines.Line line = lines.get(i);
            if (isBegin(line, "VTIMEZONE")) {
                int end = indexOfEnd(lines, i, "VTIMEZONE");
                // An unterminated block is passed on as it is, so that ical4j reports it with its line.
                if (end > 0 && !hasTopLevelTzid(lines, i, end)) {
                    i = end + 1;
                    continue;
                }
            }
            kept.add(line);
            i++;
        }
        return kept;
    }

    private static boolean hasTopLevelTzid(List<ContentLines.Line> lines, int begin, int end) {
        int depth = 0;
        for (int i = begin + 1; i < end; i++) {
            String name = ContentLines.name(lines.get(i).text());
            if (name.equals("BEGIN")) {
                depth++;
            } else if (name.equals("END")) {
                depth--;
            } else if (depth == 0 && name.equals("TZID")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfEnd(List<ContentLines.Line> lines, int begin, String component) {
        for (int i = begin + 1; i < lines.size(); i++) {
            if (isEnd(lines.get(i), component)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBegin(ContentLines.Line line, String component) {
        return ContentLines.name(line.text()).equals("BEGIN") && ContentLines.value(line.text()).strip().equalsIgnoreCase(component);
    }

    private static boolean isEnd(ContentLines.Line line, String component) {
        return ContentLines.name(line.text()).equals("END") && ContentLines.value(line.text()).strip().equalsIgnoreCase(component);
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
