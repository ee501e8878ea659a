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

    private SharedInfrastructure() {}

    /** Control of the test JVM's embedded PostgreSQL. */
    public interface PostgresControlMBean {
        /** Creates the database if needed and returns its JDBC URL. */
        String jdbcUrl(String database);

        void stop();

        void start();
    }

    /** Control of the test JVM's Kafka broker. */
    public interface KafkaControlMBean {
        String getBootstrapServers();

        void stop();

        void start();
    }

    public static String postgresJdbcUrl(String database) {
        return (String) invoke(postgres(), "jdbcUrl", new Object[] {database}, new String[] {String.class.getName()});
    }

    /** Simulates a database outage: every connection is cut; the data is kept for {@link #startPostgres()}. */
    public static void stopPostgres() {
        invoke(postgres(), "stop", new Object[0], new String[0]);
    }

    public static void startPostgres() {
        invoke(postgres(), "start", new Object[0], new String[0]);
    }

    private static ObjectName postgres() {
        return register("Postgres", PostgresControlMBean.class, () -> {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.temporary(FreePorts.next());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return new PostgresControlMBean() {
                @Override
                public String jdbcUrl(String database) {
                    server.ensureDatabase(database);
                    return server.jdbcUrl(database);
                }

                @Override
                public void stop() {
                    server.stop();
                }

                @Override
                public void start() {
                    server.restart();
                }
            };
        });
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
