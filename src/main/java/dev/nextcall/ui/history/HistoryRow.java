package dev.nextcall.ui.history;

import dev.nextcall.domain.history.CallRecord;

/**
 * One line of the review table, already in words, with the record it was made from (for the row actions).
 *
 * @param started when the call started, in the rep's zone
 * @param reason  the rep's reason for having no next step, or empty
 */
public record HistoryRow(String callId, String started, String prospect, String company, String outcome,
                         String nextStep, String reason, boolean withoutNextStep, CallRecord record) {
}
