package org.ecoreform.measures.importer;

import java.util.List;

/**
 * The catalogue team's review of the matcher's links ({@code reference/link-review.tsv}): per measure
 * and article, linked or removed, and why. Applied as the decisions of {@link #REVIEWER}.
 */
public final class LinkReview {

    public static final String RESOURCE = "reference/link-review.tsv";
    public static final String REVIEWER = "catalogue-review";

    /** One reviewed link. */
    public record Decision(String measureId, String articleId, boolean linked, String why) {}

    private LinkReview() {}

    public static List<Decision> load() {
        return ReferenceTable.rows(RESOURCE, 4).stream()
                .map(r -> {
                    if (!"linked".equals(r[2]) && !"removed".equals(r[2])) {
                        throw new IllegalStateException(
                                RESOURCE + ": decision must be linked or removed, not " + r[2] + " (" + r[0] + ")");
                    }
                    return new Decision(r[0], r[1], "linked".equals(r[2]), r[3]);
                })
                .toList();
    }
}
