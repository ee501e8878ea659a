package org.ecoreform.platform.config;

import io.quarkus.runtime.LaunchMode;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The environment variables a service cannot run in production without. The defaults in
 * application.properties point at the local launcher's infrastructure (localhost, postgres/postgres);
 * in production a forgotten variable must stop the start with one line that names it, not let the
 * service come up against the wrong database or trust tokens from nobody in particular.
 *
 * <p>Checked by {@link ServiceMain}, before Quarkus starts (its own failure would be a long
 * stack trace about an inactive datasource), and only in production: dev mode and tests keep their
 * defaults.
 */
public final class RequiredSettings {

    /** A variable and what it is for (said when it is missing). */
    public record Setting(String name, String meaning) {}

    /** Shared by every service. */
    public static final List<Setting> KAFKA_AND_TOKENS = List.of(
            new Setting("KAFKA_BOOTSTRAP_SERVERS", "the Kafka cluster, host:port[,host:port…]"),
            new Setting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "the token issuer's public key: a PEM file or a JWKS URL"),
            new Setting("ECOREFORM_JWT_ISSUER", "the expected iss of tokens"));

    private final String service;
    private final Map<String, String> variables;

    private RequiredSettings(String service, Map<String, String> variables) {
        this.service = service;
        this.variables = variables;
    }

    /** The variables of a service, in the order they are named when missing. */
    @SafeVarargs
    public static RequiredSettings of(String service, List<Setting>... groups) {
        Map<String, String> all = new LinkedHashMap<>();
        Arrays.stream(groups).flatMap(List::stream).forEach(setting -> all.put(setting.name(), setting.meaning()));
        return new RequiredSettings(service, all);
    }

    /**
     * The settings a service's {@code application.properties} declares: its name from
     * {@code quarkus.application.name}, then one line {@code ecoreform.required.VARIABLE=what it is
     * for} per variable, in file order, and {@link #KAFKA_AND_TOKENS} after them.
     */
    public static RequiredSettings declaredIn(String applicationProperties) {
        String service = "service";
        List<Setting> declared = new java.util.ArrayList<>();
        for (String line : applicationProperties.split("\\R")) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.startsWith("#") || equals < 0) {
                continue;
            }
            String key = trimmed.substring(0, equals).strip();
            String value = trimmed.substring(equals + 1).strip();
            if (key.equals("quarkus.application.name")) {
                service = value;
            } else if (key.startsWith(DECLARATION)) {
                declared.add(new Setting(key.substring(DECLARATION.length()), value));
            }
        }
        return of(service, declared, KAFKA_AND_TOKENS);
    }

    private static final String DECLARATION = "ecoreform.required.";

    /** The variables that are unset or blank in {@code environment}, in declaration order. */
    public List<String> missing(Function<String, String> environment) {
        return variables.keySet().stream()
                .filter(name -> Optional.ofNullable(environment.apply(name))
                        .map(String::isBlank)
                        .orElse(true))
                .toList();
    }

    /** One line naming every missing variable and what it is for; empty when none is missing. */
    public Optional<String> complaint(Function<String, String> environment) {
        List<String> missing = missing(environment);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder(service).append(" cannot start in production: ");
        for (int i = 0; i < missing.size(); i++) {
            line.append(i == 0 ? "" : "; ")
                    .append(missing.get(i))
                    .append(" is not set (")
                    .append(variables.get(missing.get(i)))
                    .append(')');
        }
        return Optional.of(
                line.append(". See docs/operations.md, \"Production\".").toString());
    }

    /**
     * In production (a packaged service whose profile was not changed), prints the complaint on
     * standard error and exits with status 78 (EX_CONFIG) when a variable is missing.
     */
    public void checkBeforeStart() {
        if (!inProduction()) {
            return;
        }
        Optional<String> complaint = complaint(System::getenv);
        if (complaint.isPresent()) {
            PrintStream err = System.err;
            err.println(complaint.get());
            err.flush();
            System.exit(78);
        }
    }

    private static boolean inProduction() {
        String profile =
                Optional.ofNullable(System.getProperty("quarkus.profile")).orElse(System.getenv("QUARKUS_PROFILE"));
        boolean prodProfile = profile == null
                || profile.isBlank()
                || List.of(profile.split(",")).contains("prod");
        return LaunchMode.current() == LaunchMode.NORMAL && prodProfile;
    }
}
