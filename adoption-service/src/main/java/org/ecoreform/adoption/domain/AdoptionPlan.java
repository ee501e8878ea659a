package org.ecoreform.adoption.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A province's notice adopting national measures, e.g. 青发改生态〔2021〕106号. */
@Entity
@Table(name = "adoption_plan")
public class AdoptionPlan extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String province;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(nullable = false)
    public String title;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** 1 once announced on ecoreform.adoption-plans.v1; 0 for a plan stored before plans had a topic. */
    @Column(nullable = false)
    public long version;

    public static Optional<AdoptionPlan> byDocumentNumber(String documentNumber) {
        return find("documentNumber", documentNumber).firstResultOptional();
    }
}
