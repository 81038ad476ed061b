package dev.nextcall.adapters.google.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every endpoint the fake answers. A route names what a test injects faults on and filters recorded requests
 * by; for Calendar routes it also knows the scopes a token needs and the RPC name Google reports in a 403.
 */
public enum Route {
    AUTHORIZE("GET", "/o/oauth2/auth", null, Set.of()),
    TOKEN("POST", "/token", null, Set.of()),
    REVOKE("POST", "/revoke", null, Set.of()),
    FREEBUSY_QUERY("POST", "/calendar/v3/freeBusy", "Freebusy.Query", Scopes.FOR_FREEBUSY),
    EVENTS_INSERT("POST", "/calendar/v3/calendars/{calendarId}/events", "Events.Insert", Scopes.FOR_EVENT_WRITES),
    EVENTS_LIST("GET", "/calendar/v3/calendars/{calendarId}/events", "Events.List", Scopes.FOR_EVENT_READS),
    EVENTS_GET("GET", "/calendar/v3/calendars/{calendarId}/events/{eventId}", "Events.Get",
            Scopes.FOR_EVENT_READS),
    EVENTS_PATCH("PATCH", "/calendar/v3/calendars/{calendarId}/events/{eventId}", "Events.Patch",
            Scopes.FOR_EVENT_WRITES),
    EVENTS_DELETE("DELETE", "/calendar/v3/calendars/{calendarId}/events/{eventId}", "Events.Delete",
            Scopes.FOR_EVENT_WRITES),
    CALENDAR_LIST_LIST("GET", "/calendar/v3/users/me/calendarList", "CalendarList.List", Scopes.FOR_CALENDAR_LIST),
    CALENDAR_LIST_GET("GET", "/calendar/v3/users/me/calendarList/{calendarId}", "CalendarList.Get",
            Scopes.FOR_CALENDAR_LIST),
    SETTINGS_LIST("GET", "/calendar/v3/users/me/settings", "Settings.List", Scopes.FOR_SETTINGS),
    SETTINGS_GET("GET", "/calendar/v3/users/me/settings/{setting}", "Settings.Get", Scopes.FOR_SETTINGS),
    CALENDARS_GET("GET", "/calendar/v3/calendars/{calendarId}", "Calendars.Get", Scopes.FOR_CALENDARS);

    private final String method;
    private final List<String> template;
    private final String rpcMethod;
    private final Set<String> acceptedScopes;

    Route(String method, String template, String rpcMethod, Set<String> acceptedScopes) {
        this.method = method;
        this.template = List.of(template.substring(1).split("/"));
        this.rpcMethod = rpcMethod;
        this.acceptedScopes = acceptedScopes;
    }

    /** The HTTP method after any {@code X-HTTP-Method-Override}. */
    public String method() {
        return method;
    }

    /** True for the Calendar API (Bearer token required), false for the OAuth endpoints. */
    public boolean isCalendarApi() {
        return rpcMethod != null;
    }

    /** A token needs any one of these. Empty for the OAuth endpoints. */
    public Set<String> acceptedScopes() {
        return acceptedScopes;
    }

    /** The name Google puts in a 403's ErrorInfo metadata, e.g. {@code calendar.v3.Events.Insert}. */
    String rpcMethod() {
        return "calendar.v3." + rpcMethod;
    }

    /** A route matched against a request, with its decoded path parameters. */
    record Match(Route route, Map<String, String> pathParams) {
    }

    /** The route for this method and these percent-decoded path segments, if any. */
    static Optional<Match> match(String method, List<String> segments) {
        for (Route route : values()) {
            if (!route.method.equals(method) || route.template.size() != segments.size()) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            boolean matches = true;
            for (int i = 0; i < segments.size() && matches; i++) {
                String part = route.template.get(i);
                if (part.startsWith("{")) {
                    params.put(part.substring(1, part.length() - 1), segments.get(i));
                } else {
                    matches = part.equals(segments.get(i));
                }
            }
            if (matches) {
                return Optional.of(new Match(route, Map.copyOf(params)));
            }
        }
        return Optional.empty();
    }
}
