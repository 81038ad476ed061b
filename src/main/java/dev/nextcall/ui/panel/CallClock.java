package dev.nextcall.ui.panel;

import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.PhaseRules;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty remaining = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty escalated = new SimpleBooleanProperty(false);
    private final StringProperty endsEarly = new SimpleStringProperty("");

    void show(CallTiming timing, Instant now, PhaseRules rules, ZoneId zone) {
        endsEarly.set(timing.nextMeetingAt()
                .map(at -> "Ends early: next meeting at " + HOUR_MINUTE.format(at.atZone(zone)))
                .orElse(""));
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

    /** "Ends early: next meeting at 14:00" when the next meeting cuts the call short; empty otherwise. */
    public ReadOnlyStringProperty endsEarlyProperty() {
        return endsEarly;
    }

    void clear() {
        remaining.set("");
        elapsed.set("");
        progress.set(0);
        escalated.set(false);
        endsEarly.set("");
    }

    public ReadOnlyBooleanProperty escalatedProperty() {
        return escalated;
    }
}
