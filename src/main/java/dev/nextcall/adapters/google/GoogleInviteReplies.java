package dev.nextcall.adapters.google;

import com.google.api.services.calendar.model.Event;
import dev.nextcall.app.port.InviteReplies;
import dev.nextcall.app.port.InviteReply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The prospect's replies, read with one {@code events.get} per next step from the rep's primary
 * calendar (the organizer's copy carries every attendee's {@code responseStatus}). A deleted or
 * cancelled event, or one Google no longer knows, is {@link InviteReply#GONE}.
 */
public final class GoogleInviteReplies implements InviteReplies {

    private static final Logger LOG = Logger.getLogger(GoogleInviteReplies.class.getName());

    private final GoogleConnection google;

    public GoogleInviteReplies(GoogleConnection google) {
        this.google = Objects.requireNonNull(google, "google");
    }

    /**
     * @throws dev.nextcall.app.port.CalendarException when Google cannot be read at all (offline, signed
     *                                                 out, not answering); a single event Google refuses
     *                                                 to show is left out of the answer
     */
    @Override
    public Map<String, InviteReply> replies(Map<String, String> prospectByEventId) {
        Map<String, InviteReply> replies = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : prospectByEventId.entrySet()) {
            String eventId = entry.getKey();
            try {
                Event event = google.execute("read the reply to a meeting", client -> client.events()
                        .get(GoogleCalendar.PRIMARY, eventId)
                        .execute());
                EventMapper.replyOf(event, entry.getValue()).ifPresent(reply -> replies.put(eventId, reply));
            } catch (ApiRefusal refusal) {
                if (refusal.gone()) {
                    replies.put(eventId, InviteReply.GONE);
                } else {
                    LOG.log(Level.INFO, "no reply for event {0}: {1}", new Object[] {eventId, refusal.describe()});
                }
            }
        }
        return replies;
    }
}
