package org.ecoreform.gateway;

import org.ecoreform.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of {@link LayerRules}, on the gateway's own classes; not yet the domain-errors rule:
 * its proxy still throws ApiException from the service package.
 */
class LayerRulesTest {

    @Test
    void eachPackageTouchesOnlyWhatItsRoleAllows() {
        LayerRules.checkLayers("org.ecoreform.gateway");
    }
}
