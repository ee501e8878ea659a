package org.ecoreform.indicators;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.ecoreform.platform.testing.JwtTestResource;
import org.ecoreform.platform.testing.KafkaTestResource;
import org.ecoreform.platform.testing.PostgresTestResource;

/** The real parts every test of this module runs against, started once for the test JVM. */
@WithTestResource(
        value = PostgresTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
