package dev.nextcall.ui.panel;

import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.PhaseRules;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The running call's clock as the panel shows it: time left, time elapsed, progress, insistence. */
public final class CallClock {

    private final StringProperty remaining = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty escalated = new SimpleBooleanProperty(false);

    void show(CallTiming timing, Instant now, PhaseRules rules) {
        remaining.set(ClockText.remaining(timing.remaining(now)));
        elapsed.set(ClockText.elapsed(timing.elapsed(now)));
        progress.set(timing.progress(now));
        escalated.set(timing.isEscalated(now, rules));
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty escalatedProperty() {
        return escalated;
    }
}
