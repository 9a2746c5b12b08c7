package org.gridline.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.gridline.platform.db.EmbeddedPostgresConfigSource;
import org.gridline.testing.Management;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

    /**
     * Every resource of the application has one explicit tag, a plural noun; the simulator's two only while it is on
     * (test-only resources, such as the problem probe, are not the application's).
     */
    @Test
    void theOpenApiTagsAreExactlyTheExpectedPluralNouns() {
        var doc = Management.given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> api = List.of("Audit entries", "Categories", "Communities", "Console pages", "Dead letters",
                "Departments", "Grid members", "Grids", "Ledger checks", "Locations", "Points", "Recruitments",
                "Registrations", "Reports", "Rewards", "Staff accounts", "Statistics", "Streets", "Tokens", "Webhooks");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        boolean simulator = paths.keySet().stream().anyMatch(p -> p.startsWith("/simulator"));
        TreeSet<String> expected = new TreeSet<>(api);
        if (simulator) {
            expected.addAll(List.of("Simulated platform calls", "Simulator chats"));
        }
        assertEquals(expected, new TreeSet<>(doc.<String>getList("tags.name")));
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            boolean ours = path.startsWith("/api/") || path.startsWith("/wechat/") || path.startsWith("/simulator")
                    || path.startsWith("/console");
            if (ours && operation instanceof Map<?, ?> op && method.matches("get|post|put|patch|delete")) {
                Object tags = op.get("tags");
                assertTrue(tags instanceof List<?> l && l.size() == 1 && expected.contains(l.get(0)),
                        method + " " + path + " has tags " + tags);
            }
        }));
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
