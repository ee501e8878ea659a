package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step of a record's status history; never changed once written. */
@Entity
@Table(name = "adoption_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    public String recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public AdoptionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public AdoptionStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;

    @Column(nullable = false, updatable = false)
    public String reason;
}
