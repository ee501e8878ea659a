package org.ecoreform.platform.testing;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link ContractValidation} in front of every test class, so no test class can forget it.
 * A {@code @QuarkusTest} class runs in the application's class loader, with a REST Assured of its
 * own: the Quarkus callbacks install the filter there; plain classes get it through JUnit's
 * extension auto-detection (switched on in the root pom). Both registered in META-INF/services.
 */
public final class ContractValidationExtension
        implements BeforeAllCallback, AfterAllCallback, QuarkusTestBeforeClassCallback, QuarkusTestAfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ContractValidation.install();
    }

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractValidation.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        report();
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        report();
    }

    private static void report() {
        if (ContractValidation.INSTANCE.checked() > 0) {
            System.out.println("Contract check ("
                    + java.nio.file.Path.of("").toAbsolutePath().getFileName() + "): "
                    + ContractValidation.INSTANCE.checked()
                    + " answers validated against the published OpenAPI document so far");
        }
    }
}
