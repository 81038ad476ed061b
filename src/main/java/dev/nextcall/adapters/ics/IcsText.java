package dev.nextcall.adapters.ics;

import java.util.List;

/** Writing content lines by RFC 5545: TEXT escaping, parameter quoting, folding, CRLF. */
final class IcsText {

    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;

    private IcsText() {
    }

    /** A TEXT value (3.3.11): backslash, semicolon, comma and line breaks escaped; CR, LF and CRLF all become {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append(c);
                // Other control characters are not allowed in TEXT (3.3.11) and would corrupt the line.
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The reverse of {@link #escape(String)}, lenient about a stray backslash. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A parameter value such as CN (3.2): quoted when it holds ':', ';' or ','. A double quote cannot
     * appear in a parameter value at all, and control characters would break the line, so both are
     * replaced.
     */
    static String parameterValue(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '"') {
                clean.append('\'');
            } else if (Character.isISOControl(cp)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String text = clean.toString();
        boolean needsQuotes = text.indexOf(':') >= 0 || text.indexOf(';') >= 0 || text.indexOf(',') >= 0;
        return needsQuotes ? '"' + text + '"' : text;
    }

    /** The lines, each folded and ended with CRLF. */
    static String fold(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            appendFolded(out, line);
        }
        return out.toString();
    }

    /**
     * Folds at 75 octets of UTF-8, never inside a character: a continuation line starts with one
     * space, which counts towards its 75.
     */
    private static void appendFolded(StringBuilder out, String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
