package dev.nextcall.app.port;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendars of a remote account the rep can choose from, which of them count as busy, and the
 * rep's zone as the account knows it (that of the primary calendar).
 */
public interface CalendarDirectory {

    /**
     * The primary calendar first, then the others the app knows of. Blocks on the network.
     *
     * @throws CalendarException when the account cannot be read at all ({@link CalendarSignInException},
     *                           {@link CalendarOfflineException}); a single calendar that cannot be read
     *                           is listed with its problem instead
     */
    List<CalendarInfo> calendars();

    /**
     * The zone of the primary calendar, when the account could be read; remembered after the first
     * answer, so later calls are cheap.
     */
    Optional<ZoneId> repZone();

    /**
     * @param id      the calendar's id as the provider knows it ("primary" for the main one)
     * @param name    its title; the id when it has none
     * @param zone    its time zone, when known
     * @param busy    true when its events count as busy time for proposals
     * @param problem why it cannot be read, in plain words; empty when it can
     */
    record CalendarInfo(String id, String name, boolean primary, Optional<ZoneId> zone, boolean busy,
                        String problem) {
        public CalendarInfo {
            Objects.requireNonNull(id, "id");
            name = name == null || name.isBlank() ? id : name;
            Objects.requireNonNull(zone, "zone");
            problem = problem == null ? "" : problem;
        }
    }
}
