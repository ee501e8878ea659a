package org.ecoreform.gateway;

import org.ecoreform.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;

/** The layer rules of {@link LayerRules}, on the gateway's own classes. */
class LayerRulesTest {

    @Test
    void eachPackageTouchesOnlyWhatItsRoleAllows() {
        LayerRules.check("org.ecoreform.gateway");
    }
}
