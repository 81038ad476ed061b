package dev.nextcall.ui.shell;

import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The light or dark palette (theme.css) on every window of the app: the dark variant is the style
 * class {@value #DARK} on each scene's root. Follows windows as they open and roots as they are
 * replaced, and switches live when the settings change. Changing the theme only restyles nodes: it
 * never shows, raises or focuses a window. FX thread only.
 */
public final class Themes {

    public static final String DARK = "theme-dark";
    private static final String FOLLOWED = "nextcall.theme.followed";

    private final Map<String, String> environment;
    private boolean dark;
    private boolean following;

    /** @param environment the process environment, read for "system" (see {@link #isDark}) */
    public Themes(String setting, Map<String, String> environment) {
        this.environment = environment;
        this.dark = isDark(setting, environment);
    }

    /**
     * "dark" and "light" mean themselves; "system" follows the desktop where that is cheap to know
     * without a native call (GTK_THEME naming a dark variant, as GNOME and most Linux desktops set
     * it), and is light otherwise: JavaFX 21 has no API for the OS colour scheme.
     */
    public static boolean isDark(String setting, Map<String, String> environment) {
        String value = setting == null ? "system" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "dark" -> true;
            case "light" -> false;
            default -> environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT).contains("dark");
        };
    }

    public boolean dark() {
        return dark;
    }

    /** Uses the theme {@code setting} names ("light", "dark", "system") in every open window at once. */
    public void use(String setting) {
        dark = isDark(setting, environment);
        Window.getWindows().forEach(this::follow);
    }

    /** Themes every window shown from now on, and those already shown. Call once, after the toolkit starts. */
    public void followAllWindows() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::follow);
            }
        });
        Window.getWindows().forEach(this::follow);
    }

    /** Themes one scene, and the roots it is given later (the panel's root is replaced on a calendar switch). */
    public void follow(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getProperties().putIfAbsent(FOLLOWED, Boolean.TRUE) == null) {
            scene.rootProperty().addListener((obs, was, root) -> mark(root));
        }
        mark(scene.getRoot());
    }

    private void follow(Window window) {
        follow(window.getScene());
    }

    private void mark(Parent root) {
        if (root == null) {
            return;
        }
        boolean marked = root.getStyleClass().contains(DARK);
        if (dark && !marked) {
            root.getStyleClass().add(DARK);
        } else if (!dark && marked) {
            root.getStyleClass().remove(DARK);
        }
    }
}
