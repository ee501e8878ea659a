package org.ecoreform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's delivery (its behaviour is tested in a browser by deploy's DashboardBrowserTest):
 * the page is revalidated on every visit, the hashed assets it names are cached for good, nothing
 * comes from another origin.
 */
@QuarkusTest
class DashboardPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[a-z]+-[A-Z0-9]+\\.(?:js|css))\"");

    @Test
    void thePageIsRevalidatedAndItsBundledAssetsAreImmutable() {
        Response page = given().get("/");
        page.then().statusCode(200).contentType("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
        String html = page.asString();
        assertThat(html).doesNotContain("http://", "https://").contains("<main id=\"page\"");
        given().header("If-None-Match", page.header("ETag")).get("/").then().statusCode(304);

        Matcher assets = ASSET.matcher(html);
        int found = 0;
        while (assets.find()) {
            found++;
            Response asset = given().get(assets.group(1));
            asset.then().statusCode(200);
            assertThat(asset.header("Cache-Control"))
                    .as(assets.group(1))
                    .contains("immutable")
                    .contains("max-age=31536000");
            assertThat(asset.contentType())
                    .as(assets.group(1))
                    .startsWith(assets.group(1).endsWith(".js") ? "text/javascript" : "text/css");
        }
        assertThat(found).as("the script and the style sheet").isEqualTo(2);
        Matcher script = ASSET.matcher(html);
        assertThat(script.find()).isTrue();
        given().header("Accept-Encoding", "gzip")
                .get(script.group(1))
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Vary", org.hamcrest.Matchers.equalToIgnoringCase("accept-encoding"));
    }
}
