package dev.nextcall.app;

import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.NextStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The one CSV of the call history, written by {@code history --csv} and by the review window's export.
 *
 * <p>RFC 4180: comma separated, CRLF line ends, a cell with a comma, quote, CR or LF is quoted and its
 * quotes doubled; the first row names the columns. Safe to open in a spreadsheet: a cell starting with
 * {@code = + - @}, a tab or a CR gets a leading apostrophe, so no spreadsheet evaluates it as a formula
 * (OWASP's advice on CSV injection). Times are UTC in ISO 8601, so the file means the same everywhere.
 * Written to a file it should be UTF-8; the text itself is Unicode.
 */
public final class CallCsv {

    public static final String LINE_END = "\r\n";

    public static final List<String> HEADER = List.of("call_id", "started", "ended", "prospect_name",
            "prospect_email", "prospect_company", "prospect_zone", "outcome", "next_step_start", "next_step_end",
            "next_step_status", "next_step_reason", "without_next_step", "no_next_step_reason", "no_next_step_note",
            "notes");

    private static final DateTimeFormatter UTC = DateTimeFormatter.ISO_INSTANT;

    private CallCsv() {
    }

    /** The header row and one row per record. */
    public static void write(List<CallRecord> records, Appendable out) {
        try {
            out.append(row(HEADER));
            for (CallRecord record : records) {
                out.append(row(cells(record)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV", e);
        }
    }

    public static List<String> cells(CallRecord record) {
        Call call = record.call();
        NextStep step = record.nextStep();
        return List.of(call.id(), utc(call.timing().start()), call.endedAt().map(CallCsv::utc).orElse(""),
                call.prospect().name(), call.prospect().email(), call.prospect().company(),
                call.prospect().zone().getId(), lower(call.outcome()),
                step == null ? "" : utc(step.time().start()), step == null ? "" : utc(step.time().end()),
                step == null ? "" : lower(step.status()), step == null ? "" : step.reason(),
                String.valueOf(record.withoutNextStep()),
                record.noNextStepMark().map(m -> lower(m.reason())).orElse(""),
                record.noNextStepMark().map(m -> m.text()).orElse(""), call.notes());
    }

    /** One line of cells, ending with CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    public static String cell(String raw) {
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

    private static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
