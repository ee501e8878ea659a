package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a record's progress: the status it took effect with on a day, what was done, and the
 * evidence. Never changed once written; a correction is a new entry that names this one.
 */
@Entity
@Table(name = "adoption_progress")
public class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    public String recordId;

    /** The status in effect just before this entry's day when it was recorded; null for the first. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public AdoptionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public AdoptionStatus toStatus;

    @Column(name = "effective_on", nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(nullable = false, updatable = false)
    public String narrative;

    @Convert(converter = EvidenceJson.class)
    @Column(updatable = false)
    public List<Evidence> evidence = new ArrayList<>();

    @Column(updatable = false)
    public Long corrects;

    public static ProgressEntry of(
            String recordId,
            AdoptionStatus to,
            LocalDate effectiveOn,
            String narrative,
            List<Evidence> evidence,
            Long corrects,
            String by,
            OffsetDateTime at) {
        ProgressEntry entry = new ProgressEntry();
        entry.recordId = recordId;
        entry.toStatus = to;
        entry.effectiveOn = effectiveOn;
        entry.narrative = narrative;
        entry.evidence = List.copyOf(evidence);
        entry.corrects = corrects;
        entry.recordedBy = by;
        entry.recordedAt = at;
        return entry;
    }
}
