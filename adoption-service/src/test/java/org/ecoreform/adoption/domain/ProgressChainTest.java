package org.ecoreform.adoption.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ecoreform.platform.errors.Conflict;
import org.ecoreform.platform.errors.RuleViolation;
import org.junit.jupiter.api.Test;

class ProgressChainTest {

    private final List<ProgressEntry> entries = new ArrayList<>();
    private long nextId = 1;

    private static ProgressEntry entry(AdoptionStatus to, String day, Long corrects) {
        return ProgressEntry.of(
                "r-01",
                to,
                LocalDate.parse(day),
                "n",
                List.of(),
                corrects,
                "tester",
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private AdoptionStatus add(ProgressEntry entry) {
        AdoptionStatus status = new ProgressChain(entries).admit(entry);
        entry.id = nextId++;
        entries.add(entry);
        return status;
    }

    @Test
    void theStatusIsTheLatestEffectiveLiveEntry() {
        add(entry(AdoptionStatus.PLANNED, "2021-02-25", null));
        assertThat(add(entry(AdoptionStatus.IN_PROGRESS, "2022-03-01", null))).isEqualTo(AdoptionStatus.IN_PROGRESS);
        // recorded later, effective earlier: still in progress from 2022-03-01 on, the same status before it
        assertThat(add(entry(AdoptionStatus.PLANNED, "2021-12-01", null))).isEqualTo(AdoptionStatus.IN_PROGRESS);
        ProgressChain chain = new ProgressChain(entries);
        assertThat(chain.inEffectOn(LocalDate.parse("2021-02-24"))).isEmpty();
        assertThat(chain.inEffectOn(LocalDate.parse("2022-02-28")).orElseThrow().toStatus)
                .isEqualTo(AdoptionStatus.PLANNED);
        assertThat(chain.inEffectOn(LocalDate.parse("2022-03-01")).orElseThrow().toStatus)
                .isEqualTo(AdoptionStatus.IN_PROGRESS);
        assertThat(entries.get(2).fromStatus).isEqualTo(AdoptionStatus.PLANNED);
    }

    @Test
    void aCorrectionReplacesTheEntryItNamesWhichStaysInTheHistory() {
        add(entry(AdoptionStatus.PLANNED, "2021-02-25", null));
        ProgressEntry started = entry(AdoptionStatus.IN_PROGRESS, "2022-03-01", null);
        add(started);
        assertThat(add(entry(AdoptionStatus.IN_PROGRESS, "2022-04-01", started.id)))
                .isEqualTo(AdoptionStatus.IN_PROGRESS);
        ProgressChain chain = new ProgressChain(entries);
        assertThat(chain.correctedBy(started)).contains(3L);
        assertThat(chain.inEffectOn(LocalDate.parse("2022-03-15")).orElseThrow().toStatus)
                .isEqualTo(AdoptionStatus.PLANNED);
        assertThat(chain.live()).hasSize(2);
        assertThatThrownBy(() -> add(entry(AdoptionStatus.PLANNED, "2022-04-01", started.id)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already corrected by entry 3");
        assertThatThrownBy(() -> add(entry(AdoptionStatus.PLANNED, "2022-04-01", 99L)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not in this record's progress");
    }

    @Test
    void stepsMustBeAllowedMovesWhereverTheEntryFalls() {
        add(entry(AdoptionStatus.PLANNED, "2021-02-25", null));
        add(entry(AdoptionStatus.IN_PROGRESS, "2022-03-01", null));
        assertThatThrownBy(() -> add(entry(AdoptionStatus.IMPLEMENTED, "2021-06-01", null)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("planned cannot become implemented");
        add(entry(AdoptionStatus.WITHDRAWN, "2022-05-01", null));
        assertThatThrownBy(() -> add(entry(AdoptionStatus.WITHDRAWN, "2022-06-01", null)))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> add(entry(AdoptionStatus.PLANNED, "2021-01-01", null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("precedes the record's adoption on 2021-02-25");
        assertThat(entries).hasSize(3);
    }
}
