package dev.nextcall.domain.slot;

import dev.nextcall.domain.Interval;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The answer to "why is this time not offered?" ({@code slots --explain T}).
 *
 * @param slot       the meeting asked about: the rules' meeting length from the given start
 * @param violations every rule it breaks, as {@link SlotFinder#check} reports them
 * @param onGrid     whether it starts on the step grid of the rep's working range it lies in (false
 *                   when it lies in none)
 * @param proposal   its place among the proposals, 1 for the first, when it is one
 * @param candidate  its place among all free times of the window, 1 for the soonest, when it is one
 * @param summary    one or more plain sentences for the rep, in the rep's zone
 */
public record Explanation(Interval slot, List<RuleViolation> violations, boolean onGrid, OptionalInt proposal,
                          OptionalInt candidate, String summary) {

    public Explanation {
        Objects.requireNonNull(slot, "slot");
        violations = List.copyOf(violations);
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(summary, "summary");
    }

    /** True when it is one of the proposals. */
    public boolean proposed() {
        return proposal.isPresent();
    }

    /** True when it breaks no rule (it may still be off the grid, outside the window or not proposed). */
    public boolean free() {
        return violations.isEmpty();
    }
}
