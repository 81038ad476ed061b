package dev.nextcall.ui.settings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One weekday's working hours as the rep types them: "09:00-17:00", or several ranges separated by
 * commas for a split day ("08:00-12:00, 14:00-18:00"); empty is a day off. Checked as it is typed.
 */
public final class HoursField extends CheckedText {

    /** @param ranges the day's ranges as stored in settings.json ("09:00-17:00") */
    HoursField(List<String> ranges) {
        start(String.join(", ", ranges));
    }

    /** The ranges in settings.json's form, e.g. ["09:00-12:00", "13:00-17:00"]; empty for a day off. */
    List<String> ranges() {
        return parse(typed()).ranges();
    }

    @Override
    String problem(String typed) {
        return parse(typed).problem();
    }

    private record Parsed(List<String> ranges, String problem) {
    }

    private static Parsed parse(String typed) {
        List<String> ranges = new ArrayList<>();
        LocalTime lastEnd = null;
        String all = typed == null ? "" : typed.strip();
        if (all.isEmpty()) {
            return new Parsed(ranges, "");
        }
        for (String part : all.split(",")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                return new Parsed(List.of(), "Write hours like 09:00-17:00 (leave empty for a day off)");
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.parse(pad(ends[0]));
                end = LocalTime.parse(pad(ends[1]));
            } catch (DateTimeParseException e) {
                return new Parsed(List.of(), "'" + part.strip() + "' is not a time range like 09:00-17:00");
            }
            if (!end.isAfter(start)) {
                return new Parsed(List.of(), "End must be after start (" + part.strip() + ")");
            }
            if (lastEnd != null && start.isBefore(lastEnd)) {
                return new Parsed(List.of(), "Ranges must not overlap and go in order of the day");
            }
            lastEnd = end;
            ranges.add(start + "-" + end);
        }
        return new Parsed(List.copyOf(ranges), "");
    }

    /** "9:00" is read as "09:00". */
    private static String pad(String time) {
        String t = time.strip();
        return t.indexOf(':') == 1 ? "0" + t : t;
    }
}
