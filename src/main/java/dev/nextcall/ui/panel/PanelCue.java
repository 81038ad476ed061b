package dev.nextcall.ui.panel;

import dev.nextcall.domain.call.CallPhase;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The panel's cues as the call nears its end: a colour level and a brief banner on entering the
 * wrap-up, at the escalation (five minutes before the end by default) and at overtime. The banner is
 * a line inside the panel that the view fades out: never a dialog, never focus. A sound only when the
 * rep turned it on.
 */
public final class PanelCue {

    /** How insistent the panel looks; each level is a style class on the panel. */
    public enum Level {
        NONE(""), WRAP_UP("cue-wrap-up"), ESCALATED("cue-escalated"), OVERTIME("cue-overtime");

        private final String styleClass;

        Level(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.NONE);
    private final StringProperty banner = new SimpleStringProperty("");
    private final IntegerProperty cues = new SimpleIntegerProperty();
    private final IntegerProperty sounds = new SimpleIntegerProperty();

    /**
     * Follows the call's clock; a change of level raises the banner once.
     *
     * @param minutesLeft whole minutes to the end, for the banner's words
     */
    void follow(CallPhase phase, boolean escalated, long minutesLeft, boolean soundOn) {
        Level next = switch (phase) {
            case WRAP_UP -> escalated ? Level.ESCALATED : Level.WRAP_UP;
            case OVERTIME -> Level.OVERTIME;
            default -> Level.NONE;
        };
        Level was = level.get();
        level.set(next);
        if (next.ordinal() <= was.ordinal()) {
            return;
        }
        banner.set(switch (next) {
            case WRAP_UP -> "Wrap-up: " + minutesLeft + " min left";
            case ESCALATED -> minutesLeft + " min left: offer a time";
            case OVERTIME -> "Over time: book and close";
            case NONE -> "";
        });
        cues.set(cues.get() + 1);
        if (soundOn) {
            sounds.set(sounds.get() + 1);
        }
    }

    /** No call (or a booked one): no cue. */
    void clear() {
        level.set(Level.NONE);
        banner.set("");
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level;
    }

    /** The banner's words; the view shows them briefly on every {@link #cueCountProperty() cue}. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }

    /** Counts cues, so the view can show the banner again even when the words repeat. */
    public ReadOnlyIntegerProperty cueCountProperty() {
        return cues;
    }

    /** Counts the cues that should beep (only with the sound setting on). */
    public ReadOnlyIntegerProperty soundCountProperty() {
        return sounds;
    }
}
