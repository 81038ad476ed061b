package dev.nextcall.app.port;

import dev.nextcall.domain.prompt.LineRecord;
import java.time.Instant;
import java.util.List;

/**
 * Which suggested lines were shown in which calls, kept locally so the prompt engine can learn
 * which lines lead to booked and accepted meetings. Failures raise {@link HistoryException}.
 */
public interface PromptMemory {

    /** Records that the line was shown in the call; showing it again in the same call changes nothing. */
    void lineShown(String callId, String phraseId, Instant at);

    /**
     * One record per line ever shown in a call that has ended: in how many such calls, how many of
     * them have a next step in the calendar, and how many have it accepted.
     */
    List<LineRecord> lineRecords();
}
