package dev.nextcall.ui.panel;

import dev.nextcall.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The one line at the bottom of the panel: what just happened, or what went wrong, in plain words. */
public final class StatusLine {

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty isError = new SimpleBooleanProperty(false);

    void say(String text) {
        isError.set(false);
        message.set(text);
    }

    void sayError(String text) {
        isError.set(true);
        message.set(text);
    }

    void failed(Throwable failure) {
        sayError(Messages.plain(failure));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty isErrorProperty() {
        return isError;
    }
}
