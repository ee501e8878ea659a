package org.ecoreform.indicators.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A plan read from a shipped document ({@code file}) or submitted through the API (document number,
 * issue date, who imported it); a duplicate points at the document it repeats.
 */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String file;

    @Column(nullable = false)
    public String province;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String figures;

    @Column(name = "duplicate_of")
    public Long duplicateOf;

    @Column(name = "target_count")
    public int targetCount;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "imported_by")
    public String importedBy;

    /** 1 once announced on ecoreform.source-documents.v1; 0 for one stored before plans had a topic. */
    @Column(nullable = false)
    public long version;
}
