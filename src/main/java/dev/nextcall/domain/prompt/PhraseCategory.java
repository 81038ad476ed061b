package dev.nextcall.domain.prompt;

/** What a suggested line is for; see product.md for the guidance behind each. */
public enum PhraseCategory {
    ASK_TO_BOOK,
    OFFER_CHOICE,
    TIE_TO_ACTIONS,
    CONFIRM,
    BACK_OFF,
    OVERTIME_CLOSE
}
