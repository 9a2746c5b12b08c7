package org.gridline.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.gridline.platform.db.EmbeddedPostgresConfigSource;
import org.gridline.testing.Management;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Health, metrics and API docs on the embedded defaults: on the management port, not on the public one. */
@QuarkusTest
class ServiceBasicsTest {

    @Test
    void readinessIncludesTheDatabase() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("database"));
        Management.given().get("/q/health/live").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("database"));
    }

    @Test
    void theEmbeddedDatabaseIsTheOneInUseAndLivesUnderTheDataDir() {
        assertNotNull(EmbeddedPostgresConfigSource.current(), "no datasource URL was configured");
        assertTrue(EmbeddedPostgresConfigSource.current().dataDirectory().endsWith("target/test-data/pg"),
                EmbeddedPostgresConfigSource.current().dataDirectory().toString());
    }

    @Test
    void prometheusMetricsAreExposed() {
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentIsServedAndSwaggerUiIsOffByDefault() {
        Management.given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", is("gridline API"));
        Management.given().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void nothingOfTheManagementInterfaceIsOnThePublicPort() {
        for (String path : new String[]{"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi",
                "/q/swagger-ui/"}) {
            given().get(path).then().statusCode(404);
        }
        int management = java.net.URI.create(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri())
                .getPort();
        assertTrue(management > 0 && management != OwnServer.port() && management != 9001,
                "a random management port of its own in tests: " + management);
    }
}
