package org.ecoreform.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ecoreform.deploy.Directories;
import org.ecoreform.deploy.LocalLauncher;
import org.ecoreform.deploy.client.SystemClient;

/**
 * The dashboard's time goal, which the browser test only reports: on a system of its own (fresh data, ports + 6000),
 * with nothing else running, the first visit to {@code /} on a phone (a fresh browser context each time) must show the
 * overview within the budget, as the median of several visits. It runs the browser test's own first-visit case
 * (deploy/src/test/browser/dashboard.test.mjs) with {@code INTERACTIVE_BUDGET_MS} and {@code FIRST_VISITS} set.
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("dashboard.data", "target/dashboard-data"))
                .toAbsolutePath();
        int offset = Integer.getInteger("dashboard.portOffset", 6000);
        String budgetMs = System.getProperty("dashboard.budgetMs", "2000");
        String visits = System.getProperty("dashboard.visits", "7");
        Path browserTests = Path.of(System.getProperty("dashboard.tests", "deploy/src/test/browser"))
                .toAbsolutePath();
        LocalLauncher system = new LocalLauncher(Directories.fresh(data), offset, true);
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "dashboard-benchmark-stop"));
        system.start();
        new SystemClient(system.baseUrl("gateway")).awaitReferenceViews(Duration.ofMinutes(2));
        ProcessBuilder node = new ProcessBuilder(
                        "node",
                        "--test",
                        "--test-reporter=spec",
                        "--test-name-pattern=first visit",
                        "dashboard.test.mjs")
                .directory(browserTests.toFile())
                .inheritIO();
        node.environment().put("BASE_URL", system.baseUrl("gateway"));
        node.environment().put("SCREENSHOTS", data.resolve("screenshots").toString());
        node.environment().put("CONTROL_URL", "http://localhost:9/not-used-by-the-first-visit");
        node.environment().put("CATALOGUE_TOKEN", system.token("dashboard-bench", "catalogue-editor", null));
        node.environment().put("PROVINCE_TOKEN", system.token("dashboard-bench", "province-editor", "360000"));
        node.environment().put("INTERACTIVE_BUDGET_MS", budgetMs);
        node.environment().put("FIRST_VISITS", visits);
        Process run = node.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        int exit = finished ? run.exitValue() : 1;
        System.out.printf(
                "%ndashboard: first visit on a phone, median of %s visits, budget %s ms: %s%n",
                visits, budgetMs, exit == 0 ? "PASSED" : "FAILED");
        System.exit(exit);
    }
}
