package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A policy framework document the measures implement (F2015: the 2015 overall reform plan). */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;
}
