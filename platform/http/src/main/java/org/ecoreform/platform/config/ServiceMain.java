package org.ecoreform.platform.config;

import io.quarkus.runtime.Quarkus;
import org.ecoreform.platform.reference.ClasspathText;

/**
 * The main class of every service ({@code quarkus.package.main-class}): the services differ only by
 * their settings, so one entry point reads which ones the service cannot run without from its own
 * {@code application.properties} ({@link RequiredSettings#declaredIn}), refuses to start in
 * production while one is missing, and starts Quarkus.
 */
public final class ServiceMain {

    private ServiceMain() {}

    public static void main(String... args) {
        RequiredSettings.declaredIn(ClasspathText.read("application.properties"))
                .checkBeforeStart();
        Quarkus.run(args);
    }
}
