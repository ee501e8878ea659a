package org.ecoreform.measures.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "ecoreform.catalogue")
public interface CatalogueConfig {

    /** Reference documents (classpath resources) imported on first start. */
    @WithDefault("reference/000_7b19ea8164b41faf.txt")
    List<String> referenceDocuments();

    /** The policy framework the measures are linked to (the 2015 overall reform plan), imported once. */
    @WithDefault("reference/003_3ace114568b9b4df.txt")
    String frameworkDocument();

    /** Import the reference documents on start when they are not loaded yet. */
    @WithDefault("true")
    boolean loadOnStart();
}
