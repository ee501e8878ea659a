package org.ecoreform.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A responsible unit of a record: the name as the plan writes it (kept as published) and the unit of
 * the codelist it names ({@code reference/responsible-units.tsv}; null when the codelist does not know it).
 */
@Embeddable
public class ResponsibleUnit {

    @Column(name = "unit", nullable = false)
    public String written;

    @Column(name = "unit_id")
    public String unitId;

    public ResponsibleUnit() {}

    public ResponsibleUnit(String written, String unitId) {
        this.written = written;
        this.unitId = unitId;
    }
}
