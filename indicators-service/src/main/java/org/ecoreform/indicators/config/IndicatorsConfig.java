package org.ecoreform.indicators.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "ecoreform.indicators")
public interface IndicatorsConfig {

    /** Plan documents (classpath resources) whose targets are imported on first start, in order. */
    @WithDefault("reference/001_b109216fcd3a97d1.txt,reference/004_e87c28fe4a3b5554.txt")
    List<String> referenceDocuments();

    @WithDefault("true")
    boolean loadOnStart();
}
