package org.ecoreform.measures.importer;

import java.util.List;

/**
 * The known typos of the shipped documents ({@code reference/corrections.tsv}): which measure, the
 * text as published, its corrected form and why. The documents stay as published; the corrections
 * are noted beside them.
 */
public final class KnownCorrections {

    public static final String RESOURCE = "reference/corrections.tsv";

    /** One typo of a measure's text. */
    public record Entry(String measureId, String published, String corrected, String note) {}

    private KnownCorrections() {}

    public static List<Entry> load() {
        return ReferenceTable.rows(RESOURCE, 4).stream()
                .map(r -> new Entry(r[0], r[1], r[2], r[3]))
                .toList();
    }
}
