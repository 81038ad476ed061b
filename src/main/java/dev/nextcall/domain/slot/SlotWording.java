package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a slot into words a rep can say, in the rep's locale: in the prospect's zone first (it is their
 * diary the date goes into), with the rep's own time alongside when the clocks differ, e.g. "Tuesday
 * 10:00 your time, 16:00 mine". "Today" and "tomorrow" are relative to the prospect's date, because that
 * is what they will hear; beyond six days the date is said too.
 *
 * <p>Times follow the locale ({@link FormatStyle#SHORT}: en_US "10:00 AM", en_GB and German "10:00");
 * the connecting words come from {@link WordingTemplates} (English and German built in, English
 * otherwise). The label stays short enough for a button on a 360-pixel panel.
 */
public final class SlotWording {

    /** The locale for day and month names: the rep's, or English when its language has no templates. */
    private final Locale names;
    private final WordingTemplates words;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayAndDate;
    private final DateTimeFormatter labelDate;
    private final DateTimeFormatter zoneName;

    public SlotWording(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        this.words = WordingTemplates.forLocale(locale);
        // A sentence in one language: "mercredi at 10:00" would be worse than "Wednesday at 10:00".
        this.names = WordingTemplates.speaks(locale) ? locale : Locale.ENGLISH;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dayAndDate = DateTimeFormatter.ofPattern(words.dayAndDate(), names);
        this.labelDate = DateTimeFormatter.ofPattern(words.labelDate(), names);
        // The language's own abbreviations: en_GB would write New York as "GMT-05:00", too long for a
        // button, where English at large says "EST".
        this.zoneName = DateTimeFormatter.ofPattern("zzz", Locale.forLanguageTag(names.getLanguage()));
    }

    public SpokenSlot describe(Interval slot, Instant now, ZoneId repZone, ZoneId prospectZone) {
        ZonedDateTime theirs = slot.start().atZone(prospectZone);
        ZonedDateTime mine = slot.start().atZone(repZone);
        boolean sameClock = theirs.toLocalDateTime().equals(mine.toLocalDateTime());
        String day = dayWord(theirs, now.atZone(prospectZone).toLocalDate());
        String label = labelDate.format(theirs) + " · " + time(theirs);
        if (sameClock) {
            return new SpokenSlot(slot, label, words.oneZone(day, time(theirs)), "");
        }
        String mineText = theirs.toLocalDate().equals(mine.toLocalDate()) ? time(mine)
                : mine.getDayOfWeek().getDisplayName(TextStyle.FULL, names) + " " + time(mine);
        String spoken = words.twoZones(day, time(theirs), mineText);
        String other = labelDate.format(mine) + " · " + time(mine) + " " + zoneName.format(mine);
        return new SpokenSlot(slot, label + " " + zoneName.format(theirs), spoken, other);
    }

    private String dayWord(ZonedDateTime when, LocalDate today) {
        LocalDate day = when.toLocalDate();
        if (day.equals(today)) {
            return words.today();
        }
        if (day.equals(today.plusDays(1))) {
            return words.tomorrow();
        }
        return day.isAfter(today.plusDays(6)) ? dayAndDate.format(when)
                : when.getDayOfWeek().getDisplayName(TextStyle.FULL, names);
    }

    /**
     * The locale's short time. Newer JDKs put a narrow no-break space before "AM"; a plain space keeps
     * the text the same on every JDK and in every font.
     */
    private String time(ZonedDateTime at) {
        return time.format(at).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
