package org.ecoreform.platform.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the datasets of {@code /api/v1/exports} come from: in a service, its own database
 * ({@link LocalExports}); in the gateway, the services that own them.
 */
public interface ExportSource {

    /** Every dataset offered, with its data dictionary. */
    List<ExportDatasetDescription> datasets();

    /** The body of one download, and the headers that go with it; empty for a dataset not offered here. */
    Optional<Download> open(String dataset, ExportFormat format, String acceptEncoding);

    record Download(StreamingOutput body, Map<String, String> headers) {}
}
