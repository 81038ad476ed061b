package dev.nextcall.ui.history;

import dev.nextcall.app.BestLines;
import dev.nextcall.app.BookNextStep;
import dev.nextcall.app.CrmSummary;
import dev.nextcall.app.EditCallNotes;
import dev.nextcall.app.MarkNoNextStep;
import dev.nextcall.app.NeedsAttention;
import dev.nextcall.app.ProposeSlots;
import dev.nextcall.app.ReviewHistory;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The use cases behind the review window, grouped so the view model's constructor stays short.
 *
 * @param proposals the same proposals the panel offers, for "book now" from a row
 * @param booking   books exactly as the panel does (journal, idempotent by event id), into the rep's
 *                  configured calendar (the local one by default)
 * @param lineText  the words of a suggested line by its id, for the detail's "lines shown"
 */
public record HistoryServices(ReviewHistory review, NeedsAttention attention, MarkNoNextStep marks,
                              EditCallNotes notes, CrmSummary summary, BestLines bestLines, ProposeSlots proposals,
                              BookNextStep booking, UnaryOperator<String> lineText) {

    public HistoryServices {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(attention, "attention");
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(bestLines, "bestLines");
        Objects.requireNonNull(proposals, "proposals");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(lineText, "lineText");
    }
}
