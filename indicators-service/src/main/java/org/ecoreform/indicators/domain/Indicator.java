package org.ecoreform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ecoreform.platform.persistence.VersionedRecord;

/** An indicator definition of the codelist, e.g. forest-coverage (%, higher is better). */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedRecord {

    @Id
    public String id;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String unit;

    /** higher or lower (is better). */
    @Column(nullable = false)
    public String direction;

    @Column(nullable = false)
    public String theme;
}
