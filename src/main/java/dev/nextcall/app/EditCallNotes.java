package dev.nextcall.app;

import dev.nextcall.app.port.HistoryReview;
import dev.nextcall.domain.history.FollowUp;
import java.util.List;

/** The call detail's edits: the notes and the follow-up actions, each saved as a whole. */
public final class EditCallNotes {

    private final HistoryReview review;

    public EditCallNotes(HistoryReview review) {
        this.review = review;
    }

    public void saveNotes(String callId, String notes) {
        review.saveNotes(callId, notes == null ? "" : notes.strip());
    }

    /** Replaces the call's follow-up actions with these, in this order. */
    public void saveFollowUps(String callId, List<FollowUp> followUps) {
        review.saveFollowUps(callId, followUps);
    }
}
