package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser against the shared whole system: Debian's Chromium driven by
 * playwright-core (src/test/browser/dashboard.test.mjs, Node's own test runner). The test installs
 * what it needs: Chromium and a CJK font from Debian's packages, playwright-core from npm.
 * Screenshots of every page at desktop and phone size land in target/dashboard-screenshots.
 */
class DashboardBrowserTest extends SharedSystemTest {

    private static final Path BROWSER_TESTS = Path.of("src/test/browser").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/dashboard-screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Without a CJK font the Chinese interface renders as boxes in the screenshots. */
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @Test
    void everyPageShowsTheApisNumbersAndFollowsLiveChanges() throws Exception {
        installBrowser();
        assertThat(run(BROWSER_TESTS, Map.of(), 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")).as("npm ci").isZero();

        HttpServer control = gatewayControl();
        int exit;
        try {
            exit = run(BROWSER_TESTS, Map.of(
                            "BASE_URL", system.baseUrl("gateway"),
                            "CONTROL_URL", "http://localhost:" + control.getAddress().getPort(),
                            "SCREENSHOTS", SCREENSHOTS.toString(),
                            "CATALOGUE_TOKEN", system.token("dashboard-test-editor", "catalogue-editor", null),
                            "PROVINCE_TOKEN", system.token("dashboard-test-jiangxi", "province-editor", "360000")),
                    600, "node", "--test", "--test-reporter=spec", "dashboard.test.mjs");
        } finally {
            control.stop(0);
        }

        assertThat(exit).as("dashboard.test.mjs (its report is in the test output above)").isZero();
        try (var shots = Files.list(SCREENSHOTS)) {
            List<String> names = shots.map(p -> p.getFileName().toString()).toList();
            for (String page : List.of("overview", "overview-attainment", "province-qinghai", "province-jiangxi", "framework", "measure", "search")) {
                assertThat(names).as("screenshots of " + page).contains(page + "-desktop.png", page + "-phone.png");
            }
        }
    }

    /** Lets the browser test restart the gateway under an open page: POST /gateway/restart (kill, start, healthy). */
    private HttpServer gatewayControl() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/gateway/restart", exchange -> {
            int status = 204;
            try {
                system.kill("gateway");
                system.restart("gateway");
            } catch (Exception e) {
                status = 500;
                e.printStackTrace();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void installBrowser() throws Exception {
        if (Files.isExecutable(CHROMIUM) && Files.exists(CJK_FONT)) {
            return;
        }
        List<String> install = List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "fonts-wqy-microhei");
        if (run(Path.of("."), Map.of("DEBIAN_FRONTEND", "noninteractive"), 900, asRoot(install)) != 0) {
            run(Path.of("."), Map.of("DEBIAN_FRONTEND", "noninteractive"), 900, asRoot(List.of("apt-get", "update")));
            assertThat(run(Path.of("."), Map.of("DEBIAN_FRONTEND", "noninteractive"), 900, asRoot(install))).as("apt-get install chromium").isZero();
        }
    }

    private static String[] asRoot(List<String> command) {
        List<String> full = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("sudo", "-n", "-E"));
        }
        full.addAll(command);
        return full.toArray(String[]::new);
    }

    /** Runs a command, copying its output into the test output; returns its exit code. */
    private static int run(Path directory, Map<String, String> environment, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread copier = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(line -> System.out.println("  | " + line));
            } catch (IOException e) {
                // the process ended
            }
        });
        copier.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            copier.join(5000);
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
        }
        copier.join(5000);
        return process.exitValue();
    }
}
