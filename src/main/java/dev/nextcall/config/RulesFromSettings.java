package dev.nextcall.config;

import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.TimeRange;
import dev.nextcall.domain.slot.WorkingHours;
import dev.nextcall.domain.slot.WorkingSchedule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the hand-editable availability of {@code settings.json} into the domain's slot rules. Every
 * problem is an {@link IllegalArgumentException} whose message names the field, so the settings
 * check can show it as it is.
 */
final class RulesFromSettings {

    private RulesFromSettings() {
    }

    static SlotRules slotRules(Settings.Availability a, ZoneId repZone) {
        WorkingSchedule schedule = new WorkingSchedule(
                workingHours(a.repHours(), "availability.repHours"),
                ranges(a.breaks(), "availability.breaks"),
                overrides(a.dateOverrides()));
        return new SlotRules(repZone, schedule, workingHours(a.prospectHours(), "availability.prospectHours"),
                minutes(a.meetingMinutes()), minutes(a.stepMinutes()),
                minutes(a.bufferBeforeMinutes()), minutes(a.bufferAfterMinutes()),
                minutes(a.minimumNoticeMinutes()), a.horizonDays(), a.proposals(), a.dailyMeetingCap(),
                minutes(a.comfortMarginMinutes()));
    }

    private static Duration minutes(int value) {
        return Duration.ofMinutes(value);
    }

    private static WorkingHours workingHours(Map<String, List<String>> days, String field) {
        Map<DayOfWeek, List<TimeRange>> parsed = new EnumMap<>(DayOfWeek.class);
        days.forEach((name, list) -> {
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": '" + name + "' is not a weekday", e);
            }
            parsed.put(day, ranges(list, field + "." + name));
        });
        try {
            return WorkingHours.of(parsed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static Map<LocalDate, List<TimeRange>> overrides(Map<String, List<String>> byDate) {
        Map<LocalDate, List<TimeRange>> parsed = new TreeMap<>();
        byDate.forEach((text, list) -> {
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("availability.dateOverrides: '" + text
                        + "' is not a date like 2026-12-24", e);
            }
            parsed.put(date, ranges(list, "availability.dateOverrides." + text));
        });
        return parsed;
    }

    private static List<TimeRange> ranges(List<String> texts, String field) {
        List<TimeRange> list = new ArrayList<>();
        for (String text : texts) {
            list.add(parseRange(text, field));
        }
        return list;
    }

    private static TimeRange parseRange(String text, String field) {
        String[] parts = text.split("-");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected HH:MM-HH:MM");
            }
            return TimeRange.of(parts[0].strip(), parts[1].strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a range like 09:00-17:00", e);
        }
    }
}
