package dev.nextcall.bench;

import dev.nextcall.app.port.BookingGateway;
import dev.nextcall.app.port.BookingRequest;
import dev.nextcall.app.port.BookingResult;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.CallHistory;
import dev.nextcall.app.port.CancelRequest;
import dev.nextcall.app.port.CancelResult;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Call;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStep;
import dev.nextcall.domain.history.NextStepStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where one click's time goes, measured on the click itself: pass-through wrappers around the three
 * ports {@code BookNextStep} uses add up the time spent in each (two {@code System.nanoTime()} calls
 * per port call, about ten per click: well under a microsecond, against a click of milliseconds).
 *
 * <ul>
 *   <li>history writes: {@code saveNextStep} (the intent, then the booking) and {@code saveCall} (the
 *       call's outcome), each its own SQLite transaction with {@code synchronous=FULL};</li>
 *   <li>history reads: {@code nextStepsOf} (an earlier click on this slot?) and {@code findCall};</li>
 *   <li>calendar reads: the re-check's {@code CalendarSource.busy} (the cache, or a {@code freebusy.query})
 *       and, when the rules have a daily cap, {@code CalendarSource.events} (an {@code events.list});</li>
 *   <li>insert: {@code BookingGateway.book}, the {@code events.insert} round trip: the injected latency,
 *       the request built, gzipped and sent, the fake decoding and storing it, the answer parsed;</li>
 *   <li>other: the rest of the click (the slot rules' check, the event id, building the request).</li>
 * </ul>
 */
final class Split {

    static final String[] NAMES = {"click", "history writes", "history reads", "calendar reads", "insert", "other"};

    private long historyWrites;
    private long historyReads;
    private long calendarReads;
    private long insert;
    private final List<long[]> clicks = new ArrayList<>();

    void reset() {
        historyWrites = 0;
        historyReads = 0;
        calendarReads = 0;
        insert = 0;
    }

    /** This click's parts, in the order of {@link #NAMES}; {@code total} is the whole click. */
    long[] parts(long total) {
        long other = total - historyWrites - historyReads - calendarReads - insert;
        return new long[] {total, historyWrites, historyReads, calendarReads, insert, other};
    }

    /** Keeps this click's parts for {@link #report}. */
    void record(long total) {
        clicks.add(parts(total));
    }

    /** One click's parts in ms, for a line of its own. */
    static String describe(long[] parts) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.1f", parts[0] / 1e6));
        text.append(" (");
        for (int part = 1; part < NAMES.length; part++) {
            text.append(part == 1 ? "" : ", ").append(NAMES[part]).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", parts[part] / 1e6));
        }
        return text.append(')').toString();
    }

    String report() {
        String[] names = NAMES;
        StringBuilder text = new StringBuilder("# split of the ").append(clicks.size())
                .append(" measured clicks, ms (p50 / p90 / mean):");
        for (int part = 0; part < names.length; part++) {
            long[] values = new long[clicks.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = clicks.get(i)[part];
            }
            Arrays.sort(values);
            double mean = Arrays.stream(values).average().orElse(0);
            text.append(String.format(Locale.ROOT, "%n#   %-16s %8.3f / %8.3f / %8.3f", names[part],
                    ms(percentile(values, 0.50)), ms(percentile(values, 0.90)), mean / 1e6));
        }
        return text.toString();
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private interface Part {
        void add(long nanos);
    }

    private static <T> T timed(Part part, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            part.add(System.nanoTime() - start);
        }
    }

    private static void timed(Part part, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            part.add(System.nanoTime() - start);
        }
    }

    CallHistory history(CallHistory history) {
        Part writes = nanos -> historyWrites += nanos;
        Part reads = nanos -> historyReads += nanos;
        return new CallHistory() {
            @Override
            public void saveCall(Call call) {
                timed(writes, () -> history.saveCall(call));
            }

            @Override
            public Optional<Call> findCall(String callId) {
                return timed(reads, () -> history.findCall(callId));
            }

            @Override
            public void deleteCall(String callId) {
                timed(writes, () -> history.deleteCall(callId));
            }

            @Override
            public void saveNextStep(NextStep nextStep) {
                timed(writes, () -> history.saveNextStep(nextStep));
            }

            @Override
            public Optional<NextStep> findNextStep(String eventId) {
                return timed(reads, () -> history.findNextStep(eventId));
            }

            @Override
            public List<NextStep> nextStepsOf(String callId) {
                return timed(reads, () -> history.nextStepsOf(callId));
            }

            @Override
            public List<NextStep> nextStepsWithStatus(NextStepStatus status) {
                return timed(reads, () -> history.nextStepsWithStatus(status));
            }

            @Override
            public List<CallRecord> list(HistoryQuery query) {
                return timed(reads, () -> history.list(query));
            }

            @Override
            public Optional<ZoneId> lastZoneOf(String email) {
                return timed(reads, () -> history.lastZoneOf(email));
            }

            @Override
            public CallCounts count(Interval window) {
                return timed(reads, () -> history.count(window));
            }
        };
    }

    CalendarSource calendar(CalendarSource calendar) {
        Part part = nanos -> calendarReads += nanos;
        return new CalendarSource() {
            @Override
            public List<Interval> busy(Interval window) {
                return timed(part, () -> calendar.busy(window));
            }

            @Override
            public List<CalendarEvent> events(Interval window) {
                return timed(part, () -> calendar.events(window));
            }
        };
    }

    BookingGateway gateway(BookingGateway gateway) {
        Part part = nanos -> insert += nanos;
        return new BookingGateway() {
            @Override
            public BookingResult book(BookingRequest request) {
                return timed(part, () -> gateway.book(request));
            }

            @Override
            public Optional<BookingResult.Booked> find(String eventId) {
                return timed(part, () -> gateway.find(eventId));
            }

            @Override
            public CancelResult cancel(CancelRequest request) {
                return timed(part, () -> gateway.cancel(request));
            }
        };
    }
}
