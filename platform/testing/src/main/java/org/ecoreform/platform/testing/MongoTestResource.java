package org.ecoreform.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.ecoreform.platform.infra.EmbeddedViewStore;
import org.ecoreform.platform.infra.FreePorts;

/**
 * A MongoDB-wire-compatible server (mongo-java-server, in-memory backend) for the gateway's read
 * models, one per test JVM: tests speak the real MongoDB protocol through the real driver.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    public interface MongoControlMBean {
        String getConnectionString();
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.mongodb.connection-string", connectionString());
    }

    public static String connectionString() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName("org.ecoreform.test:type=Mongo");
            synchronized (server) {
                if (!server.isRegistered(name)) {
                    EmbeddedViewStore store = EmbeddedViewStore.inMemory(FreePorts.next());
                    String url = store.connectionString();
                    Runtime.getRuntime().addShutdownHook(new Thread(store::close, "mongo-stop"));
                    server.registerMBean(
                            new StandardMBean((MongoControlMBean) () -> url, MongoControlMBean.class), name);
                }
            }
            return (String) server.getAttribute(name, "ConnectionString");
        } catch (JMException e) {
            throw new IllegalStateException("could not start the MongoDB-compatible server", e);
        }
    }

    @Override
    public void stop() {
        // one per test JVM, stopped by a shutdown hook
    }
}
