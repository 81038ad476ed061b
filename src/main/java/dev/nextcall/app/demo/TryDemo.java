package dev.nextcall.app.demo;

import dev.nextcall.app.DemoData;
import java.util.Objects;

/**
 * The first-run welcome's "Try with demo data": the same generator as the {@code demo} command, with its
 * defaults, and never over the rep's own data (a folder with a history or a calendar is left alone).
 */
public final class TryDemo implements DemoData {

    static final int CALLS = 200;
    static final long SEED = 1L;

    private final FillDemo demo;

    public TryDemo(FillDemo demo) {
        this.demo = Objects.requireNonNull(demo, "demo");
    }

    @Override
    public Outcome fill() {
        try {
            FillDemo.Filled filled = demo.fill(CALLS, SEED, false);
            return new Outcome.Filled(filled.calls() + " demo calls are in the history and " + filled.busyEvents()
                    + " meetings in the local calendar. Open History to review them.");
        } catch (FillDemo.Refused refused) {
            return new Outcome.Unavailable("Your data folder already has calls or meetings of its own, so no demo"
                    + " data was added: nothing of yours gets mixed with it.");
        }
    }
}
