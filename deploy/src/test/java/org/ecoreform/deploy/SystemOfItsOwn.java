package org.ecoreform.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that drives a whole system of its own (in-process launcher, fresh data, ports shifted), stopped after each test. */
abstract class SystemOfItsOwn {

    @TempDir
    Path data;

    LocalLauncher system;

    LocalLauncher startSystem() throws Exception {
        system = new LocalLauncher(data, LocalLauncherTest.freePortOffset(), true);
        system.start();
        return system;
    }

    @AfterEach
    void stopSystem() {
        if (system != null) {
            system.stop();
        }
    }
}
