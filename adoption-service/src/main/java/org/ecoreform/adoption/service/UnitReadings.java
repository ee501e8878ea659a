package org.ecoreform.adoption.service;

import java.util.ArrayList;
import java.util.List;
import org.ecoreform.adoption.domain.ResponsibleUnit;
import org.ecoreform.adoption.importer.ResponsibleUnits;

/** Responsible units as a record keeps them and as the state shows them, through the shipped codelist. */
final class UnitReadings {

    private UnitReadings() {}

    /** The names as written, each with the unit it names (or none). */
    static List<ResponsibleUnit> stored(List<String> written) {
        return ResponsibleUnits.shipped().readAll(written).stream()
                .map(r ->
                        new ResponsibleUnit(r.written(), r.resolved() ? r.unit().id() : null))
                .toList();
    }

    /** The names the codelist does not know (null when it knows them all, so the report leaves the field out). */
    static List<String> unknown(List<String> written) {
        List<String> unknown = ResponsibleUnits.shipped().readAll(written).stream()
                .filter(r -> !r.resolved())
                .map(ResponsibleUnits.Reading::written)
                .toList();
        return unknown.isEmpty() ? null : unknown;
    }

    /** Whether the record's units are already these names. */
    static boolean same(List<ResponsibleUnit> units, List<String> written) {
        return units.stream().map(u -> u.written).toList().equals(written);
    }

    /** The state's view: the unit of the codelist (or the name alone), its kind, leading where marked 牵头, "and others" kept. */
    static List<AdoptionState.UnitView> views(List<ResponsibleUnit> units) {
        List<AdoptionState.UnitView> views = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ResponsibleUnits.Reading reading = ResponsibleUnits.shipped().read(units.get(i).written);
            // a row stored before its name was known reads as the codelist reads it now (UnitIndex catches up on start)
            ResponsibleUnits.Unit unit = units.get(i).unitId == null
                    ? reading.unit()
                    : ResponsibleUnits.shipped().byId(units.get(i).unitId).orElse(reading.unit());
            views.add(new AdoptionState.UnitView(
                    unit == null ? null : unit.id(),
                    unit == null ? null : unit.nameZh(),
                    unit == null ? null : unit.nameEn(),
                    unit == null ? null : unit.kind(),
                    reading.written(),
                    reading.lead(),
                    reading.andOthers()));
        }
        return views;
    }
}
