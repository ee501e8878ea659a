package org.ecoreform.measures;

import org.ecoreform.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The layer rules of {@link LayerRules}, on this service's own classes. */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class LayerRulesTest {

    @Test
    void eachPackageTouchesOnlyWhatItsRoleAllows() {
        LayerRules.check("org.ecoreform.measures");
    }
}
