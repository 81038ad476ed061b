package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a slot into words a rep can say: in the prospect's zone first (it is their diary the date
 * goes into), with the rep's own time alongside when the zones differ. "Today" and "tomorrow" are
 * relative to the prospect's date, because that is what they will hear.
 */
public final class SlotWording {

    private final Locale locale;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final DateTimeFormatter zoneName;

    public SlotWording(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.zoneName = DateTimeFormatter.ofPattern("zzz", locale);
    }

    public SpokenSlot describe(Interval slot, Instant now, ZoneId repZone, ZoneId prospectZone) {
        ZonedDateTime theirs = slot.start().atZone(prospectZone);
        ZonedDateTime mine = slot.start().atZone(repZone);
        boolean sameClock = theirs.toLocalDateTime().equals(mine.toLocalDateTime());
        String day = dayWord(theirs, now.atZone(prospectZone).toLocalDate());
        String label = date.format(theirs) + " · " + time.format(theirs);
        if (sameClock) {
            return new SpokenSlot(slot, label, day + " at " + time.format(theirs), "");
        }
        String mineText = sameDate(theirs, mine) ? time.format(mine)
                : mine.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + time.format(mine);
        String spoken = day + " at " + time.format(theirs) + " your time (" + mineText + " mine)";
        String other = date.format(mine) + " · " + time.format(mine) + " " + shortZone(mine);
        return new SpokenSlot(slot, label + " " + shortZone(theirs), spoken, other);
    }

    private String dayWord(ZonedDateTime when, LocalDate today) {
        LocalDate day = when.toLocalDate();
        if (day.equals(today)) {
            return "today";
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return when.getDayOfWeek().getDisplayName(TextStyle.FULL, locale)
                + (day.isAfter(today.plusDays(6)) ? " " + DateTimeFormatter.ofPattern("d MMMM", locale).format(when) : "");
    }

    private static boolean sameDate(ZonedDateTime a, ZonedDateTime b) {
        return a.toLocalDate().equals(b.toLocalDate());
    }

    /** "CET", "EDT", "IST": the short name the zone uses at that instant. */
    private String shortZone(ZonedDateTime at) {
        return zoneName.format(at);
    }
}
