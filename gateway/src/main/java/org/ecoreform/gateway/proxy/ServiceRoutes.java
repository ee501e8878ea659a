package org.ecoreform.gateway.proxy;

import java.util.Map;
import java.util.Optional;

/** Which service owns a public path: the first segment after {@code /api/v1/}. */
public final class ServiceRoutes {

    /** The first path segment after /api/v1 → the service that owns it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("lists", "measures"),
            Map.entry("categories", "measures"),
            Map.entry("departments", "measures"),
            Map.entry("provinces", "measures"),
            Map.entry("measures", "measures"),
            Map.entry("framework", "measures"),
            Map.entry("plans", "adoption"),
            Map.entry("adoptions", "adoption"),
            Map.entry("imports", "adoption"),
            Map.entry("plan-task-imports", "indicators"),
            Map.entry("responsible-units", "adoption"),
            Map.entry("catalogue-replica", "adoption"),
            Map.entry("indicators", "indicators"),
            Map.entry("targets", "indicators"),
            Map.entry("target-imports", "indicators"),
            Map.entry("observations", "indicators"),
            Map.entry("source-documents", "indicators"),
            Map.entry("plan-tasks", "indicators"),
            Map.entry("accountability", "indicators"));

    private ServiceRoutes() {}

    /**
     * The service owning a path below /api/v1 (adopters of a measure belong to adoption, a province's
     * plan-task sheet to indicators). The year-end workbook (a province's progress-workbook, progress-imports)
     * is the gateway's own: it puts two services' sheets together.
     */
    public static Optional<String> serviceFor(String path) {
        String[] segments = path.split("/", 4);
        if (segments.length >= 3 && segments[0].equals("measures") && segments[2].equals("adopters")) {
            return Optional.of("adoption");
        }
        if (segments.length >= 3 && segments[0].equals("provinces") && segments[2].equals("plan-task-workbook")) {
            return Optional.of("indicators");
        }
        if (segments.length >= 3 && segments[0].equals("provinces") && segments[2].equals("progress-workbook")) {
            return Optional.empty();
        }
        return Optional.ofNullable(OWNERS.get(segments[0]));
    }
}
