package dev.nextcall.cli;

import java.util.List;

/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab
 * or a carriage return gets a leading apostrophe, so no spreadsheet evaluates it as a formula.
 */
final class Csv {

    static final String LINE_END = "\r\n";

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    static String cell(String raw) {
        String value = neutralise(raw == null ? "" : raw);
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
