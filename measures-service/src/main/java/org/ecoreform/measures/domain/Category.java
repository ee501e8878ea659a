package org.ecoreform.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One of the 14 categories of the national list, C01 … C14 in list order. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "list_code", nullable = false)
    public String listCode;

    public int ordinal;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** The institutional system of the framework the category serves (reference/category-systems.tsv), and why. */
    @Column(name = "system_id")
    public String systemId;

    @Column(name = "system_why")
    public String systemWhy;

    @Column(name = "provenance_line")
    public int provenanceLine;

    public static List<Category> inListOrder() {
        return list("order by listCode, ordinal");
    }
}
