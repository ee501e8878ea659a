package org.ecoreform.gateway.domain;

import java.util.List;

/** An adoption record as its province's profile lists it. */
public record RecordEntry(String id, String planId, String planDocument, int rowNumber, String name, String status,
                          boolean measureRetired, List<String> measureIds, String categoryId) {

    public static final String RECORDS = "records";
}
