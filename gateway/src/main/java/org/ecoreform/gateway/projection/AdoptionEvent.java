package org.ecoreform.gateway.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.ecoreform.gateway.domain.AdoptionStatus;
import org.ecoreform.gateway.domain.Topics;
import org.ecoreform.platform.reference.Label;

/** An adoption record's state from {@code ecoreform.adoptions.v1}, as far as the views read it. */
public record AdoptionEvent(String key, long version, State state) implements StateEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(
            String id,
            String planId,
            Label province,
            int rowNumber,
            String name,
            String scope,
            List<MeasureRef> measures,
            Label category,
            String status,
            LocalDate statusSince,
            boolean measureRetired,
            List<Step> history,
            Provenance provenance) {

        public State {
            measures = measures == null ? List.of() : List.copyOf(measures);
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** A progress entry of the record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(
            long id, String to, LocalDate effectiveOn, String reason, List<Evidence> evidence, Long correctedBy) {

        public Step {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String documentNumber, String title, LocalDate issuedOn, String url) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeasureRef(String id) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String document) {}

    @Override
    public Topics topic() {
        return Topics.ADOPTIONS;
    }

    public boolean live() {
        return AdoptionStatus.live(state.status());
    }

    public List<String> measureIds() {
        return state.measures().stream().map(MeasureRef::id).distinct().toList();
    }
}
