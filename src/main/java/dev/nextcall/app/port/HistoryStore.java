package dev.nextcall.app.port;

/** Everything history.db offers, for the one place that opens it lazily and hands out its parts. */
public interface HistoryStore extends CallHistory, HistoryReview, PromptMemory, HistoryImport {
}
