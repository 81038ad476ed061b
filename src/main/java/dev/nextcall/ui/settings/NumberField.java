package dev.nextcall.ui.settings;

/**
 * A whole number typed by the rep: the message says what to enter ("Enter minutes between 0 and 240")
 * and is empty while the text is a number in range.
 */
public final class NumberField extends CheckedText {

    private final int min;
    private final int max;
    private final String unit;

    /** @param unit what is counted, plural ("minutes", "days", "meetings") */
    NumberField(int value, int min, int max, String unit) {
        this.min = min;
        this.max = max;
        this.unit = unit;
        start(Integer.toString(value));
    }

    /** The number; only meaningful while {@link #isValid()}. */
    int value() {
        return Integer.parseInt(typed());
    }

    @Override
    String problem(String typed) {
        try {
            int n = Integer.parseInt(typed);
            if (n >= min && n <= max) {
                return "";
            }
        } catch (NumberFormatException e) {
            // not a number: the same message says what to enter
        }
        return "Enter " + unit + " between " + min + " and " + max;
    }
}
