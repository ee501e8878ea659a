package org.ecoreform.adoption.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ecoreform.adoption")
public interface AdoptionConfig {

    /** Import the shipped reference notice once the catalogue replica has caught up. */
    @WithDefault("true")
    boolean loadOnStart();

    Reference reference();

    /** Where "today" is for effective dates: a progress report dated after today there is refused. */
    @WithDefault(org.ecoreform.platform.change.Timestamps.REFORM_TIME_ZONE_ID)
    java.time.ZoneId timeZone();

    /** A name match at or above this score links a row to a measure. */
    @WithDefault("0.85")
    double matchThreshold();

    /** Below the match threshold but at or above this, a row is reported as uncertain. */
    @WithDefault("0.6")
    double uncertainThreshold();

    /** The reference notice shipped with the service. */
    interface Reference {
        @WithDefault("reference/002_05979245d1a96796.txt")
        String resource();

        @WithDefault("青发改生态〔2021〕106号")
        String documentNumber();

        @WithDefault("630000")
        String province();
    }
}
