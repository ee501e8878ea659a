package org.ecoreform.gateway.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An adoption record as its province's profile lists it, with its progress: the live entries in
 * the order they took effect, but for a first entry that only records the adoption.
 */
public record RecordEntry(
        String id,
        String planId,
        String planDocument,
        int rowNumber,
        String name,
        String status,
        LocalDate statusSince,
        boolean measureRetired,
        List<String> measureIds,
        String categoryId,
        List<Progress> progress) {

    public static final String RECORDS = "records";

    public RecordEntry {
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    /** A progress entry: from which day, which status, what was done, on which documents. */
    public record Progress(
            long entry, LocalDate effectiveOn, String status, String narrative, List<EvidenceRef> evidence) {}

    public record EvidenceRef(String documentNumber, String title, LocalDate issuedOn, String url) {}
}
