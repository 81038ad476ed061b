package dev.nextcall;

import dev.nextcall.app.port.CalendarAccount;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.cli.CliContext.Check;
import dev.nextcall.config.DataFolder;
import dev.nextcall.domain.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code nextcall doctor} checks, through the same ports the app uses: if these pass, the panel
 * can start, read the calendar and keep the history. Each failure says how to fix it.
 */
final class CheckUp {

    private final DataFolder folder;
    private final Optional<String> settingsProblem;
    private final CallHistory history;
    private final CalendarSource calendar;
    private final DaysOffSource daysOff;
    private final CalendarHealth health;
    private final Optional<CalendarAccount> google;
    private final ZoneId repZone;
    private final Clock clock;

    CheckUp(DataFolder folder, Optional<String> settingsProblem, CallHistory history, CalendarSource calendar,
            DaysOffSource daysOff, CalendarHealth health, Optional<CalendarAccount> google, ZoneId repZone, Clock clock) {
        this.folder = folder;
        this.settingsProblem = settingsProblem;
        this.history = history;
        this.calendar = calendar;
        this.daysOff = daysOff;
        this.health = health;
        this.google = google;
        this.repZone = repZone;
        this.clock = clock;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(dataFolder());
        checks.add(settingsProblem
                .map(problem -> new Check("settings", false, problem + " Fix the file, or move it away to start "
                        + "from the defaults."))
                .orElseGet(() -> new Check("settings", true, Files.exists(folder.settingsFile())
                        ? folder.settingsFile().toString() : "defaults (no settings.json yet)")));
        checks.add(history());
        checks.add(calendar());
        checks.add(daysOff());
        // Reading above is lenient (one bad calendar does not hide the rest); what failed is reported here.
        for (CalendarProblem problem : health.problems()) {
            checks.add(new Check("calendar", false, problem.describe() + ". Fix the file or address, or remove it "
                    + "from the settings."));
        }
        checks.add(google.map(this::googleAccount)
                .orElseGet(() -> new Check("google", true, "not in use: the local calendar is (calendar.source)")));
        return checks;
    }

    private Check googleAccount(CalendarAccount account) {
        CalendarAccount.Status status = account.status();
        if (status instanceof CalendarAccount.Status.SignedIn signedIn) {
            String who = signedIn.email().isEmpty() ? "signed in" : "signed in as " + signedIn.email();
            return signedIn.missingPermissions().isEmpty() ? new Check("google", true, who)
                    : new Check("google", false, who + ", but without: " + String.join(", ",
                            signedIn.missingPermissions()) + ". Run 'nextcall login' and allow them.");
        }
        if (status instanceof CalendarAccount.Status.NeedsSignIn again) {
            return new Check("google", false, again.reason() + " Run 'nextcall login'.");
        }
        return new Check("google", false, ((CalendarAccount.Status.SignedOut) status).hint());
    }

    private Check dataFolder() {
        Path root = folder.root();
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, "doctor", ".tmp");
            Files.delete(probe);
            return new Check("data folder", true, root.toString());
        } catch (IOException | SecurityException e) {
            return new Check("data folder", false, root + " cannot be written (" + e.getMessage()
                    + "). Set NEXTCALL_HOME to a folder you can write, or fix the permissions.");
        }
    }

    private Check history() {
        try {
            Instant now = clock.instant();
            CallHistory.CallCounts counts = history.count(new Interval(Instant.EPOCH, now.plus(Duration.ofDays(1))));
            return new Check("history", true, folder.historyDatabase() + ": " + counts.calls() + " calls");
        } catch (RuntimeException e) {
            return new Check("history", false, e.getMessage() + ". Move " + folder.historyDatabase()
                    + " aside to start a fresh history; nothing else is affected.");
        }
    }

    private Check calendar() {
        Instant now = clock.instant();
        try {
            int meetings = calendar.events(new Interval(now, now.plus(Duration.ofDays(14)))).size();
            String where = Files.exists(folder.localCalendar()) ? folder.localCalendar().toString()
                    : folder.localCalendar() + " (not created yet: the first booking creates it)";
            return new Check("calendar", true, where + ": " + meetings + " meetings in the next 14 days");
        } catch (RuntimeException e) {
            return new Check("calendar", false, e.getMessage() + ". Fix or replace that file; bookings are kept.");
        }
    }

    private Check daysOff() {
        LocalDate today = clock.instant().atZone(repZone).toLocalDate();
        try {
            int days = daysOff.daysOff(today, today.plusDays(365)).size();
            return new Check("days off", true, days + " days off in the coming year");
        } catch (RuntimeException e) {
            return new Check("days off", false, e.getMessage() + ". Fix the holidays calendar named in "
                    + "calendar.daysOffCalendars.");
        }
    }
}
