package dev.nextcall.config;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.call.PhaseRules;
import dev.nextcall.domain.slot.SlotRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the rep can set, as stored in {@code settings.json}. Values are kept in the plain,
 * hand-editable form of the file (minutes, "09:00-17:00"); the typed domain rules are derived on demand,
 * and {@link #validate(ZoneId)} says in words what is wrong with a hand-edited value.
 */
public record Settings(Rep rep, Availability availability, Calls calls, Calendar calendar, Window window,
                       Appearance appearance) {

    /**
     * Who the rep is. An empty zone means "the system zone"; an empty locale (a language tag such as
     * "en-GB" or "de-DE") means the system's, and decides how days and times are spoken.
     */
    public record Rep(String name, String email, String zone, String locale) {
        public Rep {
            name = name == null ? "" : name.strip();
            email = email == null ? "" : email.strip();
            zone = zone == null ? "" : zone.strip();
            locale = locale == null ? "" : locale.strip();
        }
    }

    /**
     * The slot rules in file form. Working hours map weekday names ("monday") to ranges like
     * "09:00-17:00"; a missing or empty day is a day off. Breaks ("12:00-13:00") are cut out of every
     * day; date overrides map "2026-12-24" to other ranges, or to [] for no meetings that day.
     * A daily cap of 0 means no cap; the comfort margin is the first and last stretch of either side's
     * hours, offered only when a day has nothing better.
     */
    public record Availability(Map<String, List<String>> repHours, Map<String, List<String>> prospectHours,
                               int meetingMinutes, int stepMinutes, int bufferBeforeMinutes, int bufferAfterMinutes,
                               int minimumNoticeMinutes, int horizonDays, int proposals, String meetingLink,
                               List<String> breaks, Map<String, List<String>> dateOverrides, int dailyMeetingCap,
                               int comfortMarginMinutes) {
        public Availability {
            repHours = repHours == null ? Map.of() : Map.copyOf(repHours);
            prospectHours = prospectHours == null ? Map.of() : Map.copyOf(prospectHours);
            meetingLink = meetingLink == null ? "" : meetingLink.strip();
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
            dateOverrides = dateOverrides == null ? Map.of() : Map.copyOf(dateOverrides);
        }
    }

    /**
     * The call clock: default planned length, when wrap-up starts and the prompt insists, how long the
     * opening lasts (at most a tenth of the call), and whether the wrap-up cues also beep (they are
     * visual only by default: a sound beside a call is heard by the prospect too).
     */
    public record Calls(int defaultLengthMinutes, int wrapUpMinutesBeforeEnd, double wrapUpFraction,
                        int escalateMinutesBeforeEnd, int openingMinutes, boolean cueSound) {

        public Calls(int defaultLengthMinutes, int wrapUpMinutesBeforeEnd, double wrapUpFraction,
                     int escalateMinutesBeforeEnd) {
            this(defaultLengthMinutes, wrapUpMinutesBeforeEnd, wrapUpFraction, escalateMinutesBeforeEnd, 5, false);
        }
    }

    /**
     * Which calendar counts: "local" (the default) or "google", extra .ics files or addresses, calendars
     * whose all-day events are days off (public holidays, leave), and with Google the ids of the
     * calendars whose meetings count as busy (empty: the primary calendar).
     */
    public record Calendar(String source, List<String> icsFiles, List<String> daysOffCalendars,
                           List<String> googleCalendars) {
        public Calendar {
            googleCalendars = googleCalendars == null ? List.of() : List.copyOf(googleCalendars);
            source = source == null || source.isBlank() ? "local" : source.strip().toLowerCase(Locale.ROOT);
            icsFiles = icsFiles == null ? List.of() : List.copyOf(icsFiles);
            daysOffCalendars = daysOffCalendars == null ? List.of() : List.copyOf(daysOffCalendars);
        }
    }

    /**
     * The panel's last position and size; {@code x}/{@code y} are null until the window was placed once.
     * {@code height} is the full panel's, also while {@code compact} (the slim bar) is on.
     */
    public record Window(Double x, Double y, double width, double height, boolean compact,
                         Map<String, Place> screens) {
        public static final double DEFAULT_WIDTH = 360;
        public static final double DEFAULT_HEIGHT = 560;

        public Window {
            screens = screens == null ? Map.of() : Map.copyOf(screens);
        }

        /** The full panel (files written before the compact bar existed read the same). */
        public Window(Double x, Double y, double width, double height) {
            this(x, y, width, height, false, Map.of());
        }

        public Window(Double x, Double y, double width, double height, boolean compact) {
            this(x, y, width, height, compact, Map.of());
        }
    }

    /**
     * Where the panel was last on one screen, kept per screen (keyed by the screen's bounds, e.g.
     * "1920x1080+0+0") so that when a monitor comes back the panel goes back to its place on it.
     */
    public record Place(double x, double y, double width, double height) {
    }

    /** How the panel looks: "system" (follow the desktop), "light" or "dark". */
    public record Appearance(String theme) {
        public static final List<String> THEMES = List.of("system", "light", "dark");

        public Appearance {
            theme = theme == null || theme.isBlank() ? "system" : theme.strip().toLowerCase(Locale.ROOT);
        }
    }

    public static Settings defaults() {
        Map<String, List<String>> weekdays = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.put(day.name().toLowerCase(Locale.ROOT), List.of("09:00-17:00"));
        }
        return new Settings(
                new Rep("", "", "", ""),
                new Availability(weekdays, weekdays, 30, 30, 0, 0, 120, 14, 3, "", List.of(), Map.of(), 0, 30),
                new Calls(30, 10, 0.75, 5),
                new Calendar("local", List.of(), List.of(), List.of()),
                new Window(null, null, Window.DEFAULT_WIDTH, Window.DEFAULT_HEIGHT),
                new Appearance("system"));
    }

    public Settings {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(window, "window");
        appearance = appearance == null ? new Appearance("system") : appearance;
    }

    /** Settings with the default appearance (files written before the theme existed read the same). */
    public Settings(Rep rep, Availability availability, Calls calls, Calendar calendar, Window window) {
        this(rep, availability, calls, calendar, window, new Appearance("system"));
    }

    public Settings withWindow(Window newWindow) {
        return new Settings(rep, availability, calls, calendar, newWindow, appearance);
    }

    public Settings withRep(Rep newRep) {
        return new Settings(newRep, availability, calls, calendar, window, appearance);
    }

    /** These settings with what the settings window edits replaced; the window's place is kept. */
    public Settings withEdits(Rep newRep, Availability newAvailability, Calendar newCalendar,
                              Appearance newAppearance) {
        return new Settings(newRep, newAvailability, calls, newCalendar, window, newAppearance);
    }

    /** True when Google Calendar, not the local calendar, is the rep's calendar. */
    public boolean usesGoogle() {
        return calendar.source().equals("google");
    }

    public ZoneId repZone(ZoneId systemZone) {
        return rep.zone().isEmpty() ? systemZone : ZoneId.of(rep.zone());
    }

    /**
     * The rep as the organizer of invitations. With no address set, a local placeholder keeps invites
     * valid; the settings window asks for the real one.
     */
    public Attendee organizer(String userName) {
        String email = rep.email().isEmpty() ? userName + "@localhost" : rep.email();
        return new Attendee(rep.name(), email);
    }

    public SlotRules slotRules(ZoneId systemZone) {
        return RulesFromSettings.slotRules(availability, repZone(systemZone));
    }

    /** The rep's locale: the settings' language tag, else the system's. */
    public Locale locale(Locale systemLocale) {
        return rep.locale().isEmpty() ? systemLocale : Locale.forLanguageTag(rep.locale());
    }

    public PhaseRules phaseRules() {
        return new PhaseRules(Duration.ofMinutes(calls.openingMinutes()),
                Duration.ofMinutes(calls.wrapUpMinutesBeforeEnd()),
                calls.wrapUpFraction(), Duration.ofMinutes(calls.escalateMinutesBeforeEnd()));
    }

    public Duration defaultCallLength() {
        return Duration.ofMinutes(calls.defaultLengthMinutes());
    }

    /** Every problem with these settings, in words naming the field; empty when all is well. */
    public List<String> validate(ZoneId systemZone) {
        List<String> problems = new ArrayList<>();
        if (!rep.zone().isEmpty()) {
            try {
                ZoneId.of(rep.zone());
            } catch (RuntimeException e) {
                problems.add("rep.zone: '" + rep.zone() + "' is not a time zone (use a name like Europe/Berlin)");
            }
        }
        if (!rep.email().isEmpty() && !rep.email().contains("@")) {
            problems.add("rep.email: '" + rep.email() + "' is not an e-mail address");
        }
        if (calls.defaultLengthMinutes() < 1) {
            problems.add("calls.defaultLengthMinutes must be at least 1");
        }
        if (problems.isEmpty()) {
            try {
                slotRules(systemZone);
                phaseRules();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!rep.locale().isEmpty() && Locale.forLanguageTag(rep.locale()).getLanguage().isEmpty()) {
            problems.add("rep.locale: '" + rep.locale() + "' is not a language tag (use one like en-GB or de-DE)");
        }
        if (!Appearance.THEMES.contains(appearance.theme())) {
            problems.add("appearance.theme must be \"system\", \"light\" or \"dark\", not \"" + appearance.theme() + "\"");
        }
        if (!calendar.source().equals("local") && !calendar.source().equals("google")) {
            problems.add("calendar.source must be \"local\" or \"google\", not \"" + calendar.source() + "\"");
        }
        return List.copyOf(problems);
    }
}
