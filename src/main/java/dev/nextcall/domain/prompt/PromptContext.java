package dev.nextcall.domain.prompt;

import dev.nextcall.domain.call.CallPhase;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the prompt engine knows when choosing a line.
 *
 * @param spokenSlots   the proposals, already in speakable words, best first
 * @param prospectName  how to address the prospect; empty when unknown
 * @param booked        the next step is already in the calendar
 * @param deferring     the prospect said they will come back with a date
 * @param alreadyShown  ids of the lines shown in this call, so none repeats
 */
public record PromptContext(CallPhase phase, List<String> spokenSlots, String prospectName, boolean booked,
                            boolean deferring, Set<String> alreadyShown) {

    public PromptContext {
        Objects.requireNonNull(phase, "phase");
        spokenSlots = List.copyOf(spokenSlots);
        prospectName = prospectName == null ? "" : prospectName;
        alreadyShown = Set.copyOf(alreadyShown);
    }
}
