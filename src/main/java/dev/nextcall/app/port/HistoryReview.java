package dev.nextcall.app.port;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.WeekNumbers;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the review of past calls reads and writes beyond {@link CallHistory}: counts, the weekly
 * number, one call in full, and the rep's additions (notes, follow-up actions, why there is no next
 * step). Every write commits before it returns; failures raise {@link HistoryException}, and a write
 * for an unknown call raises it too rather than doing nothing silently.
 */
public interface HistoryReview {

    /** How many calls match the query's filters; its offset and limit are ignored. */
    int count(HistoryQuery query);

    /**
     * The weekly number for every week (Monday 00:00 in {@code repZone}) that overlaps the window,
     * oldest first, weeks without calls included. Calls count when they started inside the window.
     */
    List<WeekNumbers> weekly(Interval window, ZoneId repZone);

    Optional<CallDetail> detail(String callId);

    /** The prospect with this e-mail address (any case) as of their latest call: name, company, zone. */
    Optional<Prospect> prospect(String email);

    /** Replaces the call's notes. */
    void saveNotes(String callId, String notes);

    /** Replaces the call's follow-up actions with these, in this order. */
    void saveFollowUps(String callId, List<FollowUp> followUps);

    /** Records (or replaces) why the call has no next step. */
    void markNoNextStep(String callId, NoNextStepMark mark);

    /** Takes the reason back, so the call is listed as without next step again. */
    void clearNoNextStep(String callId);
}
