package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A numbered article （一） … （五十六） of the framework, with the section and system it belongs to. */
@Entity
@Table(name = "framework_article")
public class FrameworkArticle extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "framework_id", nullable = false)
    public String frameworkId;

    @Column(nullable = false)
    public int number;

    /** The first sentence: 建立统一的确权登记系统. */
    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public String text;

    @Column(name = "section_ordinal", nullable = false)
    public int sectionOrdinal;

    @Column(name = "system_id")
    public String systemId;

    @Column(name = "provenance_line", nullable = false)
    public int provenanceLine;
}
