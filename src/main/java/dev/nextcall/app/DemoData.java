package dev.nextcall.app;

import java.util.Objects;

/**
 * Fills the data folder with a realistic demo calendar and call history, so a rep can try the panel
 * before connecting a real calendar (the first-run welcome's "Try with demo data", and {@code demo}).
 */
public interface DemoData {

    /** Adds the demo calendar and history. Blocks on disk, so it belongs on a background thread. */
    Outcome fill();

    /** What filling did. */
    sealed interface Outcome {

        /** @param summary one line for the rep: what was added, and where */
        record Filled(String summary) implements Outcome {
            public Filled {
                Objects.requireNonNull(summary, "summary");
            }
        }

        /** Nothing was added, and why, in words. */
        record Unavailable(String reason) implements Outcome {
            public Unavailable {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
