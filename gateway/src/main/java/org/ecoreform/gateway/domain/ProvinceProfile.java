package org.ecoreform.gateway.domain;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ecoreform.platform.reference.Label;

/** {@code GET /api/v1/views/provinces/{code}}: plans, records by category, coverage, targets with attainment. */
public record ProvinceProfile(
        Label province,
        List<Plan> plans,
        List<CategoryRecords> categories,
        Coverage coverage,
        List<SystemCoverage> frameworkSystems,
        List<TargetEntry> targets,
        Map<String, Integer> attainmentCounts) {

    /** A plan of the province: its document, its records and how many are in each status. */
    @Schema(name = "ProfilePlan")
    public record Plan(String id, String documentNumber, int records, Map<String, Integer> statusCounts) {}

    /** A category of the catalogue: measures in it, those the province adopts, and its records in it. */
    public record CategoryRecords(
            String id, String nameZh, String nameEn, int catalogue, int adopted, List<RecordRow> records) {}

    /** A record: its status since when, and the progress reported on it (see {@link RecordEntry#progress()}). */
    public record RecordRow(
            String id,
            String name,
            String status,
            java.time.LocalDate statusSince,
            boolean measureRetired,
            List<String> measureIds,
            List<RecordEntry.Progress> progress) {}

    @Schema(name = "ProfileCoverage")
    public record Coverage(int adopted, int catalogue) {}

    /**
     * An institutional system of the policy framework: the catalogue's measures linked to its
     * articles, and how many of them the province adopts.
     */
    public record SystemCoverage(String id, String nameZh, String nameEn, int catalogue, int adopted) {}
}
