package org.ecoreform.platform.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A national measure as last replicated from {@code ecoreform.measures.v1}. */
@Entity
@Table(name = "catalogue_measure")
public class CatalogueMeasure extends PanacheEntityBase {

    public static final String RETIRED = "retired";

    @Id
    public String id;

    public long version;

    @Column(name = "list_code")
    public String listCode;

    public int number;

    public String name;

    /** The measure's text (具体内容): what a plan task's wording is compared with. */
    public String content;

    @Column(name = "category_id")
    public String categoryId;

    @Column(name = "category_name_zh")
    public String categoryNameZh;

    @Column(name = "category_name_en")
    public String categoryNameEn;

    public String status;

    @Column(name = "source_provinces")
    public String sourceProvinces;

    /** The document the list was published in (发改环资〔2020〕1793号) and its date: the evidence that a measure was proven. */
    @Column(name = "provenance_document")
    public String provenanceDocument;

    @Column(name = "provenance_date")
    public java.time.LocalDate provenanceDate;

    @Column(name = "replicated_at")
    public OffsetDateTime replicatedAt;

    public boolean retired() {
        return RETIRED.equals(status);
    }

    public Set<String> sourceProvinceCodes() {
        return sourceProvinces.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(sourceProvinces.split(",")));
    }
}
