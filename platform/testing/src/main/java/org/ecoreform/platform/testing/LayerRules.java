package org.ecoreform.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The layer rules every owning service keeps, said once: a file's package tells what it may touch.
 * {@code rest} (HTTP) → {@code service} (rules, transactions) → {@code domain} (entities, values);
 * {@code importer} reads documents and touches nothing stored; {@code event} publishes, never serves
 * HTTP; entities never reach {@code rest}; reads are in {@code XQueries} and writes in {@code XService}
 * (a query stores and announces nothing); a list's filters are a record {@code XFilter}; every "now"
 * comes from the Clock bean; nothing in {@code src/main} uses test support.
 */
public final class LayerRules {

    private LayerRules() {}

    /** The service's own classes of {@code src/main}. */
    public static JavaClasses mainClassesOf(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> of(String base) {
        String rest = base + ".rest..";
        String service = base + ".service..";
        String domain = base + ".domain..";
        String event = base + ".event..";
        String importer = base + ".importer..";
        String config = base + ".config..";
        return List.of(
                noClasses()
                        .that()
                        .resideInAPackage(domain)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(rest, service, event, importer, config)
                        .because("the domain is the bottom layer"),
                noClasses()
                        .that()
                        .resideInAnyPackage(service, event)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(rest, "jakarta.ws.rs..")
                        .because("HTTP stays in rest: services take values and throw domain errors that rest maps"),
                noClasses()
                        .that()
                        .resideInAPackage(importer)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(rest, service, event, "jakarta.persistence..", "io.quarkus.hibernate..")
                        .because("an importer reads documents; storing what it read is the services' job")
                        .allowEmptyShould(true), // a module without documents to read has no importer
                noClasses()
                        .that()
                        .resideInAPackage(rest)
                        .should()
                        .dependOnClassesThat()
                        .areAnnotatedWith("jakarta.persistence.Entity")
                        .because("entities never go on the wire: rest maps the services' records"),
                noClasses()
                        .that()
                        .resideInAPackage(rest)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("jakarta.persistence..")
                        .because("rest does not touch storage"),
                slices().matching(base + ".(*)..")
                        .should()
                        .beFreeOfCycles()
                        .because("a layer that depends on one above it is no layer: services hand states to the event "
                                + "package through StatePublisher, never by its classes"),
                classes()
                        .that()
                        .resideInAPackage(service)
                        .and()
                        .haveSimpleNameEndingWith("Filter")
                        .should()
                        .beRecords()
                        .because("a list's filters are one record, built from the query parameters it names")
                        .allowEmptyShould(true),
                noClasses()
                        .that()
                        .haveSimpleNameEndingWith("Queries")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("org.ecoreform.platform.change.StatePublisher")
                        .orShould()
                        .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.base.DescribedPredicate.describe(
                                        "persist", target -> target.getName().startsWith("persist"))))
                        .because("reads are in XQueries, writes in XService: a query stores and announces nothing")
                        .allowEmptyShould(true),
                noTestSupport(),
                timeFromTheClock());
    }

    /** Every "now" and "today" comes from the service's {@link java.time.Clock} bean, which tests can replace. */
    public static ArchRule timeFromTheClock() {
        return noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Clock.class, "systemUTC")
                .orShould()
                .callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("a test puts the whole service at another moment by replacing the Clock bean");
    }

    /** Nothing in {@code src/main} uses test support. */
    public static ArchRule noTestSupport() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.ecoreform.platform.testing..", "org.junit..", "io.restassured..", "org.assertj..")
                .because("nothing in src/main uses test support");
    }

    /** Below the HTTP edge, errors are the domain's: {@code ApiException} belongs to {@code rest}. */
    public static ArchRule domainErrorsBelowTheEdge(String base) {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".service..", base + ".domain..", base + ".importer..", base + ".event..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.ecoreform.platform.problem.ApiException")
                .because("services throw the domain errors of org.ecoreform.platform.errors; rest maps them");
    }

    /** Checks every rule on an owning service's main classes; the failure lists every violation of every rule. */
    public static void check(String basePackage) {
        List<ArchRule> rules = new java.util.ArrayList<>(of(basePackage));
        rules.add(domainErrorsBelowTheEdge(basePackage));
        check(basePackage, rules);
    }

    private static void check(String basePackage, List<ArchRule> rules) {
        JavaClasses classes = mainClassesOf(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + basePackage);
        }
        CompositeArchRule.of(rules).check(classes);
    }
}
