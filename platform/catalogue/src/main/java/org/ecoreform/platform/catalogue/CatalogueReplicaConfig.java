package org.ecoreform.platform.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.ecoreform.platform.contracts.EventTopics;

/** The catalogue replica of a service: which topic it reads, and whether this process reads it. */
@ConfigMapping(prefix = "ecoreform.catalogue-replica")
public interface CatalogueReplicaConfig {

    /** The catalogue's compacted state topic. */
    @WithDefault(EventTopics.MEASURES)
    String topic();

    /** Off in processes that must not consume (a test of something else); the replica then counts as ready. */
    @WithDefault("true")
    boolean enabled();
}
