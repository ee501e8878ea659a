package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published list (batch) of measures, e.g. N2020 = 发改环资〔2020〕1793号. */
@Entity
@Table(name = "measure_list")
public class MeasureList extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(nullable = false)
    public String title;

    public String issuer;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;
}
