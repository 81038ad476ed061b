package dev.nextcall.domain.prompt;

import dev.nextcall.domain.call.CallPhase;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the prompt engine knows when choosing a line.
 *
 * @param escalated      the last minutes before the end (or overtime): time for a concrete choice
 * @param spokenSlots    the proposals, already in speakable words, best first
 * @param prospectName   how to address the prospect; empty when unknown
 * @param prospectZone   the prospect's zone in words ("New York") when it differs from the rep's; empty otherwise
 * @param history        first call or follow-up with this prospect, as far as the history can tell
 * @param followUpAction the first follow-up action noted in this call; empty when none
 * @param booked         the next step is already in the calendar
 * @param deferring      the prospect said they will come back with a date
 * @param alreadyShown   ids of the lines shown in this call, so none repeats
 */
public record PromptContext(CallPhase phase, boolean escalated, List<String> spokenSlots, String prospectName,
                            String prospectZone, ProspectHistory history, String followUpAction, boolean booked,
                            boolean deferring, Set<String> alreadyShown) {

    public PromptContext {
        Objects.requireNonNull(phase, "phase");
        spokenSlots = List.copyOf(spokenSlots);
        prospectName = prospectName == null ? "" : prospectName;
        prospectZone = prospectZone == null ? "" : prospectZone.strip();
        history = history == null ? ProspectHistory.UNKNOWN : history;
        followUpAction = followUpAction == null ? "" : followUpAction.strip();
        alreadyShown = Set.copyOf(alreadyShown);
    }

    /** A prospect the history cannot place, in the rep's own zone, with no follow-up action noted. */
    public PromptContext(CallPhase phase, List<String> spokenSlots, String prospectName, boolean booked,
                         boolean deferring, Set<String> alreadyShown) {
        this(phase, phase == CallPhase.OVERTIME, spokenSlots, prospectName, "", ProspectHistory.UNKNOWN, "", booked, deferring,
                alreadyShown);
    }
}
