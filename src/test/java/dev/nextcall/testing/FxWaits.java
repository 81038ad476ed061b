package dev.nextcall.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests for background work to show on screen: the FX queue is drained before each look. */
public final class FxWaits {

    private FxWaits() {
    }

    /** Waits up to 20 s (the machine is shared and slow at times) until {@code condition} holds. */
    public static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
