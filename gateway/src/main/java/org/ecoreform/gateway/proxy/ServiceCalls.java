package org.ecoreform.gateway.proxy;

import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecoreform.gateway.config.GatewayConfig;
import org.ecoreform.platform.problem.ApiException;
import org.ecoreform.platform.problem.ProblemKind;
import org.jboss.logging.Logger;

/**
 * Whole answers of the services, for what the gateway composes from them (the merged audit trail,
 * the API document, the list of datasets): a read through the same pooled, guarded connections as
 * the proxy, waited for on the caller's worker thread. Not for the I/O thread, and not for bodies
 * of unbounded size (those are streamed by {@link StreamingProxy}).
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    /** A service's answer, read whole; header names in lower case. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {}

    private final ServiceClients clients;
    private final long waitMillis;

    public ServiceCalls(ServiceClients clients, GatewayConfig config) {
        this.clients = clients;
        // the retries of a read included: each attempt may use the whole timeout
        this.waitMillis = config.timeout().toMillis() * (config.readRetries() + 1) + 1000;
    }

    /** A GET of the service, with the given request headers (the caller's token, for a protected path). */
    public Answer get(String service, String pathAndQuery, Map<String, String> headers) {
        return send(service, HttpMethod.GET, pathAndQuery, headers, null);
    }

    /** A POST of a whole body (a file the gateway splits between services); never sent twice by itself. */
    public Answer post(String service, String pathAndQuery, Map<String, String> headers, byte[] body) {
        return send(service, HttpMethod.POST, pathAndQuery, headers, io.vertx.core.buffer.Buffer.buffer(body));
    }

    private Answer send(
            String service,
            HttpMethod method,
            String pathAndQuery,
            Map<String, String> headers,
            io.vertx.core.buffer.Buffer content) {
        try {
            return clients.send(
                            service,
                            method,
                            pathAndQuery,
                            options -> headers.forEach(options::addHeader),
                            null,
                            content,
                            new ServiceClients.Call())
                    .compose(answer -> answer.body()
                            .map(body -> new Answer(answer.statusCode(), headersOf(answer), body.getBytes())))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, e);
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable(service, e);
        }
    }

    private static Map<String, List<String>> headersOf(HttpClientResponse answer) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        answer.headers()
                .forEach((name, value) -> headers.computeIfAbsent(
                                name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(value));
        return headers;
    }

    private static ApiException unavailable(String service, Exception cause) {
        LOG.warnf("%s-service unavailable: %s", service, cause.toString());
        return new ApiException(
                ProblemKind.UNAVAILABLE,
                service + "-service is unavailable; the request was not applied, try again later");
    }
}
