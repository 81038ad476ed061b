package dev.nextcall.ui.shell;

import dev.nextcall.config.Settings;
import dev.nextcall.ui.panel.PanelView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the panel in its stage: compact, always on top, resizable, where the rep left it last time.
 * The geometry is handed to {@code saveGeometry} when the window closes.
 */
public final class PanelWindow {

    static final double MIN_WIDTH = 300;
    static final double MIN_HEIGHT = 360;

    private final Stage stage;
    private PanelView view;
    /** The full panel's height, kept while the slim bar is shown. */
    private double fullHeight;

    public PanelWindow(Stage stage, PanelView view, Settings.Window geometry, Consumer<Settings.Window> saveGeometry) {
        this.stage = stage;
        this.view = view;
        Scene scene = new Scene(view.root());
        scene.getStylesheets().setAll(Stylesheets.forArea("panel"));
        stage.setScene(scene);
        // The stage's own size (decorations included), as it is saved on close: setting the scene's
        // size instead would grow the window by its decorations at every restart.
        stage.setWidth(Math.max(MIN_WIDTH, geometry.width()));
        stage.setHeight(Math.max(MIN_HEIGHT, geometry.height()));
        stage.setTitle("NextCall");
        stage.setAlwaysOnTop(true);
        stage.setResizable(true);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placeOnScreen(geometry);
        fullHeight = stage.getHeight();
        follow(view, geometry.compact());
        stage.setOnHidden(e -> {
            view.stopTicking();
            saveGeometry.accept(geometryNow(geometry.screens()));
        });
    }

    public void show() {
        stage.show();
        view.startTicking();
    }

    /**
     * Gives the window its icons. Called after the first frame: decoding six PNG sizes is work the
     * first frame does not need, and window managers take icons set on a shown window.
     */
    public void showIcons() {
        stage.getIcons().setAll(AppIcons.load());
    }

    /**
     * Puts another panel in the window, in the same place: when the rep switches between the local
     * calendar and Google, the panel is rebuilt over the other calendar.
     */
    public void replaceView(PanelView next) {
        view.stopTicking();
        boolean compact = view.compactProperty().get();
        view = next;
        stage.getScene().setRoot(next.root());
        follow(next, compact);
        if (stage.isShowing()) {
            next.startTicking();
        }
    }

    /** Shows the slim bar (true) or the full panel, as Esc does; the window resizes to it. */
    public void setCompact(boolean compact) {
        view.compactProperty().set(compact);
    }

    public boolean isCompact() {
        return view.compactProperty().get();
    }

    public Stage stage() {
        return stage;
    }

    /** Sizes the window to the view's mode now and whenever the rep collapses or expands it. */
    private void follow(PanelView panel, boolean compact) {
        panel.compactProperty().set(compact);
        fitTo(compact);
        panel.compactProperty().addListener((obs, was, now) -> {
            if (panel == view) {
                fitTo(now);
            }
        });
    }

    /**
     * The slim bar: the window shrinks to the bar's height (width and place stay, so it does not jump);
     * expanding gives back the full height. Resizing never raises or focuses the window.
     */
    private void fitTo(boolean compact) {
        Scene scene = stage.getScene();
        if (compact) {
            if (stage.getHeight() > MIN_HEIGHT - 1) {
                fullHeight = stage.getHeight();
            }
            double decorations = stage.isShowing() ? Math.max(0, stage.getHeight() - scene.getHeight()) : 0;
            scene.getRoot().applyCss();
            double bar = Math.ceil(scene.getRoot().prefHeight(stage.getWidth())) + decorations;
            stage.setMinHeight(bar);
            stage.setHeight(bar);
        } else {
            stage.setMinHeight(MIN_HEIGHT);
            stage.setHeight(Math.max(MIN_HEIGHT, fullHeight));
        }
    }

    /** The window's place now, also remembered for the screen it is on (see {@link Settings.Place}). */
    private Settings.Window geometryNow(Map<String, Settings.Place> before) {
        boolean compact = view.compactProperty().get();
        double height = compact ? fullHeight : stage.getHeight();
        Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, height));
        Map<String, Settings.Place> screens = new LinkedHashMap<>(before);
        Screen.getScreensForRectangle(now).stream().findFirst().ifPresent(screen -> screens.put(screenKey(screen),
                new Settings.Place(stage.getX(), stage.getY(), stage.getWidth(), height)));
        return new Settings.Window(stage.getX(), stage.getY(), stage.getWidth(), height, compact, screens);
    }

    /** A screen by its bounds: the same monitor in the same arrangement gets the same key. */
    public static String screenKey(Screen screen) {
        Rectangle2D b = screen.getBounds();
        return Math.round(b.getWidth()) + "x" + Math.round(b.getHeight()) + "+" + Math.round(b.getMinX()) + "+"
                + Math.round(b.getMinY());
    }

    /**
     * Restores the last position if it is still on a screen (monitors come and go); otherwise the place
     * last used on a screen that is there now; otherwise the top right corner of the main screen.
     */
    private void placeOnScreen(Settings.Window geometry) {
        if (geometry.x() != null && geometry.y() != null) {
            Rectangle2D wanted = new Rectangle2D(geometry.x(), geometry.y(), Math.max(1, geometry.width()),
                    Math.max(1, geometry.height()));
            if (!Screen.getScreensForRectangle(wanted).isEmpty()) {
                stage.setX(geometry.x());
                stage.setY(geometry.y());
                return;
            }
        }
        for (Screen screen : Screen.getScreens()) {
            Settings.Place place = geometry.screens().get(screenKey(screen));
            if (place != null && screen.getBounds().contains(place.x(), place.y())) {
                stage.setWidth(Math.max(MIN_WIDTH, place.width()));
                stage.setHeight(Math.max(MIN_HEIGHT, place.height()));
                stage.setX(place.x());
                stage.setY(place.y());
                return;
            }
        }
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setX(bounds.getMaxX() - stage.getWidth() - 24);
        stage.setY(bounds.getMinY() + 48);
    }
}
