package dev.nextcall.ui.history;

/** One line of the history table, already in words. */
public record HistoryRow(String callId, String started, String prospect, String outcome, String nextStep,
                         boolean withoutNextStep) {
}
