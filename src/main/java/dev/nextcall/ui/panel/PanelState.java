package dev.nextcall.ui.panel;

/** The panel's states, as product.md describes them. */
public enum PanelState {
    IDLE("Ready"),
    IN_CALL("In call"),
    WRAP_UP("Wrap up: book the next call"),
    OVERTIME("Overtime: book and close"),
    BOOKED("Next call booked");

    private final String title;

    PanelState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isClosing() {
        return this == WRAP_UP || this == OVERTIME;
    }

    public boolean hasCall() {
        return this != IDLE;
    }
}
