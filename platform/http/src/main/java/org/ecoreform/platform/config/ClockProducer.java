package org.ecoreform.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of a service: every "now" and "today" in main code is read from it, so a test can
 * put the whole service at another moment ({@code QuarkusMock.installMockForType}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
