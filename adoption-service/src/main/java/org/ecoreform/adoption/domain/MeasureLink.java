package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A national measure a record adopts; the score is the name match's, null when linked by hand. */
@Embeddable
public record MeasureLink(
        @Column(name = "measure_id") String measureId,
        @Column(name = "match_score") BigDecimal matchScore) {}
