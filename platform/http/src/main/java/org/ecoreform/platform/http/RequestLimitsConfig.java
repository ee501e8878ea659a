package org.ecoreform.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ecoreform.http")
public interface RequestLimitsConfig {

    /** Largest request body accepted, in bytes; larger ones get 413 problem+json. */
    @WithDefault("1048576")
    long maxBodyBytes();
}
