package dev.nextcall.ui.common;

/** Turns failures into one plain sentence for the panel: no class names, no stack traces. */
public final class Messages {

    private Messages() {
    }

    public static String plain(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String text = t.getMessage();
        if (text == null || text.isBlank()) {
            return "Something went wrong (" + t.getClass().getSimpleName() + "); see the log for details.";
        }
        return text;
    }
}
