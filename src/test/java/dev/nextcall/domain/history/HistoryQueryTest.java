package dev.nextcall.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nextcall.domain.Interval;
import dev.nextcall.domain.Prospect;
import dev.nextcall.domain.call.Outcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void theOriginalConstructorLeavesTheNewFiltersOff() {
        HistoryQuery query = new HistoryQuery(true, false, Optional.of(T), 10);
        assertThat(query.until()).isEmpty();
        assertThat(query.outcomes()).isEmpty();
        assertThat(query.sentBy()).isEmpty();
        assertThat(query.search()).isEmpty();
        assertThat(query.offset()).isZero();
    }

    @Test
    void eachWitherChangesOnlyItsOwnFilter() {
        HistoryQuery query = HistoryQuery.withoutNextStep().onlyAwaitingReply()
                .within(new Interval(T, T.plusSeconds(60))).withOutcomes(Outcome.UNRESOLVED)
                .needingAttentionSentBy(T).searching("  Acme ").page(100, 50);

        assertThat(query).isEqualTo(new HistoryQuery(true, true, Optional.of(T), 50, Optional.of(T.plusSeconds(60)),
                Set.of(Outcome.UNRESOLVED), Optional.of(T), "Acme", 100));
    }

    @Test
    void pagingIsChecked() {
        assertThatThrownBy(() -> HistoryQuery.all().page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryQuery.all().page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSearchLooksInNameEmailAndCompanyInAnyCaseButNeverAcrossTwoFields() {
        Prospect zoe = new Prospect("Zoë Öberg", "zoe@orebro.example", "Örebro Ost AB", ZoneId.of("Europe/Stockholm"));
        assertThat(zoe.contains("ZOË")).isTrue();
        assertThat(zoe.contains("örebro OST")).isTrue();
        assertThat(zoe.contains("OREBRO.EX")).isTrue();
        assertThat(zoe.contains("")).isTrue();
        assertThat(zoe.contains("bergzoe")).isFalse();
        assertThat(zoe.contains("nobody")).isFalse();
    }
}
