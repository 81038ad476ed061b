package dev.nextcall.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One of the rep's Google calendars in the settings window: whether its meetings count as busy.
 *
 * @param problem why it cannot be read, in words; empty when it can
 */
public record CalendarChoice(String id, String name, boolean primary, String problem, BooleanProperty busy) {

    static CalendarChoice of(String id, String name, boolean primary, String problem, boolean busy) {
        return new CalendarChoice(id, name, primary, problem, new SimpleBooleanProperty(busy));
    }

    /** The label shown next to its check box. */
    public String label() {
        String text = primary ? name + " (main)" : name;
        return problem.isEmpty() ? text : text + " — " + problem;
    }
}
