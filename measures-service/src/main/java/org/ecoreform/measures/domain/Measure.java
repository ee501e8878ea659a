package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A reform measure of the catalogue. {@link #version} counts its changes from 1. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "list_code", nullable = false, updatable = false)
    public String listCode;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "category_id", nullable = false)
    public String categoryId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureStatus status = MeasureStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_source_province", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "province_code")
    public List<String> sourceProvinces = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_department", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @Column(name = "department_id")
    public List<String> departments = new ArrayList<>();

    /**
     * Optimistic lock: concurrent writers cannot both win. JPA seeds it at 0 on insert and adds one
     * on every update; {@link #version()} is the published version, which counts from 1.
     */
    @Version
    @Column(name = "lock_version", nullable = false)
    public Long lockVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "retirement_reason")
    public String retirementReason;

    /** Where the record came from: a document (number and file, line) or an API write. */
    @Column(name = "provenance_document", nullable = false, updatable = false)
    public String provenanceDocument;

    @Column(name = "provenance_file", updatable = false)
    public String provenanceFile;

    @Column(name = "provenance_line", updatable = false)
    public Integer provenanceLine;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The version of the measure's published state: 1 when created, +1 on every change. */
    public long version() {
        return lockVersion + 1;
    }
}
