package dev.nextcall.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text the rep types, checked as it is typed: {@link #errorProperty()} says what is wrong in words
 * and is empty while the text is fine.
 */
abstract class CheckedText {

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    CheckedText() {
        text.addListener((obs, was, now) -> error.set(problem(now == null ? "" : now.strip())));
    }

    /** What is wrong with {@code typed} (already stripped); "" when nothing is. */
    abstract String problem(String typed);

    /** Sets the starting text and checks it. */
    final void start(String initial) {
        text.set(initial);
        error.set(problem(initial.strip()));
    }

    /** The text the rep edits; the view binds a text field to it both ways. */
    public final StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the text, in words; empty when it is valid. */
    public final ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public final boolean isValid() {
        return error.get().isEmpty();
    }

    final String typed() {
        return text.get() == null ? "" : text.get().strip();
    }
}
