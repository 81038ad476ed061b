package dev.nextcall.adapters.google.fake;

import java.util.Set;

/**
 * The Calendar scopes as the fake's token endpoint grants them and its API checks them (google-calendar.md
 * §2–§5, §7.4). Each route accepts a token holding any one of its scopes; NextCall asks for {@link #APP}.
 */
public final class Scopes {

    private static final String PREFIX = "https://www.googleapis.com/auth/";

    public static final String CALENDAR = PREFIX + "calendar";
    public static final String CALENDAR_READONLY = PREFIX + "calendar.readonly";
    public static final String EVENTS = PREFIX + "calendar.events";
    public static final String EVENTS_READONLY = PREFIX + "calendar.events.readonly";
    public static final String EVENTS_OWNED = PREFIX + "calendar.events.owned";
    public static final String EVENTS_OWNED_READONLY = PREFIX + "calendar.events.owned.readonly";
    public static final String EVENTS_PUBLIC_READONLY = PREFIX + "calendar.events.public.readonly";
    public static final String EVENTS_FREEBUSY = PREFIX + "calendar.events.freebusy";
    public static final String FREEBUSY = PREFIX + "calendar.freebusy";
    public static final String APP_CREATED = PREFIX + "calendar.app.created";
    public static final String CALENDARLIST = PREFIX + "calendar.calendarlist";
    public static final String CALENDARLIST_READONLY = PREFIX + "calendar.calendarlist.readonly";
    public static final String CALENDARS = PREFIX + "calendar.calendars";
    public static final String CALENDARS_READONLY = PREFIX + "calendar.calendars.readonly";
    public static final String SETTINGS_READONLY = PREFIX + "calendar.settings.readonly";

    /** What NextCall requests: write events, read free/busy. Enough for events.list, not for calendarList. */
    public static final Set<String> APP = Set.of(EVENTS, FREEBUSY);

    static final Set<String> FOR_FREEBUSY = Set.of(CALENDAR_READONLY, CALENDAR, EVENTS_FREEBUSY, FREEBUSY);

    static final Set<String> FOR_EVENT_WRITES = Set.of(CALENDAR, EVENTS, APP_CREATED, EVENTS_OWNED);

    static final Set<String> FOR_EVENT_READS = Set.of(CALENDAR_READONLY, CALENDAR, EVENTS_READONLY, EVENTS,
            APP_CREATED, EVENTS_FREEBUSY, EVENTS_OWNED, EVENTS_OWNED_READONLY, EVENTS_PUBLIC_READONLY);

    static final Set<String> FOR_CALENDAR_LIST = Set.of(CALENDAR_READONLY, CALENDAR, CALENDARLIST,
            CALENDARLIST_READONLY);

    static final Set<String> FOR_SETTINGS = Set.of(CALENDAR_READONLY, CALENDAR, SETTINGS_READONLY,
            PREFIX + "calendar.settings");

    static final Set<String> FOR_CALENDARS = Set.of(CALENDAR_READONLY, CALENDAR, CALENDARS, CALENDARS_READONLY,
            APP_CREATED);

    private Scopes() {
    }
}
