package org.gridline.auth;

import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packaged server in the prod profile: on the embedded defaults it generates the admin password once and prints
 * it, the signing key lives in the database (encrypted with a key from a mode-600 file of the data folder) so tokens
 * outlive a restart, and the demo city is there; on an external
 * database without GRIDLINE_ADMIN_PASSWORD it refuses to create a passwordless admin.
 */
class StaffLoginIT {
    private static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    @Test
    void theGeneratedAdminPasswordIsPrintedOnceAndTokensSurviveARestart() throws Exception {
        copyDemo();
        String password;
        String token;
        try (PackagedServer first = PackagedServer.start(workDir, Map.of())) {
            Matcher m = GENERATED.matcher(first.log());
            assertTrue(m.find(), first.log());
            password = m.group(1);
            token = login(first, password);
            assertEquals(401, send(first, "GET", "/api/grids", null, null).statusCode());
            HttpResponse<String> grids = send(first, "GET", "/api/grids", null, token);
            assertEquals(200, grids.statusCode());
            assertTrue(grids.body().contains("昌盛社区第一网格"), grids.body());
            HttpResponse<String> located = send(first, "GET", "/api/locate?lat=22.578&lng=113.079", null, token);
            assertTrue(located.body().contains("\"gridCode\":\"CS-01\""), located.body());
            assertTrue(first.log().contains("stored it in the database, encrypted with key-encryption key"),
                    first.log());
            first.terminate();
        }
        Path kek = workDir.resolve("data/token-key-encryption.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kek)));
        try (PackagedServer second = PackagedServer.start(workDir, Map.of())) {
            assertFalse(GENERATED.matcher(second.log()).find(), "printed only at the first start");
            assertFalse(second.log().contains("ERROR"), second.log());
            assertEquals(200, send(second, "GET", "/api/streets", null, token).statusCode(), "same key after restart");
            assertNotNull(login(second, password));
        }
    }

    @Test
    void withoutAnAdminPasswordOnAnExternalDatabaseNoAdminIsCreated() throws Exception {
        var external = org.gridline.platform.db.EmbeddedPostgresServer.start(workDir.resolve("external-pg"), false);
        try {
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + external.port() + "/postgres",
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + external.port() + "/postgres",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", external.password());
            try (PackagedServer server = PackagedServer.start(workDir.resolve("app"), env)) {
                assertTrue(server.log().contains("refusing to create a login without a password"), server.log());
                assertFalse(GENERATED.matcher(server.log()).find());
                assertFalse(server.log().contains("Demo city loaded"), "no demo outside the embedded database");
                assertEquals(401, send(server, "POST", "/api/auth/token",
                        "{\"username\":\"admin\",\"password\":\"anything-at-all\"}", null).statusCode());
            }
        } finally {
            external.stop();
        }
    }

    private void copyDemo() throws Exception {
        Path demo = Files.createDirectories(workDir.resolve("config/demo"));
        for (String file : new String[]{"city.yaml", "people.yaml", "departments.yaml"}) {
            Files.copy(Path.of("config/demo", file), demo.resolve(file));
        }
    }

    private static String login(PackagedServer server, String password) throws Exception {
        HttpResponse<String> answer = send(server, "POST", "/api/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + password + "\"}", null);
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }

    private static HttpResponse<String> send(PackagedServer server, String method, String path, String json,
                                             String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
