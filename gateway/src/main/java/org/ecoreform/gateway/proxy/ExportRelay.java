package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.ecoreform.gateway.edge.ContentCoding;
import org.ecoreform.platform.export.ExportDatasetDescription;
import org.ecoreform.platform.export.ExportFormat;
import org.ecoreform.platform.export.ExportResource;
import org.ecoreform.platform.export.ExportSource;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.jboss.logging.Logger;

/**
 * The gateway's downloads: each dataset comes from the service that owns it, streamed through as it
 * arrives (the gateway holds a buffer, never a dataset), gzip'd on the way when the client accepts it.
 * The list is the services' lists; a service that cannot answer keeps the entries it gave last.
 */
@ApplicationScoped
public class ExportRelay implements ExportSource {

    private static final Logger LOG = Logger.getLogger(ExportRelay.class);
    private static final List<String> SERVICES = List.of("measures", "adoption", "indicators");

    private final DownstreamProxy proxy;
    private final ObjectMapper mapper;
    /** service → the datasets it listed last. */
    private final Map<String, List<ExportDatasetDescription>> known = new ConcurrentHashMap<>();

    public ExportRelay(DownstreamProxy proxy, ObjectMapper mapper) {
        this.proxy = proxy;
        this.mapper = mapper;
    }

    @Override
    public List<ExportDatasetDescription> datasets() {
        List<ExportDatasetDescription> all = new ArrayList<>();
        for (String service : SERVICES) {
            all.addAll(listedBy(service));
        }
        return all;
    }

    @Override
    public Optional<Download> open(String dataset, ExportFormat format, String acceptEncoding) {
        Optional<String> owner = ownerOf(dataset, false).or(() -> ownerOf(dataset, true));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        HttpResponse<InputStream> response = proxy.stream(owner.get(), "/api/v1/exports/" + dataset + "." + format.extension());
        if (response.statusCode() != 200) {
            close(response.body());
            throw new ApiException(ProblemKind.UNAVAILABLE, owner.get() + "-service could not export " + dataset + "; try again later");
        }
        boolean gzip = ContentCoding.negotiateStreaming(acceptEncoding) == ContentCoding.GZIP;
        Map<String, String> headers = gzip ? Map.of("Content-Encoding", "gzip", "Vary", ContentCoding.VARY) : Map.of("Vary", ContentCoding.VARY);
        return Optional.of(new Download(out -> relay(response.body(), out, gzip), headers));
    }

    private static void relay(InputStream body, OutputStream out, boolean gzip) throws IOException {
        try (InputStream in = body) {
            if (gzip) {
                GZIPOutputStream compressed = new GZIPOutputStream(out, 64 * 1024, true);
                in.transferTo(compressed);
                compressed.finish();
            } else {
                in.transferTo(out);
            }
        }
    }

    /** The service that lists the dataset: from the lists known, or asking again. */
    private Optional<String> ownerOf(String dataset, boolean askAgain) {
        return SERVICES.stream()
                .filter(s -> (askAgain ? listedBy(s) : known.getOrDefault(s, List.of())).stream().anyMatch(d -> d.name().equals(dataset)))
                .findFirst();
    }

    private List<ExportDatasetDescription> listedBy(String service) {
        try {
            DownstreamProxy.Answer answer = proxy.forward(service, "GET", "/api/v1/exports", Map.of(), null);
            if (answer.status() == 200) {
                List<ExportDatasetDescription> listed = List.of(mapper.readValue(answer.body(), ExportResource.ExportList.class).items().stream()
                        .map(d -> new ExportDatasetDescription(d.name(), d.title(), d.description(), d.columns(), null))
                        .toArray(ExportDatasetDescription[]::new));
                known.put(service, listed);
            }
        } catch (ApiException | IOException e) {
            LOG.debugf("%s-service did not list its exports (%s); its last list stands", service, e.getMessage());
        }
        return known.getOrDefault(service, List.of());
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing read, nothing to keep
        }
    }
}
