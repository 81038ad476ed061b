package dev.nextcall.ui.panel;

import dev.nextcall.domain.call.PhaseRules;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The settings the panel reads on every tick; supplied fresh so edits apply at once.
 *
 * @param cueSound the wrap-up cues also beep (off by default: the prospect would hear it)
 */
public record CallPreferences(PhaseRules phaseRules, Duration defaultCallLength, ZoneId repZone,
                              Duration minimumNotice, int horizonDays, boolean cueSound) {

    public CallPreferences(PhaseRules phaseRules, Duration defaultCallLength, ZoneId repZone,
                           Duration minimumNotice, int horizonDays) {
        this(phaseRules, defaultCallLength, repZone, minimumNotice, horizonDays, false);
    }

    public CallPreferences {
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(phaseRules, "phaseRules");
        Objects.requireNonNull(defaultCallLength, "defaultCallLength");
        Objects.requireNonNull(repZone, "repZone");
    }
}
