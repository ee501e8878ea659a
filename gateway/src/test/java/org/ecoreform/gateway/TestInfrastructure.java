package org.ecoreform.gateway;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.ecoreform.platform.testing.JwtTestResource;
import org.ecoreform.platform.testing.KafkaTestResource;
import org.ecoreform.platform.testing.MongoTestResource;

/** Real parts for the gateway's tests: Kafka, the MongoDB-compatible view store, and the three services. */
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MongoTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {}
}
