package dev.nextcall.app.port;

import dev.nextcall.domain.history.CallDetail;
import java.util.List;

/**
 * Writes many calls at once, for the demo history and benchmarks. Each batch is one transaction: it is
 * there completely or not at all.
 */
public interface HistoryImport {

    /** True when the history has no call at all. */
    boolean isEmpty();

    /**
     * Saves each call with everything in its detail. Next steps are saved in the order given and each
     * trail entry is kept as given (status, reason, time), so an imported history reads back equal.
     */
    void importCalls(List<CallDetail> calls);
}
