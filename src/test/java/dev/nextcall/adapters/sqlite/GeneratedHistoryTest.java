package dev.nextcall.adapters.sqlite;

import static dev.nextcall.adapters.sqlite.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nextcall.app.demo.DemoHistory;
import dev.nextcall.domain.Interval;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallDetail;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NextStepStatus;
import dev.nextcall.domain.history.WeekNumbers;
import dev.nextcall.domain.history.Weeks;
import dev.nextcall.domain.prompt.LineRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review's queries on a generated history of 3,000 calls: SQL must select, count and tally exactly
 * what the domain's Java predicates say ({@link HistoryQuery#matches}, {@link CallRecord#withoutNextStep},
 * {@link Weeks#tally}), for many seeded random combinations of filters.
 */
class GeneratedHistoryTest {

    private static final long SEED = 20261127L;
    private static final ZoneId REP = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Comparator<CallRecord> NEWEST_FIRST = Comparator
            .comparing((CallRecord r) -> r.call().timing().start()).thenComparing(r -> r.call().id()).reversed();

    @TempDir
    static Path dir;

    private static HistoryDatabase db;
    private static SqliteCallHistory history;
    private static List<CallDetail> generated;

    @BeforeAll
    static void generateAndImport() {
        db = new HistoryDatabase(dir.resolve("history.db"), CLOCK);
        history = new SqliteCallHistory(db);
        generated = new ArrayList<>();
        new DemoHistory(SEED, TODAY, REP).generate(3000, 700, batch -> {
            generated.addAll(batch);
            history.importCalls(batch);
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<CallRecord> expected(HistoryQuery query) {
        return generated.stream().map(CallDetail::record).filter(query::matches).sorted(NEWEST_FIRST)
                .skip(query.offset()).limit(query.limit()).toList();
    }

    @Test
    void theGeneratedHistoryHasEveryKindOfCall() {
        List<CallRecord> records = generated.stream().map(CallDetail::record).toList();
        assertThat(records).extracting(r -> r.call().outcome()).contains(Outcome.values());
        assertThat(records).filteredOn(CallRecord::withoutNextStep).hasSizeBetween(600, 1800);
        assertThat(records).filteredOn(r -> r.mark() != null).isNotEmpty();
        assertThat(records).filteredOn(r -> r.nextStep() != null).extracting(r -> r.nextStep().status())
                .contains(NextStepStatus.ACCEPTED, NextStepStatus.DECLINED, NextStepStatus.BOOKED,
                        NextStepStatus.CANCELLED, NextStepStatus.TENTATIVE, NextStepStatus.FAILED);
        assertThat(records).extracting(r -> r.call().prospect().zone()).hasSizeGreaterThan(10);
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        List<CallDetail> again = new ArrayList<>();
        new DemoHistory(SEED, TODAY, REP).generate(3000, 3000, again::addAll);
        assertThat(again).isEqualTo(generated);
    }

    @Test
    void everyImportedCallReadsBackEqualInFull() {
        Random random = new Random(SEED);
        for (int i = 0; i < 50; i++) {
            CallDetail detail = generated.get(random.nextInt(generated.size()));
            assertThat(history.detail(detail.call().id())).contains(detail);
        }
    }

    @Test
    void sqlAndJavaSelectTheSameCallsForRandomFilters() {
        Random random = new Random(SEED);
        Instant first = generated.get(0).call().timing().start();
        Instant last = generated.get(generated.size() - 1).call().timing().start();
        String[] searches = {"", "", "acme", "ANA", "ö", "müller", "example", "Ltd", "gmbh", "zz-nothing", "o'brien"};
        for (int i = 0; i < 300; i++) {
            HistoryQuery query = HistoryQuery.all();
            if (random.nextBoolean()) {
                query = query.onlyWithoutNextStep();
            }
            if (random.nextInt(4) == 0) {
                query = query.onlyAwaitingReply();
            }
            if (random.nextInt(3) == 0) {
                Instant from = between(random, first, last);
                query = random.nextBoolean() ? query.startedBetween(from, random.nextBoolean() ? null : between(random, from, last))
                        : query.within(new Interval(from, between(random, from, last).plusSeconds(1)));
            }
            if (random.nextInt(3) == 0) {
                Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
                for (Outcome outcome : Outcome.values()) {
                    if (random.nextBoolean()) {
                        outcomes.add(outcome);
                    }
                }
                query = query.withOutcomes(outcomes);
            }
            if (random.nextInt(4) == 0) {
                query = query.needingAttentionSentBy(between(random, first, last));
            }
            query = query.searching(searches[random.nextInt(searches.length)])
                    .page(random.nextInt(3) == 0 ? random.nextInt(100) : 0, 1 + random.nextInt(120));

            assertThat(history.list(query)).as("query %d: %s", i, query).containsExactlyElementsOf(expected(query));
            int all = (int) generated.stream().map(CallDetail::record).filter(query::matches).count();
            assertThat(history.count(query)).as("count %d: %s", i, query).isEqualTo(all);
        }
    }

    @Test
    void withoutNextStepInSqlIsExactlyTheDomainsDefinition() {
        HistoryQuery everything = HistoryQuery.withoutNextStep().page(0, 100_000);
        List<CallRecord> java = generated.stream().map(CallDetail::record).filter(CallRecord::withoutNextStep)
                .sorted(NEWEST_FIRST).toList();
        assertThat(history.list(everything)).containsExactlyElementsOf(java);
    }

    @Test
    void weeklyNumbersMatchATallyOfTheGeneratedCalls() {
        Instant start = Weeks.start(Weeks.mondayOf(generated.get(0).call().timing().start(), REP), REP);
        Interval window = new Interval(start, TODAY.atStartOfDay(REP).toInstant());
        List<WeekNumbers> weeks = history.weekly(window, REP);

        Map<LocalDate, int[]> java = new TreeMap<>();
        for (CallDetail detail : generated) {
            CallRecord r = detail.record();
            int[] c = java.computeIfAbsent(Weeks.mondayOf(r.call().timing().start(), REP), m -> new int[3]);
            c[0]++;
            c[1] += r.hasNextStepInCalendar() ? 1 : 0;
            c[2] += r.nextStep() != null && r.nextStep().status() == NextStepStatus.ACCEPTED ? 1 : 0;
        }
        assertThat(weeks).hasSizeGreaterThanOrEqualTo(java.size());
        Map<LocalDate, WeekNumbers> byMonday = weeks.stream().collect(Collectors.toMap(WeekNumbers::monday, Function.identity()));
        java.forEach((monday, c) -> assertThat(byMonday.get(monday)).isEqualTo(new WeekNumbers(monday, c[0], c[1], c[2])));
        assertThat(weeks.stream().mapToInt(WeekNumbers::calls).sum()).isEqualTo(generated.size());
    }

    @Test
    void lineRecordsCountEndedCallsPerLineWithTheirBookedAndAcceptedNextSteps() {
        Map<String, int[]> java = new TreeMap<>();
        for (CallDetail detail : generated) {
            CallRecord r = detail.record();
            if (r.call().isRunning()) {
                continue;
            }
            detail.shownLines().forEach(line -> {
                int[] c = java.computeIfAbsent(line.phraseId(), p -> new int[3]);
                c[0]++;
                c[1] += r.hasNextStepInCalendar() ? 1 : 0;
                c[2] += r.nextStep() != null && r.nextStep().status() == NextStepStatus.ACCEPTED ? 1 : 0;
            });
        }
        List<LineRecord> expected = java.entrySet().stream()
                .map(e -> new LineRecord(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        assertThat(history.lineRecords()).containsExactlyElementsOf(expected);
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }
}
