package dev.nextcall.app.demo;

import dev.nextcall.domain.Attendee;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.call.CallSource;
import dev.nextcall.domain.call.CallTiming;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CalendarKind;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.FollowUp;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.NoNextStepMark;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.history.ShownLine;
import dev.nextcall.domain.history.StatusChange;
import dev.nextcall.domain.history.TrackedStep;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A made-up but realistic history: a rep making about {@value #CALLS_PER_DAY} calls each working day up
 * to the day before {@code today}, to prospects around the world who are called more than once, with a
 * realistic mix of outcomes, replies, notes, follow-up actions, reasons and shown lines. The same seed,
 * count and day give the same history, call for call.
 *
 * <p>Pure: it makes values and hands them out in batches; whoever calls it writes them (the demo
 * command through {@code HistoryImport}, the benchmark straight into SQLite).
 */
public final class DemoHistory {

    static final int CALLS_PER_DAY = 20;
    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final int DAY_MINUTES = 8 * 60 + 30;

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis",
        "Hedy", "Tim", "Radia", "Vint", "Frances", "Edsger", "Sophie", "Yukihiro", "Aiko", "Kwame", "Amara", "Mateo",
        "Lucía", "Priya", "Arjun", "Mei", "Wei", "Olga", "Sven", "Ingrid", "Zoë", "José", "Fatima", "Omar", "Chloé",
        "Noah", "Emma", "Liam", "Hana", "Kenji", "Ngozi", "Tariq"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson",
        "Liskov", "Ritchie", "Lamarr", "Berners-Lee", "Perlman", "Cerf", "Allen", "Dijkstra", "Wilson", "Matsumoto",
        "Tanaka", "Mensah", "Okafor", "García", "Fernández", "Sharma", "Patel", "Chen", "Wang", "Ivanova", "Larsson",
        "Øberg", "Müller", "Silva", "Haddad", "Dubois", "Smith", "Nguyen", "Kowalski", "O'Brien", "Rossi", "Novak"};
    private static final String[] COMPANY = {"Acme", "Globex", "Initech", "Umbrella Labs", "Stark Analytics",
        "Wayne Logistics", "Tyrell Systems", "Cyberdyne", "Soylent Foods", "Hooli", "Pied Piper", "Vandelay Imports",
        "Wonka Industries", "Aperture Science", "Black Mesa", "Oscorp", "Nakatomi Trading", "Gringotts Finance",
        "Monsters Inc", "Blue Sun", "Weyland Freight", "Massive Dynamic", "Dunder Mifflin", "Prestige Worldwide",
        "Bluth Company", "Sterling Cooper", "Los Pollos Hermanos", "Kruger Industrial", "Zorg Holdings", "Nordlys AS",
        "Café Müller GmbH", "Sakura Robotics", "Lagos Fintech", "São Paulo Tintas", "Mumbai Spices", "Cape Wines"};
    private static final String[] SUFFIX = {"", " Ltd", " GmbH", " Inc", " SA", " BV", " KK", " Pty"};
    /** Where prospects are, weighted by repetition: most in Europe and the Americas. */
    private static final String[] ZONES = {"Europe/Berlin", "Europe/Berlin", "Europe/London", "Europe/London",
        "Europe/Paris", "Europe/Madrid", "Europe/Stockholm", "Europe/Warsaw", "America/New_York", "America/New_York",
        "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "America/Mexico_City",
        "Asia/Tokyo", "Asia/Kolkata", "Asia/Singapore", "Asia/Dubai", "Australia/Sydney", "Pacific/Auckland",
        "Africa/Lagos", "Africa/Johannesburg"};
    private static final String[] NOTES = {"Asked for pricing for 20 seats.", "Uses a spreadsheet today; pain is the weekly report.",
        "Wants to see the integration with their CRM.", "Budget is approved for next quarter.",
        "Their CTO must join the next call.", "Comparing us with two other vendors.", "Renewal of their current tool is in March.",
        "Very interested in the reporting, less in the mobile app.", "Team of 8, growing to 15 this year.",
        "Prefers e-mail over calls; keep it short.", "Security review needed before any pilot.",
        "Mentioned \"=cheap\" option from a competitor, careful with CSV exports.", "Call dropped once; audio was poor."};
    private static final String[] FOLLOW_UPS = {"Send the pricing sheet", "Share the security whitepaper",
        "Introduce our solutions engineer", "Send a recap e-mail", "Prepare a demo with their data",
        "Check the contract template with legal", "Connect on LinkedIn", "Send the case study from their industry"};
    /** Stand-in line ids for a demo made without the app's phrase library (tests and benchmarks). */
    private static final String[] LINES = {"ask-1", "ask-2", "offer-1", "offer-2", "offer-3", "tie-1", "tie-2",
        "confirm-1", "confirm-2", "backoff-1", "backoff-2", "overtime-1", "overtime-2"};
    private static final String[] BUSY = {"Team stand-up", "Pipeline review", "Lunch", "Customer call", "Focus time",
        "1:1 with manager", "Product training", "Dentist"};

    private final long seed;
    private final LocalDate today;
    private final ZoneId repZone;
    private final String[] lineIds;

    /**
     * @param today   the history ends on the working day before this day, in the rep's zone
     * @param repZone where the rep works: calls happen in their working hours
     */
    public DemoHistory(long seed, LocalDate today, ZoneId repZone) {
        this(seed, today, repZone, List.of(LINES));
    }

    /**
     * @param lineIds the suggested lines the demo calls showed: the app's own, so the review's "best lines"
     *                names real lines
     */
    public DemoHistory(long seed, LocalDate today, ZoneId repZone, List<String> lineIds) {
        if (lineIds.isEmpty()) {
            throw new IllegalArgumentException("the demo needs at least one line id");
        }
        this.seed = seed;
        this.today = today;
        this.repZone = repZone;
        this.lineIds = lineIds.toArray(String[]::new);
    }

    /**
     * Makes {@code calls} calls, oldest first, and hands them to {@code sink} in batches of at most
     * {@code batchSize}.
     */
    public void generate(int calls, int batchSize, Consumer<List<CallDetail>> sink) {
        if (calls < 0 || batchSize < 1) {
            throw new IllegalArgumentException("calls must be >= 0 and batchSize >= 1: " + calls + ", " + batchSize);
        }
        Random random = new Random(seed);
        Prospect[] prospects = prospects(random, Math.max(1, calls / 4));
        List<LocalDate> days = workingDaysBefore(today, (calls + CALLS_PER_DAY - 1) / CALLS_PER_DAY);
        Instant now = today.atStartOfDay(repZone).toInstant();
        List<CallDetail> batch = new ArrayList<>(Math.min(batchSize, calls));
        int made = 0;
        for (LocalDate day : days) {
            int onThisDay = Math.min(CALLS_PER_DAY, calls - made);
            int[] minutes = new int[onThisDay];
            for (int i = 0; i < onThisDay; i++) {
                minutes[i] = random.nextInt(DAY_MINUTES);
            }
            Arrays.sort(minutes);
            for (int minute : minutes) {
                Instant start = ZonedDateTime.of(day, DAY_START, repZone).plusMinutes(minute).toInstant();
                made++;
                batch.add(call(random, String.format("demo-%06d", made), start, now,
                        prospects[random.nextInt(prospects.length)]));
                if (batch.size() == batchSize) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    /** Busy events on every working day of the two weeks from {@code today}, for a demo calendar.ics. */
    public List<CalendarEvent> busyEvents() {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<CalendarEvent> events = new ArrayList<>();
        for (LocalDate day = today; day.isBefore(today.plusWeeks(2)); day = day.plusDays(1)) {
            if (isWeekend(day)) {
                continue;
            }
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                // Whole quarter hours between 09:00 and 17:00; overlaps are fine, calendars have them too.
                ZonedDateTime start = ZonedDateTime.of(day, DAY_START, repZone).plusMinutes(15L * random.nextInt(32));
                Duration length = Duration.ofMinutes(30L * (1 + random.nextInt(3)));
                events.add(new CalendarEvent(String.format("demo-busy-%s-%d", day, i), BUSY[random.nextInt(BUSY.length)],
                        Interval.of(start.toInstant(), length), List.of()));
            }
        }
        return events;
    }

    private static Prospect[] prospects(Random random, int count) {
        Prospect[] prospects = new Prospect[count];
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String company = COMPANY[random.nextInt(COMPANY.length)];
            String legal = company + SUFFIX[random.nextInt(SUFFIX.length)];
            String domain = company.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example";
            String email = asciiLocalPart(first + "." + last) + (i % 7 == 0 ? i : "")
                    + "@" + domain;
            // A few prospects have no company on record, as when a call starts from a bare calendar invite.
            prospects[i] = new Prospect(first + " " + last, email, random.nextInt(20) == 0 ? "" : legal,
                    ZoneId.of(ZONES[random.nextInt(ZONES.length)]));
        }
        return prospects;
    }

    private CallDetail call(Random random, String id, Instant start, Instant now, Prospect prospect) {
        Duration planned = Duration.ofMinutes(random.nextInt(4) == 0 ? 45 : 30);
        Instant ended = start.plus(Duration.ofMinutes(15 + random.nextInt(35)));
        CallSource source = random.nextInt(3) == 0 ? CallSource.manual() : CallSource.calendar(id + "-invite");
        Outcome outcome = outcome(random);
        String notes = random.nextInt(10) < 7 ? NOTES[random.nextInt(NOTES.length)] : "";
        Call call = new Call(id, CallTiming.startingAt(start, planned), ended, source, prospect, outcome, notes);
        boolean old = Duration.between(ended, now).toDays() > 7;

        List<TrackedStep> steps = new ArrayList<>();
        if (outcome == Outcome.NEXT_STEP_BOOKED) {
            NextStepStatus first = replyTo(random, old);
            steps.add(step(random, id + "-s1", call, ended, first));
            if (first.isLost() && random.nextInt(10) < 3) {
                steps.add(step(random, id + "-s2", call, ended.plus(Duration.ofHours(30)), replyTo(random, old)));
            }
        }
        List<FollowUp> followUps = new ArrayList<>();
        int followUpCount = random.nextInt(4);
        for (int i = 0; i < followUpCount; i++) {
            followUps.add(new FollowUp(FOLLOW_UPS[(random.nextInt(FOLLOW_UPS.length) + i) % FOLLOW_UPS.length]
                    + (i == 0 ? "" : " (" + (i + 1) + ")"), old && random.nextInt(10) < 8));
        }
        NoNextStepMark mark = null;
        CallDetail unmarked = new CallDetail(call, steps, followUps, null, List.of());
        if (unmarked.record().lacksNextStep() && old && random.nextInt(10) < 4) {
            NoNextStepReason reason = NoNextStepReason.values()[random.nextInt(NoNextStepReason.values().length)];
            mark = new NoNextStepMark(reason, reason == NoNextStepReason.OTHER ? "Went with a competitor" : "",
                    ended.plus(Duration.ofHours(2 + random.nextInt(48))));
        }
        List<ShownLine> lines = new ArrayList<>();
        int lineCount = 2 + random.nextInt(4);
        for (int i = 0; i < lineCount; i++) {
            String phrase = lineIds[random.nextInt(lineIds.length)];
            if (lines.stream().noneMatch(l -> l.phraseId().equals(phrase))) {
                lines.add(new ShownLine(phrase, start.plus(Duration.ofMinutes(5L + 3L * i))));
            }
        }
        return new CallDetail(call, steps, followUps, mark, lines);
    }

    private static Outcome outcome(Random random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return Outcome.NEXT_STEP_BOOKED;
        }
        if (roll < 65) {
            return Outcome.FOLLOW_UP_PROMISED;
        }
        return roll < 82 ? Outcome.NO_NEXT_STEP_NEEDED : Outcome.UNRESOLVED;
    }

    /** Older invitations have mostly been answered; the last week's still wait for half the replies. */
    private static NextStepStatus replyTo(Random random, boolean old) {
        int roll = random.nextInt(100);
        if (!old && roll < 50) {
            return NextStepStatus.BOOKED;
        }
        if (roll < 60) {
            return NextStepStatus.ACCEPTED;
        }
        if (roll < 72) {
            return NextStepStatus.DECLINED;
        }
        if (roll < 80) {
            return NextStepStatus.CANCELLED;
        }
        if (roll < 88) {
            return NextStepStatus.TENTATIVE;
        }
        return roll < 91 ? NextStepStatus.FAILED : NextStepStatus.BOOKED;
    }

    /** A 30-minute meeting 2 to 10 days later, with its journal: pending, booked, then the reply. */
    private TrackedStep step(Random random, String eventId, Call call, Instant bookedAt, NextStepStatus status) {
        LocalDate day = bookedAt.atZone(repZone).toLocalDate().plusDays(2 + random.nextInt(9));
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        Instant meeting = ZonedDateTime.of(day, DAY_START, repZone).plusMinutes(30L * random.nextInt(16)).toInstant();
        List<StatusChange> trail = new ArrayList<>();
        trail.add(new StatusChange(eventId, NextStepStatus.PENDING, "", bookedAt));
        Instant updated = bookedAt.plusSeconds(2);
        if (status == NextStepStatus.FAILED) {
            trail.add(new StatusChange(eventId, status, "the calendar refused the event", updated));
        } else {
            trail.add(new StatusChange(eventId, NextStepStatus.BOOKED, "", updated));
            if (status != NextStepStatus.BOOKED) {
                updated = bookedAt.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
                trail.add(new StatusChange(eventId, status, status == NextStepStatus.CANCELLED ? "the prospect asked" : "",
                        updated));
            }
        }
        StatusChange last = trail.get(trail.size() - 1);
        List<Attendee> attendees = call.prospect().asAttendee().map(List::of).orElse(List.of());
        NextStep step = new NextStep(eventId, call.id(), CalendarKind.LOCAL, Interval.of(meeting, Duration.ofMinutes(30)),
                attendees, status, last.reason(), updated);
        return new TrackedStep(step, trail);
    }

    /** The {@code count} working days (Monday to Friday) before {@code today}, oldest first. */
    private static List<LocalDate> workingDaysBefore(LocalDate today, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate day = today.minusDays(1);
        while (days.size() < count) {
            if (!isWeekend(day)) {
                days.add(day);
            }
            day = day.minusDays(1);
        }
        java.util.Collections.reverse(days);
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** "José.Fernández" → "jose.fernandez": addresses people really have keep to ASCII, names need not. */
    private static String asciiLocalPart(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "");
    }
}
