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

    /** Who published the value (an official source); null for values reported through the API. */
    @Column(updatable = false)
    public String publisher;

    /** When, as given: a day (2021-01-28) or a month (2021-01). */
    @Column(name = "published_on", updatable = false)
    public String publishedOn;

    /** The indicator's wording as published, scope words included. */
    @Column(name = "published_wording", updatable = false)
    public String publishedWording;
}
