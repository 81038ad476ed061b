package dev.nextcall.ui.history;

import dev.nextcall.domain.Interval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The review's period filter; days and weeks are the rep's (weeks start on Monday). */
public enum ReviewPeriod {
    THIS_WEEK("This week", "this week"),
    LAST_30_DAYS("Last 30 days", "in the last 30 days"),
    THIS_QUARTER("This quarter", "this quarter"),
    ALL_TIME("All time", "in all"),
    CUSTOM("From … to …", "in the chosen days");

    private final String label;
    private final String phrase;

    ReviewPeriod(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /** How the count header ends: "37 calls without a next step in the last 30 days". */
    public String phrase() {
        return phrase;
    }

    /**
     * The calls' start times this period covers, up to the end of today; empty for all time.
     *
     * @param from first day of a custom period, or null for open
     * @param to   last day (included) of a custom period, or null for open
     */
    public Optional<Interval> interval(Instant now, ZoneId zone, LocalDate from, LocalDate to) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        return switch (this) {
            case THIS_WEEK -> Optional.of(new Interval(
                    today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant(),
                    endOfToday));
            case LAST_30_DAYS -> Optional.of(new Interval(today.minusDays(29).atStartOfDay(zone).toInstant(),
                    endOfToday));
            case THIS_QUARTER -> Optional.of(new Interval(quarterStart(today).atStartOfDay(zone).toInstant(),
                    endOfToday));
            case ALL_TIME -> Optional.empty();
            case CUSTOM -> custom(zone, from, to);
        };
    }

    private static Optional<Interval> custom(ZoneId zone, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        Instant start = (from == null ? LocalDate.of(1970, 1, 1) : from).atStartOfDay(zone).toInstant();
        Instant end = (to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1)).atStartOfDay(zone).toInstant();
        // Days picked the wrong way round mean the same days.
        return Optional.of(end.isAfter(start) ? new Interval(start, end)
                : custom(zone, to, from).orElseThrow());
    }

    private static LocalDate quarterStart(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
    }
}
