package dev.nextcall.ui.panel;

import dev.nextcall.domain.slot.SpokenSlot;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.util.Duration;
import org.controlsfx.control.SearchableComboBox;

/**
 * The always-on-top call panel: builds the nodes for each state and binds them to the view model.
 * No logic lives here beyond wiring; the view never moves focus or brings itself to the front.
 */
public final class PanelView {

    static final int SLOT_BUTTONS = 3;

    private final PanelViewModel model;
    private final Runnable openHistory;
    private final Runnable openSettings;
    private final BorderPane root = new BorderPane();
    private final Timeline ticker;
    private final BooleanProperty compact = new SimpleBooleanProperty(false);
    private Node fullTop;
    private Node fullCenter;
    private Node fullBottom;
    private Node compactBar;
    private TextArea notes;

    public PanelView(PanelViewModel model, Runnable openHistory) {
        this(model, openHistory, null);
    }

    /** @param openSettings opens the settings window; null for a panel without a Settings button */
    public PanelView(PanelViewModel model, Runnable openHistory, Runnable openSettings) {
        this.model = model;
        this.openHistory = openHistory;
        this.openSettings = openSettings;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        this.ticker.setCycleCount(Animation.INDEFINITE);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    /** Starts the once-a-second clock; the view model decides what a tick means. */
    public void startTicking() {
        ticker.play();
    }

    public void stopTicking() {
        ticker.stop();
    }

    /**
     * Compact: a slim bar (time left, the cue's colour, the top slot's shortcut) instead of the full
     * panel. Esc collapses, Esc again or the bar's button expands; the window follows (PanelWindow).
     */
    public BooleanProperty compactProperty() {
        return compact;
    }

    /**
     * The panel's shortcuts; each works only while the panel window has the keyboard, so none can take
     * focus from the call window. Ctrl+1/2/3 book the proposed slots, Ctrl+M shows more times, Ctrl+N
     * goes to the notes, Ctrl+G is "they'll get back to me", Ctrl+E adds five minutes, Ctrl+Shift+E ten,
     * Ctrl+Shift+W wraps up now, Esc collapses to the slim bar and expands again. Installed on the scene
     * once it exists.
     */
    public void installShortcuts() {
        for (int i = 0; i < SLOT_BUTTONS; i++) {
            int index = i;
            KeyCombination keys = new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN);
            root.getScene().getAccelerators().put(keys, () -> model.book(index));
        }
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                () -> model.extend(5));
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> model.extend(10));
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), model::wrapUpNow);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                model::showMoreTimes);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                model::prospectDefers);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::goToNotesOnKey);
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE),
                () -> compact.set(!compact.get()));
    }

    /**
     * Ctrl+N: moves the keyboard to the notes, inside the panel window the rep is already typing in (an
     * accelerator only fires there). The one focus call in the app; ArchitectureTest allows it here only.
     */
    private void goToNotesOnKey() {
        if (notes != null && notes.isVisible() && !compact.get()) {
            notes.requestFocus();
        }
    }

    private void createView() {
        root.getStyleClass().add("panel");
        // The banner lies over the header, so showing and fading it never moves a button under the mouse.
        Label banner = cueBanner();
        StackPane top = new StackPane(header(banner), banner);
        top.setAlignment(Pos.TOP_LEFT);
        StackPane problemPlace = new StackPane();
        root.setTop(new VBox(top,
                builtWhen(this::signInBanner, model.calendarWatch().signInProperty().isNotEmpty()),
                builtWhen(this::calendarProblems, model.calendarWatch().calendarProblemsProperty().isNotEmpty()),
                problemPlace));
        PanelState[] inCall = {PanelState.IN_CALL, PanelState.WRAP_UP, PanelState.OVERTIME};
        StackPane states = new StackPane(idleBox(), builtOnFirst(this::callBox, PanelState.IN_CALL),
                builtOnFirst(this::closingBox, PanelState.WRAP_UP, PanelState.OVERTIME),
                builtOnFirst(this::bookedBox, PanelState.BOOKED));
        states.getStyleClass().add("states");
        VBox center = new VBox(states, builtOnFirst(this::zoneRow, inCall), builtOnFirst(this::notesArea, inCall),
                builtOnFirst(this::actionBar, PanelState.IN_CALL, PanelState.WRAP_UP, PanelState.OVERTIME,
                        PanelState.BOOKED));
        center.getStyleClass().add("center");
        VBox.setVgrow(states, Priority.ALWAYS);
        root.setCenter(center);
        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(model.status().messageProperty());
        message.visibleProperty().bind(model.status().messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button retry = new Button("Retry");
        retry.setId("retry");
        retry.getStyleClass().add("primary");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setFocusTraversable(false);
        retry.setAccessibleText("Try again");
        tooltipOnFirstHover(retry, "Try the same again");
        retry.visibleProperty().bind(model.status().retryableProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.status().retry());
        // What just happened is a quiet line at the bottom. A failure is a red banner at the top, under
        // the header where the eye goes first, with Retry under the reason: never a dialog, never focus.
        // At the top it keeps its full height however full the panel is (the bottom would be cut off).
        VBox status = new VBox(message, retry);
        status.setId("statusBar");
        status.getStyleClass().add("status-bar");
        StackPane.setMargin(status, new Insets(0, 0, 8, 0));
        StackPane quietPlace = new StackPane(status);
        model.status().isErrorProperty().addListener((obs, was, error) -> {
            toggleClass(message, "error", error);
            toggleClass(status, "error", error);
            (error ? problemPlace : quietPlace).getChildren().setAll(status);
        });
        root.setBottom(quietPlace);
        fullTop = root.getTop();
        fullCenter = root.getCenter();
        fullBottom = root.getBottom();
        compact.addListener((obs, was, now) -> showCompact(now));
        model.cue().levelProperty().addListener((obs, was, level) -> {
            for (PanelCue.Level each : PanelCue.Level.values()) {
                if (!each.styleClass().isEmpty()) {
                    toggleClass(root, each.styleClass(), each == level);
                }
            }
        });
    }

    private void showCompact(boolean slim) {
        if (slim && compactBar == null) {
            compactBar = compactBar();
        }
        root.setTop(slim ? null : fullTop);
        root.setCenter(slim ? compactBar : fullCenter);
        root.setBottom(slim ? null : fullBottom);
        toggleClass(root, "compact", slim);
    }

    /** The slim bar: what the rep needs at a glance while talking; the cue's colour stays on its edge. */
    private Node compactBar() {
        Label left = boundLabel("compactLeft", "compact-time");
        left.setMaxWidth(Region.USE_PREF_SIZE);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.textProperty().bind(Bindings.createStringBinding(() -> model.getState().hasCall()
                        && model.getState() != PanelState.BOOKED ? model.clock().remainingProperty().get()
                        : model.getState().title(),
                model.stateProperty(), model.clock().remainingProperty()));
        Label hint = boundLabel("compactHint", "compact-hint");
        hint.setTextOverrun(OverrunStyle.ELLIPSIS);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.getState() == PanelState.BOOKED) {
                return model.bookedTimeProperty().get();
            }
            return model.getState().isClosing() && !model.slots().isEmpty()
                    ? "Ctrl+1  " + model.slots().get(0).label().replace(" · ", " ") : model.prospectProperty().get();
        }, model.stateProperty(), model.slots(), model.prospectProperty(), model.bookedTimeProperty()));
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button expand = new Button("\u25BC"); // a small down arrow: the bar's room is for the time and the slot
        expand.setId("expandPanel");
        expand.getStyleClass().add("quiet");
        expand.setFocusTraversable(false);
        expand.setMinWidth(Region.USE_PREF_SIZE);
        expand.setTooltip(new Tooltip("Show the full panel (Esc)"));
        expand.setAccessibleText("Show the full panel");
        expand.setOnAction(e -> compact.set(false));
        HBox bar = new HBox(left, hint, expand);
        bar.setId("compactBar");
        bar.getStyleClass().add("compact-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /**
     * The cue on entering the wrap-up, at the last minutes and at overtime: a line at the top of the
     * panel that fades out after a few seconds. Never a dialog, never focus; a beep only when the rep
     * turned the sound on (the prospect would hear it too).
     */
    private Label cueBanner() {
        Label banner = new Label();
        banner.setId("cueBanner");
        banner.getStyleClass().add("cue-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMouseTransparent(true);
        banner.textProperty().bind(model.cue().bannerProperty());
        banner.setVisible(false);
        FadeTransition fade = new FadeTransition(Duration.seconds(1.5), banner);
        fade.setDelay(Duration.seconds(6));
        fade.setFromValue(1);
        fade.setToValue(0);
        fade.setOnFinished(e -> banner.setVisible(false));
        model.cue().cueCountProperty().addListener((obs, was, count) -> {
            fade.stop();
            banner.setOpacity(1);
            banner.setVisible(true);
            fade.playFromStart();
        });
        model.cue().levelProperty().addListener((obs, was, level) -> {
            if (level == PanelCue.Level.NONE) {
                fade.stop();
                banner.setVisible(false);
            }
        });
        model.cue().soundCountProperty().addListener((obs, was, count) -> java.awt.Toolkit.getDefaultToolkit().beep());
        return banner;
    }

    /** @param banner the cue banner over the header: the title fades out while it shows, and back in */
    private Node header(Label banner) {
        Label title = new Label();
        title.opacityProperty().bind(Bindings.when(banner.visibleProperty())
                .then(banner.opacityProperty().negate().add(1)).otherwise(1.0));
        title.setId("stateTitle");
        title.getStyleClass().add("state-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.getState().title(), model.stateProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button history = new Button("History");
        history.setId("historyButton");
        history.getStyleClass().add("quiet");
        history.setFocusTraversable(false);
        tooltipOnFirstHover(history, "Past calls, and the ones without a next step");
        history.setOnAction(e -> openHistory.run());
        history.setAccessibleText("Open the call history");
        HBox header = new HBox(title, spacer, history);
        if (openSettings != null) {
            Button settings = new Button("Settings");
            settings.setId("settingsButton");
            settings.getStyleClass().add("quiet");
            settings.setFocusTraversable(false);
            settings.setOnAction(e -> openSettings.run());
            settings.setAccessibleText("Open the settings");
            tooltipOnFirstHover(settings, "Hours, calendar, theme");
            // Settings are for between calls: during one the header stays as it was.
            settings.visibleProperty().bind(model.stateProperty().isEqualTo(PanelState.IDLE));
            settings.managedProperty().bind(settings.visibleProperty());
            header.getChildren().add(settings);
        }
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Google needs a sign-in: say why, and sign in from here (the browser opens; nothing to type). */
    private Node signInBanner() {
        Label text = new Label();
        text.setId("signInNeeded");
        text.setWrapText(true);
        text.textProperty().bind(model.calendarWatch().signInProperty());
        Button signIn = new Button("Sign in with Google");
        signIn.setId("signIn");
        signIn.getStyleClass().add("quiet");
        signIn.setAccessibleText("Sign in with Google");
        signIn.setTooltip(new Tooltip("Opens Google's sign-in page in your browser"));
        signIn.disableProperty().bind(model.workingProperty());
        signIn.setOnAction(e -> model.signIn());
        VBox banner = new VBox(text, signIn);
        banner.getStyleClass().add("calendar-problems");
        banner.visibleProperty().bind(model.calendarWatch().signInProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Which calendar cannot be read, and a way to try again: the panel never hides what it cannot see. */
    private Node calendarProblems() {
        Label text = new Label();
        text.setId("calendarProblems");
        text.setWrapText(true);
        text.textProperty().bind(model.calendarWatch().calendarProblemsProperty());
        Button retry = new Button("Try again");
        retry.setId("refreshCalendars");
        retry.getStyleClass().add("quiet");
        retry.setAccessibleText("Fetch the subscribed calendars again");
        retry.setTooltip(new Tooltip("Fetch the subscribed calendars now"));
        retry.disableProperty().bind(model.workingProperty());
        retry.setOnAction(e -> model.refreshCalendars());
        VBox banner = new VBox(text, retry);
        banner.getStyleClass().add("calendar-problems");
        banner.visibleProperty().bind(model.calendarWatch().calendarProblemsProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node idleBox() {
        Label next = boundLabel("nextMeeting", "big-line");
        next.setWrapText(true);
        next.textProperty().bind(model.calendarWatch().nextMeetingProperty());
        Label hint = boundLabel("idleHint", "quiet-line");
        hint.setWrapText(true);
        hint.setText("Start a call when you begin talking. Ten minutes before the end, NextCall suggests what to "
                + "say and three times to offer; one click books the next call.");
        Label today = boundLabel("todayCount", "quiet-line");
        today.textProperty().bind(model.calendarWatch().todayCountProperty());
        Label attention = boundLabel("attention", "attention-line");
        attention.setWrapText(true);
        attention.textProperty().bind(model.calendarWatch().attentionProperty());
        attention.visibleProperty().bind(attention.textProperty().isNotEmpty());
        attention.managedProperty().bind(attention.visibleProperty());

        ChoiceBox<Integer> length = new ChoiceBox<>();
        length.setId("plannedLength");
        length.getItems().setAll(15, 20, 30, 45, 60, 90);
        if (!length.getItems().contains(model.plannedMinutesProperty().get())) {
            length.getItems().add(model.plannedMinutesProperty().get());
        }
        length.setValue(model.plannedMinutesProperty().get());
        length.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : minutes + " min";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replace(" min", ""));
            }
        });
        length.valueProperty().addListener((obs, old, minutes) -> {
            if (minutes != null) {
                model.plannedMinutesProperty().set(minutes);
            }
        });
        length.setAccessibleText("Planned call length");

        TextField email = new TextField();
        email.setId("prospectEmail");
        email.setPromptText("Prospect's e-mail (optional)");
        email.setAccessibleText("Prospect's e-mail address");
        email.textProperty().bindBidirectional(model.prospectEmailProperty());
        email.setOnAction(e -> model.startCall());

        Button start = new Button("Start call");
        start.setId("startCall");
        start.getStyleClass().add("primary");
        start.setMaxWidth(Double.MAX_VALUE);
        start.disableProperty().bind(model.canStart().not());
        start.setOnAction(e -> model.startCall());
        start.setAccessibleText("Start call");
        tooltipOnFirstHover(start, "Start timing the call (Enter in the e-mail field)");

        HBox lengthRow = new HBox(new Label("Length"), length);
        lengthRow.getStyleClass().add("row");
        lengthRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(next, today, attention, lengthRow, email, start, hint);
        return stateBox(box, "idle", PanelState.IDLE);
    }

    private Node callBox() {
        Label who = boundLabel("prospect", "big-line");
        who.setWrapText(true);
        who.textProperty().bind(model.prospectProperty());
        Label left = boundLabel("remaining", "huge-line");
        left.textProperty().bind(model.clock().remainingProperty());
        Label elapsed = boundLabel("elapsed", "quiet-line");
        elapsed.textProperty().bind(Bindings.concat(model.clock().elapsedProperty(), " elapsed"));
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.clock().progressProperty());

        Label endsEarly = boundLabel("endsEarly", "attention-line");
        endsEarly.textProperty().bind(model.clock().endsEarlyProperty());
        endsEarly.visibleProperty().bind(endsEarly.textProperty().isNotEmpty());
        endsEarly.managedProperty().bind(endsEarly.visibleProperty());

        Button extend = extendButton("extend5", 5);
        Button extend10 = extendButton("extend10", 10);
        Button wrapUp = new Button("Wrap up now");
        wrapUp.setId("wrapUpNow");
        wrapUp.getStyleClass().add("quiet");
        wrapUp.setFocusTraversable(false);
        wrapUp.setTooltip(new Tooltip("Close now: the wrap-up starts at once (Ctrl+Shift+W)"));
        wrapUp.disableProperty().bind(model.workingProperty());
        wrapUp.setOnAction(e -> model.wrapUpNow());
        wrapUp.setAccessibleText("Wrap up now");
        wrapUp.setAccessibleHelp("Ctrl+Shift+W");
        Button dismiss = new Button("Not a sales call");
        dismiss.setId("dismissCall");
        dismiss.getStyleClass().add("quiet");
        dismiss.setTooltip(new Tooltip("Stop tracking this calendar meeting"));
        dismiss.visibleProperty().bind(model.fromCalendarProperty());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.setOnAction(e -> model.dismissCall());
        dismiss.setAccessibleText("Not a sales call");
        HBox small = new HBox(extend, extend10, wrapUp, dismiss);
        small.getStyleClass().add("row");

        VBox box = new VBox(who, left, endsEarly, bar, elapsed, small);
        return stateBox(box, "in-call", PanelState.IN_CALL);
    }

    private Node closingBox() {
        Label left = boundLabel("closingRemaining", "quiet-line");
        left.textProperty().bind(Bindings.concat(model.prospectProperty(), " · ", model.clock().remainingProperty()));
        Label line = boundLabel("suggestion", "suggestion");
        line.setWrapText(true);
        // The line to say is the point of the wrap-up: the notes shrink before it does. Once the rep opens
        // "more times" they are choosing a time, and the line gives the list its room.
        line.minHeightProperty().bind(Bindings.when(Bindings.isNotEmpty(model.times().more()))
                .then(Region.USE_COMPUTED_SIZE).otherwise(Region.USE_PREF_SIZE));
        line.textProperty().bind(model.suggestionProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("slotsLoading");
        loading.setMaxSize(32, 32);
        loading.visibleProperty().bind(model.times().loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        VBox slotButtons = new VBox();
        slotButtons.getStyleClass().add("slots");
        for (int i = 0; i < SLOT_BUTTONS; i++) {
            slotButtons.getChildren().add(slotButton(i));
        }
        Button icsInstead = new Button("Write an .ics invite instead");
        icsInstead.setId("writeIcsInstead");
        icsInstead.getStyleClass().add("primary");
        icsInstead.setMaxWidth(Double.MAX_VALUE);
        icsInstead.setTooltip(new Tooltip("The calendar cannot be reached: save the meeting locally and write an "
                + "invitation to send from your mail"));
        icsInstead.visibleProperty().bind(model.offlineChoiceProperty().isNotNull());
        icsInstead.managedProperty().bind(icsInstead.visibleProperty());
        icsInstead.disableProperty().bind(model.workingProperty());
        icsInstead.setOnAction(e -> model.writeIcsInstead());
        icsInstead.setAccessibleText("Write an .ics invite instead");
        Label endsEarly = boundLabel("closingEndsEarly", "attention-line");
        endsEarly.textProperty().bind(model.clock().endsEarlyProperty());
        endsEarly.visibleProperty().bind(endsEarly.textProperty().isNotEmpty());
        endsEarly.managedProperty().bind(endsEarly.visibleProperty());
        Button remind = new Button();
        remind.setId("remindAndEnd");
        remind.getStyleClass().add("primary");
        remind.setMaxWidth(Double.MAX_VALUE);
        remind.textProperty().bind(model.followUpReminderProperty());
        remind.setTooltip(new Tooltip("Note the reminder on this call and end it as \"they'll get back to me\""));
        remind.visibleProperty().bind(model.deferringProperty());
        remind.managedProperty().bind(remind.visibleProperty());
        remind.disableProperty().bind(model.workingProperty());
        remind.setOnAction(e -> model.remindAndEnd());
        remind.accessibleTextProperty().bind(remind.textProperty());
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // a long name gives way; the time left stays
        HBox timeRow = new HBox(left, extendButton("closingExtend5", 5), extendButton("closingExtend10", 10));
        timeRow.getStyleClass().add("row");
        timeRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(timeRow, endsEarly, line, remind, loading, slotButtons, icsInstead, moreTimes());
        Node node = stateBox(box, "closing", PanelState.WRAP_UP, PanelState.OVERTIME);
        model.clock().escalatedProperty().addListener((obs, was, now) -> toggleClass(node, "escalated", now));
        model.stateProperty().addListener((obs, was, now) -> toggleClass(node, "overtime", now == PanelState.OVERTIME));
        toggleClass(node, "escalated", model.clock().escalatedProperty().get());
        toggleClass(node, "overtime", model.getState() == PanelState.OVERTIME);
        return node;
    }

    /** "More times": each press adds a page of further times; one click on a time books it. */
    private Node moreTimes() {
        VBox list = new VBox();
        list.setId("moreTimesList");
        list.getStyleClass().add("more-times");
        model.times().more().addListener((ListChangeListener<SpokenSlot>) change -> {
            list.getChildren().clear();
            for (int i = 0; i < model.times().more().size(); i++) {
                list.getChildren().add(moreTimeButton(i, model.times().more().get(i)));
            }
        });
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(160);
        scroll.getStyleClass().add("more-times-scroll");
        scroll.visibleProperty().bind(Bindings.isNotEmpty(model.times().more()));
        scroll.managedProperty().bind(scroll.visibleProperty());
        Button more = new Button("More times");
        more.setId("moreTimes");
        more.getStyleClass().add("quiet");
        more.setTooltip(new Tooltip("Show further free times (Ctrl+M)"));
        more.setAccessibleText("Show more times");
        more.disableProperty().bind(model.workingProperty().or(model.times().loadingProperty()));
        more.setOnAction(e -> model.showMoreTimes());
        return new VBox(scroll, more);
    }

    private Button extendButton(String id, int minutes) {
        Button extend = new Button("+" + minutes + " min");
        extend.setId(id);
        extend.getStyleClass().add("quiet");
        extend.setFocusTraversable(false);
        extend.setMinWidth(Region.USE_PREF_SIZE);
        extend.setTooltip(new Tooltip("The call runs " + minutes + " minutes longer (Ctrl+"
                + (minutes == 5 ? "" : "Shift+") + "E)"));
        extend.disableProperty().bind(model.workingProperty());
        extend.setOnAction(e -> model.extend(minutes));
        extend.setAccessibleText("Add " + minutes + " minutes");
        return extend;
    }

    private Button moreTimeButton(int index, SpokenSlot slot) {
        String other = slot.otherZoneLabel().isEmpty() ? "" : "   (" + slot.otherZoneLabel() + " for you)";
        Button button = new Button(slot.label() + other);
        button.setId("more" + (index + 1));
        button.getStyleClass().add("more-time");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleText("Book " + slot.spoken());
        button.disableProperty().bind(model.workingProperty());
        button.setOnAction(e -> model.bookMore(index));
        return button;
    }

    private Button slotButton(int index) {
        Button button = new Button();
        button.setId("slot" + (index + 1));
        button.getStyleClass().add("slot");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleHelp("Ctrl+" + (index + 1));
        button.disableProperty().bind(model.canBook(index).not());
        button.visibleProperty().bind(Bindings.size(model.slots()).greaterThan(index));
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> model.book(index));
        Runnable refresh = () -> {
            if (index < model.slots().size()) {
                SpokenSlot slot = model.slots().get(index);
                String other = slot.otherZoneLabel().isEmpty() ? "" : "\n" + slot.otherZoneLabel() + " for you";
                button.setText((index + 1) + "   " + slot.label() + other);
                button.setAccessibleText("Book " + slot.spoken());
                button.setTooltip(new Tooltip("Book " + slot.label() + " (Ctrl+" + (index + 1) + ")"));
            } else {
                button.setText("");
            }
        };
        model.slots().addListener((ListChangeListener<SpokenSlot>) change -> refresh.run());
        refresh.run();
        return button;
    }

    private Node bookedBox() {
        Label when = boundLabel("bookedTime", "big-line");
        when.setWrapText(true);
        when.textProperty().bind(model.bookedTimeProperty());
        Label invite = boundLabel("inviteStatus", "quiet-line");
        invite.setWrapText(true);
        invite.textProperty().bind(model.inviteStatusProperty());
        Label line = boundLabel("confirmLine", "suggestion");
        line.setWrapText(true);
        line.textProperty().bind(model.suggestionProperty());
        Button copy = new Button("Copy summary");
        copy.setId("copySummary");
        copy.getStyleClass().add("quiet");
        copy.setTooltip(new Tooltip("Copy a summary of this call for your CRM"));
        copy.setAccessibleText("Copy summary");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.summary());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button undo = new Button("Undo: cancel this meeting");
        undo.setId("undoBooking");
        undo.getStyleClass().add("quiet");
        undo.setTooltip(new Tooltip("Cancel the meeting just booked and offer times again"));
        undo.disableProperty().bind(model.workingProperty());
        undo.setOnAction(e -> model.undoBooking());
        undo.setAccessibleText("Undo: cancel this meeting");
        VBox box = new VBox(when, invite, line, new HBox(copy, undo));
        return stateBox(box, "booked", PanelState.BOOKED);
    }

    /** The prospect's zone, searchable by typing part of a city ("york", "kolk"). */
    private Node zoneRow() {
        SearchableComboBox<ZoneId> zones = new SearchableComboBox<>();
        zones.setId("prospectZone");
        zones.setAccessibleText("The prospect's time zone");
        zones.setTooltip(new Tooltip("The prospect's time zone: times are offered in both zones"));
        zones.getItems().setAll(ZoneChoices.all());
        zones.setConverter(ZoneChoices.CONVERTER);
        zones.setMaxWidth(Double.MAX_VALUE);
        model.prospectZoneProperty().addListener((obs, was, zone) -> {
            if (zone != null && !zone.equals(zones.getValue())) {
                zones.setValue(zone);
            }
        });
        zones.valueProperty().addListener((obs, was, zone) -> model.changeProspectZone(zone));
        Label label = new Label("Their zone");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(zones);
        HBox row = new HBox(label, zones);
        HBox.setHgrow(zones, Priority.ALWAYS);
        row.getStyleClass().add("row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.getState().hasCall() && model.getState() != PanelState.BOOKED, model.stateProperty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node notesArea() {
        notes = new TextArea();
        notes.setId("notes");
        notes.setPromptText("Notes and follow-up actions (go into the invite; Ctrl+N)");
        notes.setAccessibleText("Notes and follow-up actions");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.setMinHeight(32); // in the closing minutes the line and the times come first
        notes.textProperty().bindBidirectional(model.notesProperty());
        notes.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.getState().hasCall() && model.getState() != PanelState.BOOKED, model.stateProperty()));
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    /** The ways a call ends: "they'll get back to me" on its own row, the two short ones below. */
    private Node actionBar() {
        Button later = new Button("They'll get back to me");
        later.setId("theyWillGetBack");
        later.setTooltip(new Tooltip("The prospect will come back with a date. In the wrap-up: a line that backs "
                + "off and a follow-up reminder; press again to end the call and record it (Ctrl+G)"));
        later.setAccessibleText("They'll get back to me");
        later.setAccessibleHelp("Ctrl+G");
        later.setOnAction(e -> model.prospectDefers());
        Button none = new Button("No next step");
        none.setId("noNextStep");
        none.setTooltip(new Tooltip("No next meeting is needed (won, lost, not a fit)"));
        none.setOnAction(e -> model.noNextStep());
        none.setAccessibleText("No next step");
        Button end = new Button("End call");
        end.setId("endCall");
        end.setOnAction(e -> model.endCall());
        end.setAccessibleText("End call");
        end.setTooltip(new Tooltip("End the call and record it"));
        BooleanBinding asking = Bindings.createBooleanBinding(
                () -> model.getState().hasCall() && model.getState() != PanelState.BOOKED, model.stateProperty());
        for (Button b : new Button[] {later, none, end}) {
            b.disableProperty().bind(model.canEnd().not());
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        for (Button b : new Button[] {later, none}) {
            b.visibleProperty().bind(asking);
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox lower = new HBox(none, end);
        lower.getStyleClass().add("row");
        VBox bar = new VBox(later, lower);
        bar.getStyleClass().add("actions");
        bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.getState().hasCall(), model.stateProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /**
     * A holder that builds its part the first time the panel is in one of {@code states}: the skins and
     * styles of a call's controls (the zone search, the notes, the slot buttons) then cost nothing before
     * the idle panel's first frame, which is what the rep waits for at start-up.
     */
    private Node builtOnFirst(Supplier<Node> part, PanelState... states) {
        return builtWhen(part, Bindings.createBooleanBinding(() -> List.of(states).contains(model.getState()),
                model.stateProperty()));
    }

    /** A holder that builds its part the first time {@code needed} is true (a banner when there is news). */
    private static Node builtWhen(Supplier<Node> part, ObservableBooleanValue needed) {
        StackPane holder = new StackPane();
        holder.setVisible(false);
        holder.setManaged(false);
        Runnable build = () -> {
            if (holder.getChildren().isEmpty() && needed.get()) {
                Node built = part.get();
                holder.getChildren().add(built);
                holder.visibleProperty().bind(built.visibleProperty());
                holder.managedProperty().bind(built.managedProperty());
            }
        };
        needed.addListener((obs, was, now) -> build.run());
        // A binding listens to what it depends on only weakly: the holder keeps it, or it would be
        // collected with nothing built.
        holder.getProperties().put(PanelView.class, needed);
        build.run();
        return holder;
    }

    private Node stateBox(VBox box, String styleClass, PanelState... states) {
        box.getStyleClass().addAll("state-box", styleClass);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            for (PanelState s : states) {
                if (model.getState() == s) {
                    return true;
                }
            }
            return false;
        }, model.stateProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Makes the tooltip when the pointer first comes near: the first tooltip loads the popup machinery,
     * which the idle panel's first frame does not need.
     */
    private static void tooltipOnFirstHover(Control control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }

    private static Label boundLabel(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static void toggleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private void initListeners() {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }
}
