package org.ecoreform.platform.testing;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.ecoreform.platform.infra.EmbeddedKafkaBroker;
import org.ecoreform.platform.infra.EmbeddedPostgresServer;
import org.ecoreform.platform.infra.FreePorts;

/**
 * The one PostgreSQL server and one Kafka broker of a test JVM.
 *
 * <p>Quarkus may load test resources and test classes in different class loaders, where a static
 * field would exist twice and start a second server. The servers are therefore registered with the
 * JVM's platform MBean server, which every class loader shares, and reached by name.
 */
public final class SharedInfrastructure {

    private static final String DOMAIN = "org.ecoreform.test:type=";

    private SharedInfrastructure() {
    }

    /** Control of the test JVM's embedded PostgreSQL. */
    public interface PostgresControlMBean {
        /** Creates the database if needed and returns its JDBC URL. */
        String jdbcUrl(String database);
    }

    /** Control of the test JVM's Kafka broker. */
    public interface KafkaControlMBean {
        String getBootstrapServers();

        void stop();

        void start();
    }

    public static String postgresJdbcUrl(String database) {
        ObjectName name = register("Postgres", PostgresControlMBean.class, () -> {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(FreePorts.next(), null);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return database1 -> {
                server.ensureDatabase(database1);
                return server.jdbcUrl(database1);
            };
        });
        return (String) invoke(name, "jdbcUrl", new Object[] {database}, new String[] {String.class.getName()});
    }

    public static String kafkaBootstrapServers() {
        return (String) attribute(kafka(), "BootstrapServers");
    }

    /** Simulates a broker outage; topics and offsets are kept for {@link #startKafka()}. */
    public static void stopKafka() {
        invoke(kafka(), "stop", new Object[0], new String[0]);
    }

    public static void startKafka() {
        invoke(kafka(), "start", new Object[0], new String[0]);
    }

    private static ObjectName kafka() {
        return register("Kafka", KafkaControlMBean.class, () -> {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary();
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
            return new KafkaControlMBean() {
                @Override
                public String getBootstrapServers() {
                    return broker.bootstrapServers();
                }

                @Override
                public void stop() {
                    broker.stop();
                }

                @Override
                public void start() {
                    broker.start();
                }
            };
        });
    }

    private static <T> ObjectName register(String type, Class<T> contract, Supplier<T> factory) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(DOMAIN + type);
            synchronized (server) {
                if (!server.isRegistered(name)) {
                    server.registerMBean(new StandardMBean(factory.get(), contract), name);
                }
            }
            return name;
        } catch (JMException e) {
            throw new IllegalStateException("could not register the shared " + type, e);
        }
    }

    private static Object invoke(ObjectName name, String operation, Object[] args, String[] signature) {
        try {
            return ManagementFactory.getPlatformMBeanServer().invoke(name, operation, args, signature);
        } catch (JMException e) {
            throw new IllegalStateException(operation + " on " + name + " failed", e);
        }
    }

    private static Object attribute(ObjectName name, String attribute) {
        try {
            return ManagementFactory.getPlatformMBeanServer().getAttribute(name, attribute);
        } catch (JMException e) {
            throw new IllegalStateException(attribute + " of " + name + " failed", e);
        }
    }
}
