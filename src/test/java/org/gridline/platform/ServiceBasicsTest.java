package org.gridline.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.gridline.platform.db.EmbeddedPostgresConfigSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Health, metrics and API docs on the embedded defaults. */
@QuarkusTest
class ServiceBasicsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("database"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"))
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
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", is("gridline API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
