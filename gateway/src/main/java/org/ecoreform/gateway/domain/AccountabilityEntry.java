package org.ecoreform.gateway.domain;

import java.util.List;
import org.ecoreform.platform.reference.Label;

/** Where a province stands with an institution of F2015-S8, as the framework view lists it. */
public record AccountabilityEntry(
        String id,
        Label province,
        String institution,
        String nameZh,
        String nameEn,
        String status,
        List<String> pilotPlaces) {

    public static final String ACCOUNTABILITY = "accountability";

    public AccountabilityEntry {
        pilotPlaces = pilotPlaces == null ? List.of() : List.copyOf(pilotPlaces);
    }
}
