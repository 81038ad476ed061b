package dev.nextcall.ui.panel;

import dev.nextcall.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The one line at the bottom of the panel: what just happened, or what went wrong, in plain words.
 * A failure that can be tried again carries its retry, which the panel shows as a button beside it.
 */
public final class StatusLine {

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty isError = new SimpleBooleanProperty(false);
    private final BooleanProperty retryable = new SimpleBooleanProperty(false);
    private Runnable again;

    void say(String text) {
        setRetry(null);
        isError.set(false);
        message.set(text);
    }

    void sayError(String text) {
        setRetry(null);
        isError.set(true);
        message.set(text);
    }

    void failed(Throwable failure) {
        sayError(Messages.plain(failure));
    }

    /** A failure with {@code what} failed in front of the reason, and a way to try the same thing again. */
    void failed(String what, Throwable failure, Runnable retry) {
        sayError(what + ": " + Messages.plain(failure), retry);
    }

    void sayError(String text, Runnable retry) {
        sayError(text);
        setRetry(retry);
    }

    /** Whether the failure on show can be tried again (the Retry button beside it). */
    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable;
    }

    /** Tries the failed work again, once; the line then says how that went. */
    public void retry() {
        Runnable retry = again;
        setRetry(null);
        if (retry != null) {
            message.set("");
            isError.set(false);
            retry.run();
        }
    }

    private void setRetry(Runnable retry) {
        again = retry;
        retryable.set(retry != null);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty isErrorProperty() {
        return isError;
    }
}
