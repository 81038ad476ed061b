package dev.nextcall.domain.slot;

import java.util.Objects;

/**
 * Why a time cannot be offered or booked: the rule by name, and a sentence a rep can read.
 *
 * @param explanation one clause in the rep's zone that reads on its own after "Cannot book that time: ",
 *                    e.g. "it overlaps your meeting 10:00–11:00 on Tue 1 Dec (Europe/Berlin)" or
 *                    "Fri 25 Dec is a day off"; several join with "; "
 */
public record RuleViolation(Rule rule, String explanation) {

    /** The rules, named as the settings and the CLI name them. */
    public enum Rule {
        BUSY("busy"),
        REP_WORKING_HOURS("rep-working-hours"),
        PROSPECT_WORKING_HOURS("prospect-working-hours"),
        MINIMUM_NOTICE("minimum-notice"),
        HORIZON("horizon"),
        BREAK("break"),
        DAY_OFF("day-off"),
        DAILY_CAP("daily-cap");

        private final String key;

        Rule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }
}
