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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The dashboard in a real browser against the shared whole system: Debian's Chromium driven by
 * playwright-core (src/test/browser/dashboard.test.mjs, Node's own test runner). It installs
 * nothing: Chromium and a CJK font come from deploy/setup/browser-prerequisites.sh, playwright-core
 * from the build's npm ci; a missing one fails the test at once, before the system starts, with
 * one line saying what to run. Screenshots of every page at desktop and phone size land in
 * target/dashboard-screenshots. It reports how soon the first visit is usable but does not judge it: that time goal
 * is deploy/bench/dashboard.sh's, on a machine doing nothing else.
 */
@ExtendWith(DashboardBrowserTest.Prerequisites.class)
class DashboardBrowserTest extends SharedSystemTest {

    private static final Path BROWSER_TESTS = Path.of("src/test/browser").toAbsolutePath();
    private static final Path SCREENSHOTS =
            Path.of("target/dashboard-screenshots").toAbsolutePath();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Without a CJK font the Chinese interface renders as boxes in the screenshots. */
    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** Node.js the test runner and playwright-core need (node --test, ES modules). */
    private static final int NODE_MAJOR = 20;

    private static final String SETUP = "run deploy/setup/browser-prerequisites.sh as root (or with sudo)";

    /** Checks what the browser test needs before anything starts; fails with one line naming what to install and how. */
    static final class Prerequisites implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new AssertionError("Chromium is missing (" + CHROMIUM + "): " + SETUP);
            }
            if (!Files.exists(CJK_FONT)) {
                throw new AssertionError("the CJK font is missing (" + CJK_FONT + "): " + SETUP);
            }
            int major = nodeMajorVersion();
            if (major < NODE_MAJOR) {
                throw new AssertionError(
                        "Node.js " + NODE_MAJOR + " or newer is needed (found " + (major < 0 ? "none" : "v" + major)
                                + "): install it from https://nodejs.org or the distribution's nodejs package");
            }
            if (!Files.isDirectory(BROWSER_TESTS.resolve("node_modules/playwright-core"))) {
                throw new AssertionError("playwright-core is missing in " + BROWSER_TESTS
                        + ": build with ./mvnw verify (its npm ci installs it)");
            }
        }

        private static int nodeMajorVersion() {
            try {
                Process node = new ProcessBuilder("node", "--version")
                        .redirectErrorStream(true)
                        .start();
                String version = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                node.waitFor(10, TimeUnit.SECONDS);
                return version.startsWith("v") ? Integer.parseInt(version.substring(1, version.indexOf('.'))) : -1;
            } catch (IOException | InterruptedException | RuntimeException e) {
                return -1;
            }
        }
    }

    @Test
    void everyPageShowsTheApisNumbersAndFollowsLiveChanges() throws Exception {

        HttpServer control = gatewayControl();
        int exit;
        try {
            exit = run(
                    BROWSER_TESTS,
                    Map.of(
                            "BASE_URL", system.baseUrl("gateway"),
                            "CONTROL_URL",
                                    "http://localhost:" + control.getAddress().getPort(),
                            "SCREENSHOTS", SCREENSHOTS.toString(),
                            "CATALOGUE_TOKEN", system.token("dashboard-test-editor", "catalogue-editor", null),
                            "PROVINCE_TOKEN", system.token("dashboard-test-jiangxi", "province-editor", "360000")),
                    600,
                    "node",
                    "--test",
                    "--test-reporter=spec",
                    "dashboard.test.mjs");
        } finally {
            control.stop(0);
        }

        assertThat(exit)
                .as("dashboard.test.mjs (its report is in the test output above)")
                .isZero();
        try (var shots = Files.list(SCREENSHOTS)) {
            List<String> names = shots.map(p -> p.getFileName().toString()).toList();
            for (String page : List.of(
                    "overview",
                    "overview-attainment",
                    "province-qinghai",
                    "province-jiangxi",
                    "framework",
                    "measure",
                    "search")) {
                assertThat(names).as("screenshots of " + page).contains(page + "-desktop.png", page + "-phone.png");
            }
        }
    }

    /**
     * The reporting workspace (src/test/browser/workspace.test.mjs): signed in through the system's own
     * sign-in provider's login page, progress reported through the form, the workbook round trip, the
     * session's end and sign-out, axe and the keyboard.
     */
    @Test
    void theWorkspaceReportsThroughTheSignInProvidersSession() throws Exception {
        int exit = run(
                BROWSER_TESTS,
                Map.of(
                        "BASE_URL", system.baseUrl("gateway"),
                        "SCREENSHOTS", SCREENSHOTS.toString(),
                        "OTHER_TOKEN", system.token("workspace-test-gansu", "province-editor", "620000")),
                600,
                "node",
                "--test",
                "--test-reporter=spec",
                "workspace.test.mjs");

        assertThat(exit)
                .as("workspace.test.mjs (its report is in the test output above)")
                .isZero();
        try (var shots = Files.list(SCREENSHOTS)) {
            List<String> names = shots.map(p -> p.getFileName().toString()).toList();
            for (String page : List.of("workspace-attention", "workspace-record", "workspace-workbook")) {
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

    /** Runs a command, copying its output into the test output; returns its exit code. */
    private static int run(Path directory, Map<String, String> environment, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread copier = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
