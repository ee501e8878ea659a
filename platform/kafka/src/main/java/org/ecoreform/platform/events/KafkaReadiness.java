package org.ecoreform.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Not ready while the Kafka cluster does not answer with the service's own client settings: not
 * reachable, or refusing them (a wrong SASL password, an untrusted certificate). The reason is in the
 * check's data and, once per change, in the log. The cluster is asked every 2 s in the background,
 * so a probe never waits for a broker that does not answer. Liveness does not depend on it: a
 * restart would not bring the cluster back, and writes wait in the outbox meanwhile.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaReadiness.class);
    /** How long the cluster has to answer before it counts as not answering (the first probe waits this long). */
    private static final Duration ANSWER_WITHIN = Duration.ofMillis(2500);
    /** How often the cluster is asked in the background; a probe answers from the last answer at once. */
    private static final Duration EVERY = Duration.ofSeconds(2);

    private final Map<String, Object> kafka;
    private final String servers;
    private Admin admin;
    private ScheduledExecutorService refresher;
    private volatile Observation last;

    /** What the last question to the cluster found: the brokers that answered, or the problem. */
    private record Observation(int brokers, String problem) {}

    public KafkaReadiness(@Identifier(KafkaClients.SHARED) Map<String, Object> kafka) {
        this.kafka = kafka;
        this.servers = String.valueOf(kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    @Override
    public HealthCheckResponse call() {
        Observation seen = last != null ? last : firstObservation();
        if (seen.problem() == null) {
            return HealthCheckResponse.named("kafka")
                    .up()
                    .withData("brokers", seen.brokers())
                    .build();
        }
        return HealthCheckResponse.named("kafka")
                .down()
                .withData("bootstrapServers", servers)
                .withData("problem", seen.problem())
                .build();
    }

    /** The first probe waits for an answer; from then on the cluster is asked in the background. */
    private synchronized Observation firstObservation() {
        if (last == null) {
            last = observe(null);
            refresher = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "kafka-readiness");
                thread.setDaemon(true);
                return thread;
            });
            refresher.scheduleWithFixedDelay(
                    () -> last = observe(last), EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        return last;
    }

    /** Asks the cluster; logs a problem when it appears or changes, and the recovery. */
    private Observation observe(Observation before) {
        Observation now;
        try {
            Collection<Node> brokers = admin().describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) ANSWER_WITHIN.toMillis()))
                    .nodes()
                    .get(ANSWER_WITHIN.toMillis() + 500, TimeUnit.MILLISECONDS);
            now = new Observation(brokers.size(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return before;
        } catch (ExecutionException e) {
            now = new Observation(0, describe(e.getCause()));
        } catch (TimeoutException e) {
            now = new Observation(0, "no broker answered within " + ANSWER_WITHIN.toMillis() + " ms");
        } catch (RuntimeException e) {
            now = new Observation(0, describe(e));
        }
        String problemBefore = before == null ? null : before.problem();
        if (now.problem() != null && !now.problem().equals(problemBefore)) {
            LOG.errorf("Kafka at %s cannot be used: %s", servers, now.problem());
        } else if (now.problem() == null && problemBefore != null) {
            LOG.infof("Kafka answers again at %s (%d brokers)", servers, now.brokers());
        }
        return now;
    }

    /** The cause as an operator needs it: a refused login says so, and which setting to check. */
    static String describe(Throwable cause) {
        if (cause instanceof AuthenticationException) {
            return "the cluster refused the login (check KAFKA_SASL_JAAS_CONFIG, KAFKA_SASL_MECHANISM and the TLS settings): "
                    + cause.getMessage();
        }
        if (cause instanceof AuthorizationException) {
            return "the cluster refused access (check the user's ACLs): " + cause.getMessage();
        }
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "no broker answered within " + ANSWER_WITHIN.toMillis() + " ms";
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private Admin admin() {
        if (admin == null) {
            int timeoutMs = (int) ANSWER_WITHIN.toMillis();
            admin = Admin.create(KafkaClients.admin(
                    kafka,
                    Map.of(
                            AdminClientConfig.CLIENT_ID_CONFIG,
                            "readiness",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            timeoutMs,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                            timeoutMs,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
                            1000)));
        }
        return admin;
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }
}
