package org.ecoreform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dashboard calls the API through the TypeScript types generated from the published contract
 * (gateway/target/contract/api.d.ts, written by the gateway's build, which also type-checks the
 * dashboard). This shows the check failing: a probe that passes a parameter the contract does not
 * have, or reads a field it does not have, is refused; the same probe written right passes.
 */
class DashboardTypesTest {

    private static final Path DASHBOARD =
            Path.of("../gateway/src/main/dashboard").toAbsolutePath().normalize();
    private static final Path PROBES = Path.of("target/dashboard-type-probes").toAbsolutePath();

    @Test
    void aCallWithAParameterOrAFieldTheContractDoesNotHaveFailsTheCheck() throws Exception {
        Result wrong = check("wrong", """
                const page = await apiGet('/api/v1/measures', { query: { categories: ['C09'], limit: 5 } });
                const view = await apiGet('/api/v1/views/measures/{id}', { path: { id: 'N2020-57' } });
                export const seen = [page.items[0].nameEn, view.measure.provenance.document];
                """);
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.output())
                .contains("'categories' does not exist")
                .contains("Property 'nameEn' does not exist")
                .doesNotContain("provenance");
    }

    @Test
    void theSameCallWrittenAsTheContractSaysPasses() throws Exception {
        Result right = check("right", """
                const page = await apiGet('/api/v1/measures', { query: { category: ['C09'], limit: 5 } });
                const view = await apiGet('/api/v1/views/measures/{id}', { path: { id: 'N2020-57' } });
                export const seen = [page.items[0].category.nameEn, view.measure.provenance.document];
                """);
        assertThat(right.output()).isEmpty();
        assertThat(right.exitCode()).isZero();
    }

    private record Result(int exitCode, String output) {}

    private static Result check(String name, String body) throws IOException, InterruptedException {
        Path dir = PROBES.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("probe.js"),
                "import { apiGet } from '" + DASHBOARD.resolve("src/api.js") + "';\n" + body,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("tsconfig.json"),
                """
                {
                  "extends": "%s",
                  "compilerOptions": { "baseUrl": "%s" },
                  "include": ["probe.js"]
                }
                """.formatted(DASHBOARD.resolve("tsconfig.json"), DASHBOARD),
                StandardCharsets.UTF_8);
        Process tsc = new ProcessBuilder(
                        "node",
                        DASHBOARD.resolve("node_modules/typescript/bin/tsc").toString(),
                        "--project",
                        dir.resolve("tsconfig.json").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(tsc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tsc.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(tsc.exitValue(), output.strip());
    }
}
