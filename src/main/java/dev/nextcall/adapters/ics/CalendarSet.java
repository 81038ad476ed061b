package dev.nextcall.adapters.ics;

import dev.nextcall.app.port.CalendarException;
import dev.nextcall.app.port.CalendarHealth;
import dev.nextcall.app.port.CalendarProblem;
import dev.nextcall.app.port.CalendarSource;
import dev.nextcall.app.port.DaysOffSource;
import dev.nextcall.domain.CalendarEvent;
import dev.nextcall.domain.Interval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several calendars read as one: local .ics files and subscribed addresses (through their cached copies),
 * each read on its own so that one that fails does not hide the others.
 *
 * <p>The desktop uses a {@link #lenient} set: a calendar that cannot be read contributes nothing and is
 * reported through {@link #problems()}; a subscription that cannot be refreshed keeps counting from its
 * last good copy and is reported as stale; one never fetched contributes nothing and is reported. The
 * command line uses a {@link #strict} set: any calendar that fails fails the command, with a message that
 * names the file or address (never the cache file) and the line.
 */
public final class CalendarSet implements CalendarSource, DaysOffSource, CalendarHealth {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarSet.class);

    private static final Comparator<CalendarEvent> BY_START = Comparator
            .comparing((CalendarEvent e) -> e.time().start())
            .thenComparing(e -> e.time().end())
            .thenComparing(CalendarEvent::title);

    private final List<Member> members;
    private final boolean strict;
    private final Clock clock;

    private CalendarSet(List<Member> members, boolean strict, Clock clock) {
        this.members = List.copyOf(members);
        this.strict = strict;
        this.clock = clock;
    }

    /**
     * A set that keeps going when some of its calendars fail, and says which through {@link #problems()}.
     * Addresses are subscribed in {@code subscriptions}; nothing is fetched here (its
     * {@link Subscriptions#refreshDue()} does that, in the background), so the set reads the copies
     * cached by earlier runs until then. A missing local file is an empty calendar: a fresh data folder
     * has no {@code calendar.ics} yet.
     *
     * @param filesOrAddresses .ics files (relative ones resolved against {@code relativeTo}) and http, https
     *                         or webcal addresses, as the settings list them
     * @param floatingZone     the zone for floating times and all-day dates: the rep's zone
     */
    public static CalendarSet lenient(List<String> filesOrAddresses, Path relativeTo, Subscriptions subscriptions,
                                      ZoneId floatingZone, Clock clock) {
        return new CalendarSet(members(filesOrAddresses, relativeTo, subscriptions, floatingZone, clock), false, clock);
    }

    /**
     * A set for the command line: every address is fetched once now (conditionally, through the same cache
     * and limits as the desktop), and any calendar that fails, now or when read, throws.
     *
     * @throws CalendarException naming the file or address (redacted) when a file does not exist, an address
     *                           is not valid or cannot be fetched
     */
    public static CalendarSet strict(List<String> filesOrAddresses, Path relativeTo, Subscriptions subscriptions,
                                     ZoneId floatingZone, Clock clock) {
        List<Member> members = members(filesOrAddresses, relativeTo, subscriptions, floatingZone, clock);
        for (Member member : members) {
            member.invalid.ifPresent(problem -> {
                throw new CalendarException(problem.source() + ": " + problem.reason());
            });
            if (member.subscription != null) {
                member.subscription.refreshNow();
                member.subscription.problem().ifPresent(problem -> {
                    throw new CalendarException(problem.source() + ": " + problem.reason());
                });
            } else if (!Files.exists(member.file)) {
                throw new CalendarException(member.label + ": no such file");
            }
        }
        return new CalendarSet(members, true, clock);
    }

    @Override
    public List<Interval> busy(Interval window) {
        return Interval.clipAndMerge(collect(calendar -> calendar.busy(window)), window);
    }

    @Override
    public List<CalendarEvent> events(Interval window) {
        return collect(calendar -> calendar.events(window)).stream().distinct().sorted(BY_START).toList();
    }

    @Override
    public Set<LocalDate> daysOff(LocalDate from, LocalDate to) {
        return new TreeSet<>(collect(calendar -> calendar.daysOff(from, to)));
    }

    /**
     * One problem per failing calendar, in the order they were given: a read failure of the last
     * {@code busy}/{@code events}/{@code daysOff} call first, else the subscription's refresh state.
     */
    @Override
    public List<CalendarProblem> problems() {
        List<CalendarProblem> problems = new ArrayList<>();
        for (Member member : members) {
            CalendarProblem readFailure = member.readFailure.get();
            if (readFailure != null) {
                problems.add(readFailure);
            } else if (member.invalid.isPresent()) {
                problems.add(member.invalid.get());
            } else if (member.subscription != null) {
                member.subscription.problem().ifPresent(problems::add);
            }
        }
        return List.copyOf(problems);
    }

    private <T> List<T> collect(Function<IcsCalendar, Collection<T>> read) {
        List<T> all = new ArrayList<>();
        for (Member member : members) {
            all.addAll(readOne(member, read));
        }
        return all;
    }

    private <T> Collection<T> readOne(Member member, Function<IcsCalendar, Collection<T>> read) {
        if (member.calendar == null || member.subscription != null && !member.subscription.hasCopy()) {
            if (strict) {
                throw new CalendarException(member.label + ": "
                        + member.invalid.map(CalendarProblem::reason).orElse("not fetched"));
            }
            return List.of(); // reported by problems(): invalid, or never fetched
        }
        try {
            Collection<T> result = read.apply(member.calendar);
            if (member.readFailure.getAndSet(null) != null) {
                LOG.info("{} can be read again", member.label);
            }
            return result;
        } catch (CalendarException e) {
            String message = SourceNames.renamed(e.getMessage(), member.file, member.label);
            if (strict) {
                throw new CalendarException(message, e);
            }
            member.noteReadFailure(SourceNames.reason(e.getMessage(), member.file, member.label), clock);
            return List.of();
        }
    }

    private static List<Member> members(List<String> filesOrAddresses, Path relativeTo, Subscriptions subscriptions,
                                        ZoneId floatingZone, Clock clock) {
        Map<String, Member> byLabel = new LinkedHashMap<>(); // a calendar listed twice counts once
        for (String name : filesOrAddresses) {
            Member member = SubscriptionAddress.isAddress(name)
                    ? Member.subscribed(name, subscriptions, floatingZone, clock)
                    : Member.file(relativeTo.resolve(name.strip()), floatingZone);
            byLabel.putIfAbsent(member.label, member);
        }
        return new ArrayList<>(byLabel.values());
    }

    /** One calendar of the set: its name for the rep, the file it is read from, and its subscription if any. */
    private static final class Member {
        final String label;
        final Path file;
        final IcsCalendar calendar;
        final Subscription subscription;
        /** Why an address cannot even be subscribed (it does not parse); it then has no file. */
        final Optional<CalendarProblem> invalid;
        final AtomicReference<CalendarProblem> readFailure = new AtomicReference<>();

        private Member(String label, Path file, IcsCalendar calendar, Subscription subscription,
                       Optional<CalendarProblem> invalid) {
            this.label = label;
            this.file = file;
            this.calendar = calendar;
            this.subscription = subscription;
            this.invalid = invalid;
        }

        static Member file(Path file, ZoneId floatingZone) {
            return new Member(file.toString(), file, new IcsCalendar(List.of(file), floatingZone), null, Optional.empty());
        }

        static Member subscribed(String address, Subscriptions subscriptions, ZoneId floatingZone, Clock clock) {
            SubscriptionAddress parsed;
            try {
                parsed = SubscriptionAddress.parse(address);
            } catch (IllegalArgumentException e) {
                String label = SubscriptionAddress.redact(address);
                LOG.warn("{} is left out: {}", label, e.getMessage());
                return new Member(label, null, null, null,
                        Optional.of(new CalendarProblem(label, e.getMessage(), clock.instant(), false)));
            }
            Subscription subscription = subscriptions.subscribe(parsed);
            return new Member(subscription.label(), subscription.copy(),
                    new IcsCalendar(List.of(subscription.copy()), floatingZone), subscription, Optional.empty());
        }

        /** Keeps the time the failure was first seen; logs only when the problem is new or different. */
        void noteReadFailure(String reason, Clock clock) {
            CalendarProblem previous = readFailure.get();
            if (previous != null && previous.reason().equals(reason)) {
                return;
            }
            Instant since = previous != null ? previous.since() : clock.instant();
            readFailure.set(new CalendarProblem(label, reason, since, false));
            LOG.warn("{} is left out: {}", label, reason);
        }
    }
}
