package dev.nextcall.domain.slot;

import java.util.Locale;
import java.util.Map;

/**
 * The connecting words of one language for speaking a slot; day names, month names and clock times come
 * from the locale itself. Placeholders: {@code {day}} (today, tomorrow, a weekday, or a weekday with
 * the date), {@code {time}} (one zone), {@code {theirs}} and {@code {mine}} (two zones).
 *
 * @param oneZone     both parties read the same clock: "Tuesday at 10:00"
 * @param twoZones    "Tuesday 10:00 your time, 16:00 mine"
 * @param dayAndDate  pattern for a day more than six days away: "Monday 9 February"
 * @param labelDate   pattern for the panel's short button label: "Tue 2 Dec"
 */
record WordingTemplates(String today, String tomorrow, String oneZone, String twoZones, String dayAndDate,
                        String labelDate) {

    private static final WordingTemplates ENGLISH = new WordingTemplates("today", "tomorrow",
            "{day} at {time}", "{day} {theirs} your time, {mine} mine", "EEEE d MMMM", "EEE d MMM");

    /** Built in: English (day before month, and month first for the US), German; English otherwise. */
    private static final Map<String, WordingTemplates> BUILT_IN = Map.of(
            "en", ENGLISH,
            "en-US", new WordingTemplates("today", "tomorrow", "{day} at {time}",
                    "{day} {theirs} your time, {mine} mine", "EEEE, MMMM d", "EEE, MMM d"),
            "de", new WordingTemplates("heute", "morgen", "{day} um {time}",
                    "{day} um {theirs} Ihrer Zeit, {mine} bei mir", "EEEE, d. MMMM", "EEE d. MMM"));

    /** True when the locale's language has its own templates; otherwise English words are used. */
    static boolean speaks(Locale locale) {
        return BUILT_IN.containsKey(locale.getLanguage());
    }

    static WordingTemplates forLocale(Locale locale) {
        WordingTemplates exact = BUILT_IN.get(locale.getLanguage() + "-" + locale.getCountry());
        if (exact != null) {
            return exact;
        }
        return BUILT_IN.getOrDefault(locale.getLanguage(), ENGLISH);
    }

    String oneZone(String day, String time) {
        return oneZone.replace("{day}", day).replace("{time}", time);
    }

    String twoZones(String day, String theirs, String mine) {
        return twoZones.replace("{day}", day).replace("{theirs}", theirs).replace("{mine}", mine);
    }
}
