package dev.nextcall.ui.panel;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.CancelNextStep;
import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.PromptLines;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.app.TrackCall;
import dev.nextcall.app.port.BusyPrefetcher;
import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.SubscriptionRefresher;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The use cases behind the panel, grouped, so the view model's constructor stays short. */
public record PanelServices(TrackCall calls, ReviewHistory history, PromptLines prompts, Booking booking,
                            Calendar calendar) {

    public PanelServices {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Booking and undoing it, in the rep's calendar and, when that cannot be reached, in the local one.
     *
     * @param offline books into the local calendar and writes an .ics invite: what the rep can do when
     *                the calendar (Google) cannot be reached
     */
    public record Booking(BookNextStep online, BookNextStep offline, CancelNextStep cancelOnline,
                          CancelNextStep cancelOffline) {
        public Booking {
            Objects.requireNonNull(online, "online");
            Objects.requireNonNull(offline, "offline");
            Objects.requireNonNull(cancelOnline, "cancelOnline");
            Objects.requireNonNull(cancelOffline, "cancelOffline");
        }
    }

    /**
     * Reading the rep's calendar and keeping it current.
     *
     * @param prefetcher    keeps free/busy fresh during a call, so a click books at once
     * @param subscriptions refreshes subscribed iCal addresses
     * @param invites       brings the prospects' replies in (quietly, in the background)
     * @param account       the Google account when Google is the rep's calendar; empty otherwise
     * @param openBrowser   opens an address in the system browser (for signing in)
     */
    public record Calendar(LookAtCalendar look, ProposeSlots proposals, BusyPrefetcher prefetcher,
                           SubscriptionRefresher subscriptions, SyncInvites invites,
                           Optional<CalendarAccount> account, Consumer<URI> openBrowser) {
        public Calendar {
            Objects.requireNonNull(look, "look");
            Objects.requireNonNull(proposals, "proposals");
            Objects.requireNonNull(prefetcher, "prefetcher");
            Objects.requireNonNull(subscriptions, "subscriptions");
            Objects.requireNonNull(invites, "invites");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(openBrowser, "openBrowser");
        }
    }
}
