package org.ecoreform.platform.outbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ecoreform.platform.events.KafkaClients;
import org.jboss.logging.Logger;

/**
 * Creates the service's compacted state topics when they are missing, and sets the configured
 * topic-level settings on those that exist (a topic created by an earlier release keeps up).
 */
final class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private TopicProvisioner() {}

    static void ensureTopics(OutboxConfig config, Map<String, Object> kafka)
            throws InterruptedException, ExecutionException, TimeoutException {
        long timeoutMs = config.sendTimeout().toMillis();
        Map<String, Object> props = KafkaClients.admin(
                kafka,
                Map.of(
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs));
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = config.topics().entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(
                                    topic.getKey(),
                                    topic.getValue().partitions(),
                                    topic.getValue().replicationFactor())
                            .configs(topic.getValue().configs()))
                    .toList();
            Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
            config.topics().forEach((name, spec) -> {
                if (existing.contains(name)) {
                    settings.put(
                            new ConfigResource(ConfigResource.Type.TOPIC, name),
                            spec.configs().entrySet().stream()
                                    .map(e -> new AlterConfigOp(
                                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                    .toList());
                }
            });
            if (!settings.isEmpty()) {
                try {
                    admin.incrementalAlterConfigs(settings).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    // e.g. no AlterConfigs right where topics are managed elsewhere (Strimzi): publishing goes on
                    LOG.warnf(
                            "Topic settings of %s not updated: %s",
                            settings.keySet(), e.getCause().getMessage());
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                LOG.infof(
                        "Created compacted topics %s",
                        missing.stream().map(NewTopic::name).toList());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
