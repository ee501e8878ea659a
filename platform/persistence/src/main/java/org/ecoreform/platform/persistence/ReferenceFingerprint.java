package org.ecoreform.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What a piece of reference work last read, and what it did then. */
@Entity
@Table(name = "reference_fingerprint")
public class ReferenceFingerprint extends PanacheEntityBase {

    @Id
    public String work;

    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(nullable = false)
    public String report;
}
