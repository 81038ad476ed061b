package dev.nextcall.adapters.google.fake;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * One calendar of the fake: its id (an e-mail address for a primary calendar), name, IANA time zone, the
 * signed-in user's access role, and whether it appears in the user's calendar list. A calendar left out of
 * the list (someone else's) can still be asked for free/busy.
 */
public final class FakeCalendar {

    private static final Set<String> ROLES = Set.of("owner", "writer", "reader", "freeBusyReader");

    private final String id;
    private final boolean primary;
    private volatile String summary;
    private volatile String timeZone;
    private volatile String accessRole = "owner";
    private volatile boolean listed = true;

    FakeCalendar(String id, boolean primary, String summary, String timeZone) {
        this.id = Objects.requireNonNull(id);
        this.primary = primary;
        this.summary = summary;
        timeZone(timeZone);
    }

    public String id() {
        return id;
    }

    public boolean isPrimary() {
        return primary;
    }

    public String summary() {
        return summary;
    }

    public FakeCalendar summary(String newSummary) {
        summary = Objects.requireNonNull(newSummary);
        return this;
    }

    public String timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** An IANA zone id such as {@code Europe/Zurich}. */
    public FakeCalendar timeZone(String zone) {
        ZoneId.of(zone);
        timeZone = zone;
        return this;
    }

    public String accessRole() {
        return accessRole;
    }

    /** {@code owner} (default), {@code writer}, {@code reader} or {@code freeBusyReader}. */
    public FakeCalendar accessRole(String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown access role " + role);
        }
        accessRole = role;
        return this;
    }

    public boolean listed() {
        return listed;
    }

    /** Leaves the calendar out of calendarList (someone else's calendar): only free/busy can see it. */
    public FakeCalendar unlisted() {
        listed = false;
        return this;
    }

    boolean canWrite() {
        return accessRole.equals("owner") || accessRole.equals("writer");
    }

    boolean canReadEvents() {
        return !accessRole.equals("freeBusyReader");
    }

    @Override
    public String toString() {
        return id + " (" + summary + ", " + timeZone + ", " + accessRole + (primary ? ", primary" : "") + ")";
    }
}
