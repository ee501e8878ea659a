package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered section of the framework document; sections 二 … 九 are its institutional systems. */
@Entity
@Table(name = "framework_section")
public class FrameworkSection extends PanacheEntityBase {

    /** F2015-02: the framework and the section's ordinal. */
    @Id
    public String id;

    @Column(name = "framework_id", nullable = false)
    public String frameworkId;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String numeral;

    @Column(nullable = false)
    public String heading;

    /** F2015-S1 … F2015-S8; null for the general sections (一, 十). */
    @Column(name = "system_id")
    public String systemId;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "provenance_line", nullable = false)
    public int provenanceLine;
}
