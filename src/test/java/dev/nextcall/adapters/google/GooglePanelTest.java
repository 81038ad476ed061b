package dev.nextcall.adapters.google;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.calendar.model.Event;
import dev.nextcall.CompositionRoot;
import dev.nextcall.Environment;
import dev.nextcall.adapters.google.fake.FakeBrowser;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.testing.IcsFiles;
import dev.nextcall.testing.InlineBackgroundTasks;
import dev.nextcall.ui.panel.PanelState;
import dev.nextcall.ui.panel.PanelViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel on Google, through its view model and the real wiring, against the fake Google server: a
 * click books with a Meet link and the reply shows up; offline, the panel offers an .ics invite; signed
 * out, it says so and signs in through the browser.
 */
class GooglePanelTest {

    @TempDir
    Path folder;

    private GoogleOnFake google;
    private CompositionRoot root;
    private PanelViewModel panel;
    private final List<URI> opened = new ArrayList<>();
    /** Follows the consent page's redirect back to the panel's receiver, on its own thread, as a browser would. */
    private final FakeBrowser browser = new FakeBrowser();

    @BeforeEach
    void setUp() {
        google = new GoogleOnFake(folder);
        google.fake.calendars().primary().timeZone("Europe/Berlin");
        IcsFiles.write(folder.resolve("settings.json"), "{\"calendar\": {\"source\": \"google\"}, "
                + "\"rep\": {\"zone\": \"Europe/Berlin\"}}");
    }

    private void openPanel() {
        root = new CompositionRoot(new Environment(new DataFolder(folder), google.clock, ZoneId.of("UTC"),
                Locale.UK, "rep", google.fake.rootUrl()));
        panel = root.panelModel(new InlineBackgroundTasks(), uri -> {
            opened.add(uri);
            browser.browse(uri.toString());
        });
        panel.open();
    }

    @AfterEach
    void tearDown() {
        if (root != null) {
            root.close();
        }
        google.close();
    }

    private void toWrapUp() {
        panel.prospectEmailProperty().set("jane@acme.example");
        panel.startCall();
        google.clock.advance(Duration.ofMinutes(21));
        panel.tick();
    }

    @Test
    void aClickBooksInGoogleWithAMeetLinkAndTheReplyShowsUp() {
        google.signedIn();
        openPanel();
        toWrapUp();
        assertThat(panel.slots()).hasSize(3);

        panel.book(0);

        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        List<Event> inserted = google.fake.calendars().insertedEvents();
        assertThat(inserted).singleElement().satisfies(event -> assertThat(event.getHangoutLink()).isNotBlank());
        CallRecord record = root.reviewHistory().list(HistoryQuery.all()).get(0);
        assertThat(record.nextStep().calendar()).isEqualTo(CalendarKind.GOOGLE);

        google.fake.calendars().respond("primary", inserted.get(0).getId(), "jane@acme.example", "accepted");
        google.clock.advance(Duration.ofMinutes(1));
        panel.tick();

        assertThat(panel.inviteStatusProperty().get()).isEqualTo("Accepted by the prospect.");
    }

    @Test
    void offlineTheClickIsRefusedAndAnIcsInviteIsOffered() {
        google.signedIn();
        openPanel();
        toWrapUp();
        google.fake.close(); // the network is gone

        panel.book(0);

        assertThat(panel.getState()).isEqualTo(PanelState.WRAP_UP);
        assertThat(panel.status().messageProperty().get()).startsWith("Offline:").contains(".ics");
        assertThat(panel.offlineChoiceProperty().get()).isNotNull();

        panel.writeIcsInstead();

        assertThat(panel.getState()).isEqualTo(PanelState.BOOKED);
        assertThat(IcsFiles.read(new DataFolder(folder).localCalendar())).contains("jane@acme.example");
        assertThat(panel.inviteStatusProperty().get()).contains("invites folder");
    }

    @Test
    void signedOutThePanelSaysSoAndSignsInThroughTheBrowser() {
        openPanel();
        panel.tick();

        assertThat(panel.calendarWatch().signInProperty().get()).startsWith("Google Calendar is not connected");

        panel.signIn(); // the fake's consent page approves and redirects back to the panel's receiver

        assertThat(opened).singleElement().satisfies(uri -> assertThat(uri.toString()).startsWith(google.fake.authUrl()));
        assertThat(panel.status().messageProperty().get()).isEqualTo("Signed in to Google Calendar.");
        google.clock.advance(Duration.ofMinutes(1));
        panel.tick();
        assertThat(panel.calendarWatch().signInProperty().get()).isEmpty();
    }
}
