package org.ecoreform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.ecoreform.platform.persistence.VersionedRecord;

/** A province's target for an indicator by a year, with the sentence it was stated in. */
@Entity
@Table(name = "target")
public class Target extends VersionedRecord {

    @Id
    public String id;

    @Column(nullable = false)
    public String province;

    @Column(name = "indicator_id", nullable = false)
    public String indicatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetComparator comparator;

    public BigDecimal value;

    public String unit;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    public String section;

    public String sentence;

    /** Touched when an observation of this target changes: its published state has a new version. */
    @Column(name = "observed_at")
    public OffsetDateTime observedAt;
}
