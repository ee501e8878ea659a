package org.ecoreform.gateway.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ecoreform.platform.export.ExportDatasetDescription;
import org.ecoreform.platform.export.ExportFormat;
import org.ecoreform.platform.export.ExportResource;
import org.ecoreform.platform.export.ExportSource;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.jboss.logging.Logger;

/**
 * The gateway's datasets: the services' lists, merged (a service that cannot answer keeps the
 * entries it gave last). The downloads themselves are streamed from the owning service by the
 * proxy ({@link #ownerOf}), so this source never opens one: a dataset no service lists is a 404.
 */
@ApplicationScoped
public class ExportRelay implements ExportSource {

    private static final Logger LOG = Logger.getLogger(ExportRelay.class);
    private static final List<String> SERVICES = List.of("measures", "adoption", "indicators");

    private final ServiceCalls calls;
    private final ObjectMapper mapper;
    /** service → the datasets it listed last. */
    private final Map<String, List<ExportDatasetDescription>> known = new ConcurrentHashMap<>();

    public ExportRelay(ServiceCalls calls, ObjectMapper mapper) {
        this.calls = calls;
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
        return Optional.empty(); // the proxy streamed every dataset a service lists; this one is listed by none
    }

    /** The service that lists the dataset, from the lists known: no call, fit for the I/O thread. */
    public Optional<String> knownOwnerOf(String dataset) {
        return SERVICES.stream()
                .filter(s -> known.getOrDefault(s, List.of()).stream()
                        .anyMatch(d -> d.name().equals(dataset)))
                .findFirst();
    }

    /**
     * The service that lists the dataset, asking the services again when none is known to
     * (blocking). Empty when every service answered and none lists it; a 503 when one that did not
     * answer might.
     */
    public Optional<String> ownerOf(String dataset) {
        Optional<String> known = knownOwnerOf(dataset);
        if (known.isPresent()) {
            return known;
        }
        List<String> silent =
                SERVICES.stream().filter(service -> !refresh(service)).toList();
        Optional<String> owner = knownOwnerOf(dataset);
        if (owner.isEmpty() && !silent.isEmpty()) {
            throw new ApiException(
                    ProblemKind.UNAVAILABLE,
                    String.join(", ", silent) + "-service could not say which datasets it offers; "
                            + "try again later");
        }
        return owner;
    }

    private List<ExportDatasetDescription> listedBy(String service) {
        refresh(service);
        return known.getOrDefault(service, List.of());
    }

    /** Asks the service for its list; false when it did not answer (its last list stands). */
    private boolean refresh(String service) {
        try {
            ServiceCalls.Answer answer = calls.get(service, "/api/v1/exports", Map.of());
            if (answer.status() == 200) {
                List<ExportDatasetDescription> listed =
                        List.of(mapper.readValue(answer.body(), ExportResource.ExportList.class).items().stream()
                                .map(d -> new ExportDatasetDescription(
                                        d.name(),
                                        d.title(),
                                        d.description(),
                                        d.columns(),
                                        null,
                                        null,
                                        null,
                                        d.rows(),
                                        d.lastChange()))
                                .toArray(ExportDatasetDescription[]::new));
                known.put(service, listed);
                return true;
            }
        } catch (ApiException | IOException e) {
            LOG.debugf("%s-service did not list its exports (%s); its last list stands", service, e.getMessage());
        }
        return false;
    }
}
