package dev.nextcall.ui.panel;

import dev.nextcall.domain.call.PhaseRules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** The settings the panel reads on every tick; supplied fresh so edits apply at once. */
public record CallPreferences(PhaseRules phaseRules, Duration defaultCallLength, ZoneId repZone,
                              Duration minimumNotice, int horizonDays) {

    public CallPreferences {
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(phaseRules, "phaseRules");
        Objects.requireNonNull(defaultCallLength, "defaultCallLength");
        Objects.requireNonNull(repZone, "repZone");
    }
}
