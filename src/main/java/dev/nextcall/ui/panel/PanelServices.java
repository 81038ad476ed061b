package dev.nextcall.ui.panel;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.CancelNextStep;
import dev.nextcall.app.LookAtCalendar;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.ReviewHistory;
import dev.nextcall.app.SyncInvites;
import dev.nextcall.app.TrackCall;
import dev.nextcall.app.port.SubscriptionRefresher;
import dev.nextcall.domain.prompt.PromptEngine;
import java.util.Objects;

/** The use cases behind the panel, handed over as one so the view model's constructor stays short. */
/**
 * @param offlineBooking books into the local calendar and writes an .ics invite: what the rep can do
 *                       when the calendar (Google) cannot be reached
 * @param invites        brings the prospects' replies in (quietly, in the background)
 */
public record PanelServices(TrackCall calls, LookAtCalendar calendar, ProposeSlots proposals, BookNextStep booking,
                            BookNextStep offlineBooking, CancelNextStep cancelling, SyncInvites invites,
                            ReviewHistory history, PromptEngine prompts, SubscriptionRefresher subscriptions) {

    public PanelServices {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(offlineBooking, "offlineBooking");
        Objects.requireNonNull(cancelling, "cancelling");
        Objects.requireNonNull(invites, "invites");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(subscriptions, "subscriptions");
    }
}
