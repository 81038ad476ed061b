package dev.nextcall.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The settings window's content: one scrolling page of sections, every field with its message
 * under it, and Save at the bottom. Builds nodes and binds; the view model checks and saves.
 */
public final class SettingsView {

    private final SettingsViewModel model;
    private final Consumer<Path> openFolder;
    private final BorderPane root = new BorderPane();

    /** @param openFolder opens a folder in the desktop's file manager */
    public SettingsView(SettingsViewModel model, Consumer<Path> openFolder) {
        this.model = model;
        this.openFolder = openFolder;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("settings");
        VBox page = new VBox(calendarSection(), hoursSection(), meetingsSection(), youSection(), phrasesSection(),
                themeSection());
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        Label status = new Label();
        status.setId("settingsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("Save");
        save.setId("settingsSave");
        save.getStyleClass().add("primary");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSave().not());
        save.setOnAction(e -> model.save());
        HBox bar = new HBox(status, save);
        bar.getStyleClass().add("save-bar");
        bar.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(bar);
    }

    private Node calendarSection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton local = new RadioButton("Local calendar and .ics files");
        local.setId("sourceLocal");
        local.setUserData("local");
        RadioButton google = new RadioButton("Google Calendar");
        google.setId("sourceGoogle");
        google.setUserData("google");
        group.getToggles().setAll(local, google);
        group.selectToggle("google".equals(model.sourceProperty().get()) ? google : local);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.sourceProperty().set((String) now.getUserData());
            }
        });
        model.sourceProperty().addListener((obs, was, now) -> group.selectToggle("google".equals(now) ? google : local));
        Label note = hint(model.sourceNoteProperty());
        note.setId("sourceNote");

        ListView<String> sources = new ListView<>(model.icsSources());
        sources.setId("icsSources");
        sources.setPrefHeight(96);
        sources.setAccessibleText("Calendar files and addresses busy time also comes from");
        Button remove = new Button("Remove");
        remove.setId("removeIcsSource");
        remove.disableProperty().bind(sources.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeIcsSource(sources.getSelectionModel().getSelectedItem()));
        TextField entry = new TextField();
        entry.setId("newIcsSource");
        entry.setPromptText("A file (.ics) or an address (https://, webcal://)");
        entry.setAccessibleText("A calendar file or address to add");
        entry.textProperty().bindBidirectional(model.newIcsSourceProperty());
        entry.setOnAction(e -> model.addIcsSource());
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addIcsSource");
        add.setOnAction(e -> model.addIcsSource());
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar files", "*.ics"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.addIcsFile(file.toPath());
            }
        });
        VBox localBox = new VBox(new Label("Busy time also comes from:"), sources, new HBox(entry, add, browse, remove),
                error("newIcsSourceError", model.newIcsSourceErrorProperty()));
        localBox.getStyleClass().add("group");

        Label account = hint(model.accountStatusProperty());
        account.setId("accountStatus");
        Button signIn = new Button("Sign in with Google");
        signIn.setId("settingsSignIn");
        signIn.disableProperty().bind(model.workingProperty());
        signIn.setOnAction(e -> model.signIn());
        Button signOut = new Button("Sign out");
        signOut.setId("settingsSignOut");
        signOut.disableProperty().bind(model.workingProperty().or(model.signedInProperty().not()));
        signOut.setOnAction(e -> model.signOut());
        VBox calendars = new VBox();
        calendars.setId("googleCalendars");
        calendars.getStyleClass().add("checks");
        model.googleCalendars().addListener((ListChangeListener<CalendarChoice>) change -> {
            calendars.getChildren().clear();
            for (CalendarChoice choice : model.googleCalendars()) {
                CheckBox box = new CheckBox(choice.label());
                box.selectedProperty().bindBidirectional(choice.busy());
                calendars.getChildren().add(box);
            }
        });
        Label which = new Label("Meetings in the ticked calendars count as busy:");
        which.visibleProperty().bind(model.signedInProperty());
        which.managedProperty().bind(which.visibleProperty());
        VBox googleBox = new VBox(account, new HBox(signIn, signOut), which, calendars);
        googleBox.getStyleClass().add("group");
        model.refreshAccount();
        return section("Calendar", local, localBox, google, googleBox, note);
    }

    private Node hoursSection() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("hours");
        grid.addRow(0, new Label(""), new Label("You"), new Label("Prospects (default)"));
        int row = 1;
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = day.name().toLowerCase(Locale.ROOT);
            TextField rep = field("repHours-" + key, model.repHours(day).textProperty());
            TextField prospect = field("prospectHours-" + key, model.prospectHours(day).textProperty());
            rep.setPromptText("day off");
            prospect.setPromptText("day off");
            String dayName = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            rep.setAccessibleText("Your hours on " + dayName);
            prospect.setAccessibleText("Prospects' hours on " + dayName);
            grid.addRow(row++, new Label(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), rep, prospect);
            Label repError = error("repHoursError-" + key, model.repHours(day).errorProperty());
            Label prospectError = error("prospectHoursError-" + key, model.prospectHours(day).errorProperty());
            grid.add(repError, 1, row);
            grid.add(prospectError, 2, row++);
        }
        return section("Working hours", hint("Like 09:00-17:00; a split day 08:00-12:00, 14:00-18:00; empty for a "
                + "day off. Times are proposed only when both you and the prospect are working."), grid);
    }

    private Node meetingsSection() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("numbers");
        int row = 0;
        row = numberRow(grid, row, "meetingMinutes", "Meeting length (minutes)", model.meetingMinutes());
        row = numberRow(grid, row, "stepMinutes", "Start times every (minutes)", model.stepMinutes());
        row = numberRow(grid, row, "bufferBefore", "Free before a meeting (minutes)", model.bufferBefore());
        row = numberRow(grid, row, "bufferAfter", "Free after a meeting (minutes)", model.bufferAfter());
        row = numberRow(grid, row, "noticeMinutes", "Minimum notice (minutes)", model.noticeMinutes());
        row = numberRow(grid, row, "horizonDays", "Look ahead (days)", model.horizonDays());
        row = numberRow(grid, row, "dailyCap", "At most meetings a day (0: no limit)", model.dailyCap());
        TextField link = field("meetingLink", model.meetingLinkProperty());
        link.setPromptText("https://… (empty: Google Meet with Google, none locally)");
        grid.addRow(row++, labelFor("Meeting link", link), link);
        grid.add(error("meetingLinkError", model.meetingLinkErrorProperty()), 1, row);
        return section("Meetings", grid);
    }

    private Node youSection() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("numbers");
        TextField name = field("repName", model.repNameProperty());
        TextField email = field("repEmail", model.repEmailProperty());
        grid.addRow(0, labelFor("Your name", name), name);
        grid.addRow(1, labelFor("Your e-mail", email), email);
        grid.add(error("repEmailError", model.repEmailErrorProperty()), 1, 2);
        return section("You (the organizer of invitations)", grid);
    }

    private Node phrasesSection() {
        Label path = new Label(model.phrasesFile().toString());
        path.setId("phrasesFile");
        path.setWrapText(true);
        Button open = new Button("Open folder");
        open.setId("openPhrasesFolder");
        open.setOnAction(e -> openFolder.accept(model.phrasesFile().getParent()));
        return section("Suggested lines", hint("Your own lines are read from this file; edit it in any text editor."),
                path, open);
    }

    private Node themeSection() {
        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.setId("theme");
        theme.getItems().setAll("system", "light", "dark");
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setAccessibleText("Theme: system, light or dark");
        return section("Theme", theme);
    }

    private static int numberRow(GridPane grid, int row, String id, String label, NumberField field) {
        TextField input = field(id, field.textProperty());
        grid.addRow(row, labelFor(label, input), input);
        grid.add(error(id + "Error", field.errorProperty()), 1, row + 1);
        return row + 2;
    }

    /** A field's label, which is also its name for screen readers. */
    private static Label labelFor(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        field.setAccessibleText(text);
        return label;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** A field's message: shown only while there is something wrong. */
    private static Label error(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label hint(ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Node section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("section");
        return box;
    }
}
