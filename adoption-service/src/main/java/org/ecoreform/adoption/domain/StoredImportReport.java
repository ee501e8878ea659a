package org.ecoreform.adoption.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The report of one import (dry run or commit), kept as the JSON that was answered. */
@Entity
@Table(name = "import_report")
public class StoredImportReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public String planId;

    @Column(nullable = false)
    public String province;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    public boolean committed;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public String report;
}
