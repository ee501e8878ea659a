package org.ecoreform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One value an observation had; never changed once written. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "observation_id", nullable = false, updatable = false)
    public String observationId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(nullable = false, updatable = false)
    public BigDecimal value;

    /** provisional or verified. */
    @Column(nullable = false, updatable = false)
    public String status;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
