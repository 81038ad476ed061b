package dev.nextcall.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.domain.slot.RuleViolation;
import dev.nextcall.domain.slot.SlotRules;
import dev.nextcall.domain.slot.TimeRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json: forgiving to read, atomic to write, every mistake named in plain words. */
class SettingsStoreTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private SettingsStore store() {
        return new SettingsStore(folder.resolve("settings.json"), BERLIN);
    }

    private void write(String json) throws Exception {
        Files.writeString(folder.resolve("settings.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void noFileMeansTheDefaults() {
        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.problem()).isEmpty();
        SlotRules rules = loaded.settings().slotRules(BERLIN);
        assertThat(rules.repZone()).isEqualTo(BERLIN);
        assertThat(rules.meetingLength()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.minimumNotice()).isEqualTo(Duration.ofHours(2));
        assertThat(rules.horizonDays()).isEqualTo(14);
        assertThat(rules.count()).isEqualTo(3);
        assertThat(rules.repHours().on(DayOfWeek.MONDAY)).containsExactly(TimeRange.of("09:00", "17:00"));
        assertThat(rules.repHours().on(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void missingKeysKeepTheirDefaultsAndGivenOnesApply() throws Exception {
        write("""
                {"rep": {"email": "rep@acme.example", "zone": "America/New_York", "locale": "en-US"},
                 "availability": {"meetingMinutes": 45, "breaks": ["12:00-13:00"],
                                  "dateOverrides": {"2026-12-24": ["09:00-12:00"], "2026-12-31": []},
                                  "dailyMeetingCap": 4, "comfortMarginMinutes": 0,
                                  "repHours": {"monday": ["08:00-12:00", "13:00-18:00"]}},
                 "calendar": {"daysOffCalendars": ["holidays.ics"]}}
                """);

        Settings settings = store().load().settings();
        SlotRules rules = settings.slotRules(BERLIN);

        assertThat(rules.repZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.locale(Locale.GERMANY)).isEqualTo(Locale.US);
        assertThat(rules.meetingLength()).isEqualTo(Duration.ofMinutes(45));
        assertThat(rules.step()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.dailyCap()).isEqualTo(4);
        assertThat(rules.comfortMargin()).isZero();
        // A week given in the file replaces the default week: only Monday is a working day now.
        assertThat(rules.repHours().on(DayOfWeek.TUESDAY)).isEmpty();
        assertThat(rules.repSchedule().on(LocalDate.parse("2026-11-30")))
                .containsExactly(TimeRange.of("08:00", "12:00"), TimeRange.of("13:00", "18:00"));
        assertThat(rules.repSchedule().dateOverrides()).containsEntry(LocalDate.parse("2026-12-31"), List.of());
        assertThat(rules.repSchedule().breaks()).containsExactly(TimeRange.of("12:00", "13:00"));
        assertThat(settings.calendar().daysOffCalendars()).containsExactly("holidays.ics");
        assertThat(settings.calendar().source()).isEqualTo("local");
    }

    @Test
    void brokenJsonIsReportedAndLeftAloneWhileDefaultsApply() throws Exception {
        write("{\"availability\": {\"meetingMinutes\": 45,");

        SettingsStore.Loaded loaded = store().load();

        assertThat(loaded.problem()).get().asString().contains("settings.json").contains("not valid settings JSON");
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(Files.readString(folder.resolve("settings.json"))).isEqualTo("{\"availability\": {\"meetingMinutes\": 45,");
    }

    @Test
    void eachBadValueIsNamed() throws Exception {
        assertProblem("{\"rep\": {\"zone\": \"Mars/Olympus\"}}", "rep.zone", "Mars/Olympus");
        assertProblem("{\"availability\": {\"breaks\": [\"noon\"]}}", "availability.breaks", "'noon'");
        assertProblem("{\"availability\": {\"dateOverrides\": {\"24.12.\": []}}}", "availability.dateOverrides", "'24.12.'");
        assertProblem("{\"availability\": {\"repHours\": {\"funday\": [\"09:00-17:00\"]}}}", "'funday' is not a weekday");
        assertProblem("{\"availability\": {\"meetingMinutes\": 0}}", "meeting length");
        assertProblem("{\"availability\": {\"dailyMeetingCap\": -1}}", "daily cap");
        assertProblem("{\"calendar\": {\"source\": \"outlook\"}}", "calendar.source");
    }

    private void assertProblem(String json, String... fragments) throws Exception {
        write(json);
        SettingsStore.Loaded loaded = store().load();
        assertThat(loaded.problem()).as(json).isPresent();
        assertThat(loaded.problem().get()).as(json).contains(fragments);
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void savingIsAtomicAndReadsBackEqual() throws Exception {
        Settings changed = Settings.defaults().withWindow(new Settings.Window(10.0, 20.0, 380, 600))
                .withRep(new Settings.Rep("Rita", "rita@acme.example", "Europe/Berlin", "de-DE"));

        store().save(changed);

        assertThat(store().load()).isEqualTo(new SettingsStore.Loaded(changed, java.util.Optional.empty()));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void breaksAndOverridesShapeTheDay() {
        Settings.Availability a = Settings.defaults().availability();
        Settings withLunch = new Settings(Settings.defaults().rep(), new Settings.Availability(a.repHours(),
                a.prospectHours(), 30, 30, 0, 0, 120, 14, 3, "", List.of("12:00-13:00"),
                Map.of("2026-12-24", List.of("09:00-12:00")), 0, 30),
                Settings.defaults().calls(), Settings.defaults().calendar(), Settings.defaults().window());

        SlotRules rules = withLunch.slotRules(BERLIN);

        assertThat(rules.repSchedule().on(LocalDate.parse("2026-12-23")))
                .containsExactly(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "17:00"));
        assertThat(rules.repSchedule().on(LocalDate.parse("2026-12-24"))).containsExactly(TimeRange.of("09:00", "12:00"));
        assertThat(RuleViolation.Rule.BREAK.key()).isEqualTo("break");
    }

    @Test
    void theCallClockKeysHaveDefaultsAndCanBeSet() throws Exception {
        Settings defaults = store().load().settings();
        assertThat(defaults.calls().cueSound()).isFalse();
        assertThat(defaults.phaseRules()).isEqualTo(dev.nextcall.domain.call.PhaseRules.DEFAULT);

        write("""
                {"calls": {"wrapUpMinutesBeforeEnd": 8, "escalateMinutesBeforeEnd": 3, "openingMinutes": 2,
                           "cueSound": true}}
                """);
        Settings set = store().load().settings();

        assertThat(set.calls().cueSound()).isTrue();
        assertThat(set.phaseRules()).isEqualTo(new dev.nextcall.domain.call.PhaseRules(Duration.ofMinutes(2),
                Duration.ofMinutes(8), 0.75, Duration.ofMinutes(3)));
        assertThat(set.calls().defaultLengthMinutes()).isEqualTo(30);

        write("{\"calls\": {\"openingMinutes\": -1}}");
        assertThat(store().load().problem()).get().asString().contains("phase durations must not be negative");
    }
}
