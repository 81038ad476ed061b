package dev.nextcall.cli;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.CancelNextStep;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.ReconcileBookings;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.app.TrackCall;
import dev.nextcall.app.demo.FillDemo;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarDirectory;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.config.Settings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What the commands need, provided by the composition root. Opening things lazily is the root's
 * business: {@code busy} must not create a history database it never uses.
 */
public interface CliContext {

    Clock clock();

    Settings settings();

    /** The machine's zone: the default for floating times. */
    ZoneId systemZone();

    /** The zone the rep is in: the settings' zone, else the system's. */
    ZoneId repZone();

    /** The calendars named on the command line (files or http(s) addresses), floating times in {@code floatingZone}. */
    CalendarSource calendarOf(List<String> filesOrAddresses, ZoneId floatingZone);

    /** The calendar the settings choose (local unless {@code calendar.source} is "google"). */
    CalendarKind configuredKind();

    /** The rep's calendar of that kind: the local one ({@code calendar.ics} plus configured files), or Google. */
    CalendarSource calendar(CalendarKind kind);

    /** The Google account: sign in, sign out, status. */
    CalendarAccount account();

    /** The Google calendars NextCall knows of, and which of them count as busy. */
    CalendarDirectory googleCalendars();

    /** Slot proposals over {@code calendar} under the settings' rules, optionally in another rep zone. */
    ProposeSlots proposeSlots(CalendarSource calendar, ZoneId repZone);

    /** Books into the calendar of that kind, through the journal. */
    BookNextStep booking(ZoneId repZone, CalendarKind kind);

    TrackCall calls();

    /** Cancels a booked next step in the local calendar and writes the cancel notice. */
    CancelNextStep cancelling();

    ReviewHistory history();

    /**
     * Things the user must hear about that happen while opening something, such as a damaged history.db
     * set aside (the message says where it went).
     */
    void onNotice(java.util.function.Consumer<String> listener);

    /** Fills the data folder with a demo history and calendar. */
    FillDemo demo();

    /**
     * Checks the data folder, the settings, the history and the calendars, each with a plain detail
     * and, for a failure, how to fix it.
     */
    List<Check> checkUp();

    /** One line of {@code doctor}: what was checked, whether it is fine, and what to do if not. */
    record Check(String name, boolean ok, String detail) {
    }

    /** Brings the prospects' replies into the history. */
    SyncInvites syncInvites();

    /** Settles bookings left pending by a crash. */
    ReconcileBookings reconcile();
}
