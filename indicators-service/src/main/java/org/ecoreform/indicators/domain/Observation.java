package org.ecoreform.indicators.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecoreform.platform.persistence.VersionedRecord;
import org.hibernate.annotations.OptimisticLock;

/** The value of an indicator in a province for a period, with every revision it has had. */
@Entity
@Table(name = "observation")
public class Observation extends VersionedRecord {

    @Id
    public String id;

    @Column(nullable = false)
    public String province;

    @Column(name = "indicator_id", nullable = false)
    public String indicatorId;

    @Column(nullable = false)
    public int period;

    /** Set when a plan later named this value's indicator and scope: the observation it moved to (this one stays as it was). */
    @Column(name = "moved_to")
    public String movedTo;

    /** For an observation made by such a move, the one it came from. */
    @Column(name = "moved_from")
    public String movedFrom;

    /** Append-only; a correction bumps the version through {@link #changed}, not through this list. */
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @JoinColumn(name = "observation_id", referencedColumnName = "id", insertable = false, updatable = false)
    @OrderBy("revision")
    public List<ObservationRevision> revisions = new ArrayList<>();

    public ObservationRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** What was known at {@code asOf}: the last revision recorded by then, if any. */
    public Optional<ObservationRevision> asOf(OffsetDateTime asOf) {
        return revisions.stream()
                .filter(r -> !r.recordedAt.isAfter(asOf))
                .max(Comparator.comparingInt(r -> r.revision));
    }
}
