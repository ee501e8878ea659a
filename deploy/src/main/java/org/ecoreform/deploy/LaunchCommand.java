package org.ecoreform.deploy;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/local/run.sh [--infra-only]}: the whole system, or just its infrastructure (for services run in
 * Quarkus dev mode), configured from the environment, until Ctrl-C stops everything.
 */
public final class LaunchCommand {

    private LaunchCommand() {}

    public static void main(String[] args) throws Exception {
        boolean infraOnly = List.of(args).contains("--infra-only");
        if (args.length > (infraOnly ? 1 : 0)) {
            System.err.println("usage: deploy/local/run.sh [--infra-only]");
            System.exit(2);
        }
        LocalLauncher launcher = new LocalLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "local-launcher-stop"));
        try {
            if (infraOnly) {
                launcher.startInfrastructureOnly();
                new CountDownLatch(1).await(); // until Ctrl-C
            }
            launcher.start();
        } catch (LaunchException e) {
            System.err.println("ecoreform: " + e.getMessage());
            launcher.stop();
            System.exit(1);
        }
        launcher.awaitExit();
    }
}
