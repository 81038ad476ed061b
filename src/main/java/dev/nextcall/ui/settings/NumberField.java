package dev.nextcall.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A whole number typed by the rep, checked as it is typed: the message says what to enter
 * ("Enter minutes between 0 and 240") and is empty while the text is a number in range.
 */
public final class NumberField {

    private final int min;
    private final int max;
    private final String unit;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    /** @param unit what is counted, plural ("minutes", "days", "meetings") */
    NumberField(int value, int min, int max, String unit) {
        this.min = min;
        this.max = max;
        this.unit = unit;
        text.addListener((obs, was, now) -> check());
        text.set(Integer.toString(value));
        check();
    }

    /** The text the rep edits; the view binds a text field to it both ways. */
    public StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the text, in words; empty when it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** The number; only meaningful while {@link #isValid()}. */
    int value() {
        return Integer.parseInt(text.get().strip());
    }

    private void check() {
        String typed = text.get() == null ? "" : text.get().strip();
        boolean ok;
        try {
            int n = Integer.parseInt(typed);
            ok = n >= min && n <= max;
        } catch (NumberFormatException e) {
            ok = false;
        }
        error.set(ok ? "" : "Enter " + unit + " between " + min + " and " + max);
    }
}
