package dev.nextcall.ui.panel;

import java.time.Duration;

/** Short time texts for a glance: "18 min left", "3 min over", "12:04". */
final class ClockText {

    private ClockText() {
    }

    static String remaining(Duration remaining) {
        if (remaining.isNegative()) {
            long over = ceilMinutes(remaining.negated());
            return over + " min over";
        }
        long left = ceilMinutes(remaining);
        return left <= 1 && remaining.getSeconds() < 60 ? "under a minute left" : left + " min left";
    }

    static String elapsed(Duration elapsed) {
        long seconds = elapsed.getSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** A started minute counts: 17 min 10 s left reads "18 min left", never "17" too early. */
    private static long ceilMinutes(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return (seconds + 59) / 60;
    }
}
