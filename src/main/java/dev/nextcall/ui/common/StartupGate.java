package dev.nextcall.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor that holds its tasks until {@link #open()}, then hands them, and every later one, to
 * the executor behind it. The desktop opens it once the panel's first frame is on screen: on a
 * two-core machine, opening the history database and reading the calendars while the first frame is
 * being laid out would make the panel appear a second later, for work the first frame does not show.
 */
public final class StartupGate implements Executor {

    private final Executor next;
    private final List<Runnable> held = new ArrayList<>();
    private boolean open;

    public StartupGate(Executor next) {
        this.next = next;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (!open) {
                held.add(task);
                return;
            }
        }
        next.execute(task);
    }

    /** Lets the held tasks run, in the order they came, and every later task at once. Idempotent. */
    public void open() {
        List<Runnable> release;
        synchronized (this) {
            if (open) {
                return;
            }
            open = true;
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(next::execute);
    }

    public synchronized boolean isOpen() {
        return open;
    }
}
