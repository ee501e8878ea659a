package org.ecoreform.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.ecoreform.platform.testing.LayerRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The gateway's packages, each named for what it touches: {@code projection} (topics → store),
 * {@code store} (the view store: the only MongoDB code), {@code views} (composing the read views),
 * {@code proxy} (calls to the services), {@code edge} (compression, rate limits, tokens),
 * {@code rest} (HTTP), {@code domain} (the views' records).
 */
@Execution(ExecutionMode.CONCURRENT) // starts nothing shared: runs beside the Quarkus tests
class LayerRulesTest {

    private static final String BASE = "org.ecoreform.gateway";
    private static final String DOMAIN = BASE + ".domain..";
    private static final String STORE = BASE + ".store..";
    private static final String PROJECTION = BASE + ".projection..";
    private static final String VIEWS = BASE + ".views..";
    private static final String PROXY = BASE + ".proxy..";
    private static final String EDGE = BASE + ".edge..";
    private static final String REST = BASE + ".rest..";

    static final List<ArchRule> RULES = List.of(
            noClasses()
                    .that()
                    .resideOutsideOfPackage(STORE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("com.mongodb..", "org.bson..")
                    .because("the view store is read and written in one package"),
            noClasses()
                    .that()
                    .resideInAPackage(DOMAIN)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(STORE, PROJECTION, VIEWS, PROXY, EDGE, REST)
                    .because("the views' records are the bottom layer"),
            noClasses()
                    .that()
                    .resideInAPackage(STORE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(PROJECTION, VIEWS, PROXY, EDGE, REST)
                    .because("the store knows documents, not who writes or reads them"),
            noClasses()
                    .that()
                    .resideInAPackage(PROJECTION)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(PROXY, EDGE, REST)
                    .because("the projection reads topics and writes the store"),
            noClasses()
                    .that()
                    .resideInAPackage(VIEWS)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(PROJECTION, PROXY, REST)
                    .because("views are composed from the store alone"),
            noClasses()
                    .that()
                    .resideInAPackage(PROXY)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(STORE, PROJECTION, VIEWS, REST)
                    .because("the proxy calls the services and nothing of the views"),
            noClasses()
                    .that()
                    .resideInAPackage(EDGE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(STORE, PROJECTION, VIEWS, PROXY, REST)
                    .because("the edge's policies apply to every path alike"),
            noClasses()
                    .that()
                    .resideInAnyPackage(DOMAIN, STORE, PROJECTION, VIEWS)
                    .should()
                    .dependOnClassesThat()
                    .haveFullyQualifiedName("org.ecoreform.platform.problem.ApiException")
                    .because(
                            "below the HTTP edge errors are the domain's; ApiException belongs to rest, the proxy and the edge"),
            noClasses()
                    .that()
                    .resideOutsideOfPackage(REST)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jakarta.ws.rs..")
                    .because("JAX-RS stays in rest"),
            LayerRules.noTestSupport(),
            LayerRules.timeFromTheClock());

    @Test
    void eachPackageTouchesOnlyWhatItsRoleAllows() {
        CompositeArchRule.of(RULES).check(LayerRules.mainClassesOf(BASE));
    }
}
