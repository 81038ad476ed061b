package dev.nextcall.ui.history;

import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.BookingOutcome;
import dev.nextcall.app.CallCsv;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.domain.call.Outcome;
import dev.nextcall.domain.history.CallRecord;
import dev.nextcall.domain.history.HistoryQuery;
import dev.nextcall.domain.history.NoNextStepReason;
import dev.nextcall.domain.slot.SpokenSlot;
import dev.nextcall.ui.common.BackgroundTasks;
import dev.nextcall.ui.common.Messages;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The review window's state: which calls to show (by default those without a next step, newest first),
 * a page at a time, and the row actions that settle them: book now, mark why there is none, take back.
 *
 * <p>Every read and write runs through {@link BackgroundTasks}; a list read started later wins over one
 * still running, and a failure is shown in place with a Retry.
 */
public final class HistoryViewModel {

    /** Rows per read: a screenful and then some; more are read as the rep scrolls near the end. */
    public static final int PAGE = 100;
    /** Rows per read while exporting every matching call. */
    private static final int EXPORT_CHUNK = 5000;

    private final HistoryServices services;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final CallDetailViewModel detail;
    private final WeeklyViewModel weekly;

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty withoutNextStepOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<ReviewPeriod> period = new SimpleObjectProperty<>(ReviewPeriod.LAST_30_DAYS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableSet<Outcome> outcomes = FXCollections.observableSet(EnumSet.noneOf(Outcome.class));
    private final BooleanProperty awaitingReply = new SimpleBooleanProperty(false);
    private final BooleanProperty needsAttention = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty canTakeBack = new SimpleBooleanProperty(false);
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<SpokenSlot> bookingSlots = FXCollections.observableArrayList();
    private final ObservableList<SpokenSlot> readOnlyBookingSlots =
            FXCollections.unmodifiableObservableList(bookingSlots);
    private final BooleanProperty booking = new SimpleBooleanProperty(false);

    private int generation;
    private int proposalGeneration;
    private boolean hasMore;
    private boolean weeklyAfterList;
    private boolean pageLoading;
    private String searchApplied = "";
    private HistoryRow bookingFor;
    private String lastMarkedCallId;
    private Runnable retry = () -> { };

    public HistoryViewModel(HistoryServices services, BackgroundTasks tasks, Clock clock, Supplier<ZoneId> zone) {
        this.services = services;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = zone;
        this.detail = new CallDetailViewModel(services, tasks, zone);
        this.weekly = new WeeklyViewModel(services, tasks);
        withoutNextStepOnly.addListener((obs, was, now) -> refresh());
        period.addListener((obs, was, now) -> refresh());
        from.addListener((obs, was, now) -> refreshIfCustom());
        to.addListener((obs, was, now) -> refreshIfCustom());
        outcomes.addListener((SetChangeListener<Outcome>) change -> refresh());
        awaitingReply.addListener((obs, was, now) -> refresh());
        needsAttention.addListener((obs, was, now) -> refresh());
        selected.addListener((obs, was, now) -> {
            clearBooking();
            detail.show(now == null ? null : now.callId());
        });
    }

    // ---- state for the view ----

    public ObservableList<HistoryRow> rows() {
        return readOnlyRows;
    }

    /** The switch "Without next step" (true, the default) / "All calls". */
    public BooleanProperty withoutNextStepOnlyProperty() {
        return withoutNextStepOnly;
    }

    public ObjectProperty<ReviewPeriod> periodProperty() {
        return period;
    }

    /** First day of the {@link ReviewPeriod#CUSTOM custom} period; null for open. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day (included) of the custom period; null for open. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The outcomes to show; none chosen means every outcome. */
    public ObservableSet<Outcome> outcomes() {
        return outcomes;
    }

    public BooleanProperty awaitingReplyProperty() {
        return awaitingReply;
    }

    /**
     * Only calls that need the rep: declined, or no reply one working day after the invitation. These
     * have a next step on paper, so this filter looks past the "without next step" switch.
     */
    public BooleanProperty needsAttentionProperty() {
        return needsAttention;
    }

    /** The search text; it applies on {@link #applySearch()} (the view debounces typing and calls it). */
    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** "37 calls without a next step in the last 30 days". */
    public ReadOnlyStringProperty headerProperty() {
        return header;
    }

    /** What the last action did, in plain words ("Marked: Not a fit."). */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The last failure in plain words, empty when all is well; {@link #retry()} tries again. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty canTakeBackProperty() {
        return canTakeBack;
    }

    /** The row the actions and the detail pane are about; the view binds the table's selection to it. */
    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    /** "Book now": the times proposed for the selected row's prospect, best first. */
    public ObservableList<SpokenSlot> bookingSlots() {
        return readOnlyBookingSlots;
    }

    public ReadOnlyBooleanProperty bookingProperty() {
        return booking;
    }

    public CallDetailViewModel detail() {
        return detail;
    }

    public WeeklyViewModel weekly() {
        return weekly;
    }

    /** Whether more rows match than are loaded. */
    public boolean hasMore() {
        return hasMore;
    }

    // ---- loading ----

    /**
     * What the window does when it opens: the list first, then (once its first page is in, so they do not
     * compete with it for the workers) the weekly number and the best lines.
     */
    public void open() {
        weeklyAfterList = true;
        refresh();
    }

    /** Applies the search text now (on Enter, or after the view's typing pause); no-op when unchanged. */
    public void applySearch() {
        if (!search.get().strip().equals(searchApplied)) {
            refresh();
        }
    }

    /** Reloads the first page and the count; a reload started later wins over one still running. */
    public void refresh() {
        int mine = ++generation;
        searchApplied = search.get().strip();
        HistoryQuery query = query().page(0, PAGE);
        boolean attention = needsAttention.get();
        ZoneId shownIn = zone.get();
        loading.set(true);
        pageLoading = true;
        error.set("");
        tasks.run(() -> read(query, attention, shownIn), loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            pageLoading = false;
            hasMore = loaded.size() == PAGE;
            rows.setAll(loaded);
            keepSelection();
            if (weeklyAfterList) {
                weeklyAfterList = false;
                weekly.load();
            }
        }, failure -> failedIfCurrent(mine, failure, this::refresh));
        refreshCount();
    }

    /** The next page, when there is one and none is being read (the view calls this near the end). */
    public void loadMore() {
        if (!hasMore || pageLoading) {
            return;
        }
        int mine = generation;
        HistoryQuery query = query().page(rows.size(), PAGE);
        boolean attention = needsAttention.get();
        ZoneId shownIn = zone.get();
        pageLoading = true;
        tasks.run(() -> read(query, attention, shownIn), loaded -> {
            if (mine != generation) {
                return;
            }
            pageLoading = false;
            hasMore = loaded.size() == PAGE;
            rows.addAll(loaded);
        }, failure -> failedIfCurrent(mine, failure, this::loadMore));
    }

    /** Runs the action that failed last time again. */
    public void retry() {
        error.set("");
        retry.run();
    }

    private List<HistoryRow> read(HistoryQuery query, boolean attention, ZoneId shownIn) {
        List<CallRecord> records = attention ? services.attention().list(query) : services.review().list(query);
        int thisYear = clock.instant().atZone(shownIn).getYear();
        return records.stream().map(r -> HistoryWords.row(r, shownIn, thisYear)).toList();
    }

    /** The filters as a query (paging left to the caller). */
    HistoryQuery query() {
        HistoryQuery query = HistoryQuery.all().withOutcomes(Set.copyOf(outcomes));
        if (withoutNextStepOnly.get() && !needsAttention.get()) {
            query = query.onlyWithoutNextStep();
        }
        if (awaitingReply.get()) {
            query = query.onlyAwaitingReply();
        }
        var interval = period.get().interval(clock.instant(), zone.get(), from.get(), to.get());
        if (interval.isPresent()) {
            query = query.within(interval.get());
        }
        return query.searching(searchApplied);
    }

    private String describe() {
        String what = needsAttention.get() ? "needing attention"
                : withoutNextStepOnly.get() ? "without a next step" : "";
        String where = searchApplied.isEmpty() ? "" : " matching “" + searchApplied + "”";
        return (what.isEmpty() ? "" : what + " ") + period.get().phrase() + where;
    }

    private void refreshIfCustom() {
        if (period.get() == ReviewPeriod.CUSTOM) {
            refresh();
        }
    }

    private void keepSelection() {
        HistoryRow was = selected.get();
        if (was != null) {
            selected.set(rows.stream().filter(r -> r.callId().equals(was.callId())).findFirst().orElse(null));
        }
    }

    // ---- row actions ----

    /**
     * "Mark why": the rep's reason for having no next step. The row leaves a "without next step" or
     * "needs attention" list at once; {@link #takeBack()} undoes it.
     *
     * @param text optional words; required for {@link NoNextStepReason#OTHER}
     */
    public void markWhy(HistoryRow row, NoNextStepReason reason, String text) {
        error.set("");
        tasks.run(() -> services.marks().mark(row.callId(), reason, text), mark -> {
            lastMarkedCallId = row.callId();
            canTakeBack.set(true);
            status.set("Marked " + row.prospect() + ": " + mark.describe() + ".");
            settled(row);
        }, failure -> failed(failure, () -> markWhy(row, reason, text)));
    }

    /** Takes back the reason marked last: the call is listed as without a next step again. */
    public void takeBack() {
        String callId = lastMarkedCallId;
        if (callId == null) {
            return;
        }
        tasks.run(() -> {
            services.marks().takeBack(callId);
            return callId;
        }, done -> {
            lastMarkedCallId = null;
            canTakeBack.set(false);
            status.set("Reason taken back.");
            refresh();
        }, failure -> failed(failure, this::takeBack));
    }

    /** "Book now" (or "Book again"): fresh proposals for the row's prospect, in their zone from the history. */
    public void bookNow(HistoryRow row) {
        int mine = ++proposalGeneration;
        bookingFor = row;
        bookingSlots.clear();
        ZoneId theirs = row.record().call().prospect().zone();
        status.set("Finding times for " + row.prospect() + "…");
        tasks.run(() -> services.proposals().propose(ProposeSlots.Query.forProspectIn(theirs)), proposal -> {
            if (mine != proposalGeneration) {
                return;
            }
            bookingSlots.setAll(proposal.slots());
            status.set(proposal.slots().isEmpty() ? "No free times found for " + row.prospect() + "."
                    : "Pick a time for " + row.prospect() + ":");
        }, failure -> {
            if (mine == proposalGeneration) {
                failed(failure, () -> bookNow(row));
            }
        });
    }

    /** Books proposed slot {@code index} for the row "book now" was asked for: one click, one event. */
    public void bookSlot(int index) {
        HistoryRow row = bookingFor;
        if (row == null || booking.get() || index < 0 || index >= bookingSlots.size()) {
            return;
        }
        SpokenSlot chosen = bookingSlots.get(index);
        booking.set(true);
        status.set("Booking " + chosen.label() + "…");
        var call = row.record().call();
        BookNextStep.Intent intent = new BookNextStep.Intent(call.id(), chosen.slot(), call.prospect(), "",
                call.notes());
        tasks.run(() -> services.booking().book(intent), outcome -> {
            booking.set(false);
            if (outcome instanceof BookingOutcome.Booked) {
                clearBooking();
                status.set("Booked " + chosen.label() + " with " + row.prospect() + ".");
                settled(row);
                weekly.load();
            } else if (outcome instanceof BookingOutcome.Refused refused) {
                status.set(refused.message() + " Here are fresh times.");
                bookNow(row);
            } else {
                error.set(outcome.message());
                retry = () -> bookSlot(index);
            }
        }, failure -> {
            booking.set(false);
            failed(failure, () -> bookSlot(index));
        });
    }

    /** Copies the selected call's summary (for the CRM) through {@code clipboard}. */
    public void copySummary(Consumer<String> clipboard) {
        HistoryRow row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> services.summary().of(row.callId()), text -> {
            clipboard.accept(text);
            status.set("Summary of the call with " + row.prospect() + " copied.");
        }, failure -> failed(failure, () -> copySummary(clipboard)));
    }

    /** Writes every call matching the current filters (not only the loaded rows) to {@code target} as CSV. */
    public void exportCsv(Path target) {
        HistoryQuery query = query();
        boolean attention = needsAttention.get();
        status.set("Exporting…");
        tasks.run(() -> writeCsv(query, attention, target), written -> status.set("Exported "
                + HistoryWords.calls(written) + " to " + target.getFileName() + "."),
                failure -> failed(failure, () -> exportCsv(target)));
    }

    /** Streams the rows a chunk at a time, so years of calls never sit in memory at once. */
    private int writeCsv(HistoryQuery query, boolean attention, Path target) throws java.io.IOException {
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(CallCsv.row(CallCsv.HEADER));
            for (int offset = 0; ; offset += EXPORT_CHUNK) {
                HistoryQuery page = query.page(offset, EXPORT_CHUNK);
                List<CallRecord> chunk = attention ? services.attention().list(page) : services.review().list(page);
                for (CallRecord record : chunk) {
                    out.write(CallCsv.row(CallCsv.cells(record)));
                }
                written += chunk.size();
                if (chunk.size() < EXPORT_CHUNK) {
                    return written;
                }
            }
        }
    }

    /** A row whose call now has a next step or a reason: it leaves a list of unsettled calls. */
    private void settled(HistoryRow row) {
        if (withoutNextStepOnly.get() || needsAttention.get()) {
            rows.removeIf(r -> r.callId().equals(row.callId()));
            if (selected.get() != null && selected.get().callId().equals(row.callId())) {
                selected.set(null);
            }
            refreshCount();
        } else {
            refresh();
        }
    }

    /** The count header for the current filters; a separate read, so the first page does not wait for it. */
    private void refreshCount() {
        int mine = generation;
        HistoryQuery query = query();
        boolean attention = needsAttention.get();
        String phrase = describe();
        tasks.run(() -> attention ? services.attention().count(query) : services.review().count(query), count -> {
            if (mine == generation) {
                header.set(HistoryWords.calls(count) + " " + phrase);
            }
        }, failure -> failedIfCurrent(mine, failure, this::refresh));
    }

    private void clearBooking() {
        proposalGeneration++;
        bookingFor = null;
        bookingSlots.clear();
    }

    private void failedIfCurrent(int mine, Throwable failure, Runnable again) {
        if (mine == generation) {
            loading.set(false);
            pageLoading = false;
            failed(failure, again);
        }
    }

    private void failed(Throwable failure, Runnable again) {
        error.set(Messages.plain(failure));
        retry = again;
    }
}
