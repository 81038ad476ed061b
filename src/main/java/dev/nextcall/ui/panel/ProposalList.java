package dev.nextcall.ui.panel;

import dev.nextcall.app.ProposeSlots;
import dev.nextcall.domain.slot.SpokenSlot;
import dev.nextcall.ui.common.BackgroundTasks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The times on offer in a call's closing minutes: the proposals, and the "more times" list that grows
 * a page at a time. A result that arrives after the list was cleared (the call ended, the zone
 * changed) is dropped.
 */
public final class ProposalList {

    private final ProposeSlots proposals;
    private final BackgroundTasks tasks;

    private final ObservableList<SpokenSlot> slots = FXCollections.observableArrayList();
    private final ObservableList<SpokenSlot> more = FXCollections.observableArrayList();
    // Read-only views kept in fields: a fresh wrapper per call would be collected with its listeners.
    private final ObservableList<SpokenSlot> readOnlySlots = FXCollections.unmodifiableObservableList(slots);
    private final ObservableList<SpokenSlot> readOnlyMore = FXCollections.unmodifiableObservableList(more);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private int generation;
    private int pagesShown;

    ProposalList(ProposeSlots proposals, BackgroundTasks tasks) {
        this.proposals = proposals;
        this.tasks = tasks;
    }

    public ObservableList<SpokenSlot> slots() {
        return readOnlySlots;
    }

    public ObservableList<SpokenSlot> more() {
        return readOnlyMore;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    boolean isLoading() {
        return loading.get();
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    void clear() {
        generation++;
        slots.clear();
        more.clear();
        pagesShown = 0;
        loading.set(false);
    }

    /** Fresh proposals for a prospect in {@code zone}; the "more times" list starts over. */
    void load(ZoneId zone, Runnable loaded, Consumer<Throwable> failed) {
        clear();
        int mine = generation;
        loading.set(true);
        tasks.run(() -> proposals.propose(ProposeSlots.Query.forProspectIn(zone)), proposal -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            slots.setAll(proposal.slots());
            loaded.run();
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                failed.accept(failure);
            }
        });
    }

    /** Appends the next page of good times after the proposals. */
    void loadMore(ZoneId zone, Consumer<Throwable> failed) {
        if (loading.get()) {
            return;
        }
        int mine = generation;
        int page = pagesShown + 1;
        loading.set(true);
        tasks.run(() -> proposals.moreTimes(ProposeSlots.Query.forProspectIn(zone), page), proposal -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            pagesShown = page;
            more.addAll(proposal.slots());
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                failed.accept(failure);
            }
        });
    }

    /** True when a time on offer now starts before {@code earliest} (it fell inside the notice). */
    boolean offersTimeBefore(Instant earliest) {
        return slots.stream().anyMatch(s -> s.slot().start().isBefore(earliest))
                || more.stream().anyMatch(s -> s.slot().start().isBefore(earliest));
    }
}
