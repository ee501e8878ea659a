package org.ecoreform.platform.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/** Formats a KRaft node's log directory, as {@code kafka-storage.sh format} does, in-process. */
public final class KRaftStorage {

    private KRaftStorage() {}

    /**
     * @param scramArguments users created with the cluster, e.g. {@code SCRAM-SHA-512=[name=…,password=…]}
     */
    public static void format(Path directory, int nodeId, String clusterId, List<String> scramArguments)
            throws IOException {
        try {
            new Formatter()
                    .setPrintStream(System.out)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(directory.toString()))
                    .setMetadataLogDirectory(directory.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .setScramArguments(scramArguments)
                    .run();
        } catch (Exception e) {
            throw new IOException("could not format the KRaft log directory " + directory, e);
        }
    }
}
