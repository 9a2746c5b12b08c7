package org.gridline.platform.db;

import org.gridline.testing.PackagedServer;
import org.gridline.testing.PushClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packaged server when its database dies or freezes: the embedded postmaster killed with {@code kill -9} comes
 * back by itself, an external database that stays down makes liveness fail after the configured time, a frozen one
 * (SIGSTOP) gets 503s within the bounds instead of hanging; and the log says so in a few lines, not a stack trace per
 * failed operation.
 */
class DatabaseOutageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path workDir;

    @Test
    void killedEmbeddedPostmasterIsStartedAgainAndWorkContinues() throws Exception {
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.put("GRIDLINE_DATABASE_PROBE_INTERVAL", "1s");
        env.put("GRIDLINE_DATABASE_OUTAGE_SUMMARY_INTERVAL", "3s");
        PushClient pushes = new PushClient();
        try (PackagedServer server = PackagedServer.start(workDir, env)) {
            assertEquals("success", pushes.text(server, "o_before", "路灯坏了", 810_001).body());
            String password = server.embeddedDatabasePassword();
            int port = server.embeddedDatabasePort();
            ProcessHandle postmaster = EmbeddedPostgresServer.postmasterOf(workDir.resolve("data/pg")).orElseThrow();

            postmaster.destroyForcibly(); // kill -9
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            // traffic during the outage: pushes fail (the platform retries them), probes say not ready
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int answeredDuringOutage = 0;
            boolean sawNotReady = false;
            while (true) {
                HttpResponse<String> ready = get(server, "/q/health/ready");
                sawNotReady |= ready.statusCode() == 503;
                // the restart can be quicker than this loop: "back" in the log and ready afterwards is recovery
                if (ready.statusCode() == 200 && (sawNotReady || server.log().contains("is back on port"))) {
                    break;
                }
                assertTrue(System.nanoTime() < deadline, "not ready again within 90 s:\n" + server.log());
                if (pushes.text(server, "o_during", "第" + answeredDuringOutage, 820_000 + answeredDuringOutage)
                        .body().equals("success")) {
                    answeredDuringOutage++; // stored after all (the database was back for this one)
                }
                assertEquals(200, get(server, "/q/health/live").statusCode(), "the pod is not killed for this");
                Thread.sleep(100);
            }
            System.out.printf("kill -9 of the embedded postmaster: readiness seen DOWN: %s%n", sawNotReady);
            assertEquals(200, get(server, "/q/health/live").statusCode());
            assertEquals(port, server.embeddedDatabasePort(), "same port, so the pools reconnect");
            assertNotEquals(postmaster.pid(),
                    EmbeddedPostgresServer.postmasterOf(workDir.resolve("data/pg")).orElseThrow().pid());

            assertEquals("success", pushes.text(server, "o_after", "垃圾没人收", 830_001).body());
            awaitProcessed(server, "o_after");
            String log = server.log();
            assertTrue(log.contains("stopped unexpectedly; starting it again"), log);
            assertTrue(log.contains("is back on port " + port), log);
            assertTrue(log.contains("Database unavailable"), log);
            assertTrue(log.contains("Database available again"), log);
            assertFalse(log.contains(password), "the database password never reaches the log");
            int traces = stackTraces(log);
            System.out.printf("kill -9 of the embedded postmaster: %d stack traces, %d bytes of log%n", traces,
                    log.length());
            assertTrue(traces <= 3, traces + " stack traces in the log:\n" + log);
        }
    }

    @Test
    void externalDatabaseThatStaysDownMakesLivenessFailAfterTheConfiguredTime() throws Exception {
        EmbeddedPostgresServer external = EmbeddedPostgresServer.start(workDir.resolve("external-pg"), false);
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.putAll(Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + external.port() + "/postgres",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + external.port() + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", external.password(),
                "GRIDLINE_ADMIN_PASSWORD", "outage-test-admin-0001",
                "GRIDLINE_DATABASE_PROBE_INTERVAL", "1s",
                "GRIDLINE_DATABASE_UNAVAILABLE_LIVENESS_AFTER", "8s"));
        try (PackagedServer server = PackagedServer.start(workDir.resolve("app"), env)) {
            external.stop(); // an external database is not ours to restart
            long stopped = System.nanoTime();
            assertEquals(200, get(server, "/q/health/live").statusCode(), "a short outage does not kill the pod");
            HttpResponse<String> live;
            while ((live = get(server, "/q/health/live")).statusCode() == 200) {
                assertTrue(System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(40), "liveness stayed UP");
                pushes(server);
                Thread.sleep(250);
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopped);
            assertEquals(503, live.statusCode());
            assertTrue(live.body().contains("unavailable-for"), live.body());
            assertTrue(seconds >= 7, "DOWN only after the configured 8 s, was " + seconds + " s");
            assertEquals(503, get(server, "/q/health/ready").statusCode());
            String log = server.log();
            assertTrue(log.contains("Database unavailable"), log);
            assertTrue(stackTraces(log) <= 3, stackTraces(log) + " stack traces in the log:\n" + log);
        } finally {
            external.stop();
        }
    }

    @Test
    void frozenDatabaseGets503WithinTheBoundsInsteadOfHanging() throws Exception {
        Map<String, String> env = new HashMap<>(PushClient.serverEnv());
        env.put("GRIDLINE_ADMIN_PASSWORD", "outage-test-admin-0001");
        env.put("GRIDLINE_DATABASE_RESPONSE_TIMEOUT", "4s");
        env.put("GRIDLINE_DATABASE_REQUEST_TIMEOUT", "6s");
        env.put("GRIDLINE_DATABASE_HEALTH_TIMEOUT", "1s");
        try (PackagedServer server = PackagedServer.start(workDir, env)) {
            assertEquals(200, login(server).statusCode());
            ProcessHandle postmaster = EmbeddedPostgresServer.postmasterOf(workDir.resolve("data/pg")).orElseThrow();
            List<Long> frozen = new ArrayList<>(List.of(postmaster.pid()));
            postmaster.children().forEach(p -> frozen.add(p.pid()));
            signal("STOP", frozen);
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> ready = get(server, "/q/health/ready");
                long readyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertEquals(503, ready.statusCode(), ready.body());
                assertTrue(readyMs < 4_000, "readiness answered in " + readyMs + " ms; bound 1 s");

                t0 = System.nanoTime();
                HttpResponse<String> refused = login(server);
                long loginMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                System.out.printf("frozen database: readiness 503 in %d ms, login 503 in %d ms%n", readyMs, loginMs);
                assertEquals(503, refused.statusCode(), refused.body() + "\n" + server.log());
                assertTrue(refused.body().contains("\"database-unavailable\""), refused.body());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
                assertTrue(loginMs < 15_000, "the request answered in " + loginMs + " ms; bound 6 s");
            } finally {
                signal("CONT", frozen);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (get(server, "/q/health/ready").statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "not ready again after SIGCONT");
                Thread.sleep(200);
            }
            assertEquals(200, login(server).statusCode(), "works again once the database thaws");
            assertTrue(stackTraces(server.log()) <= 3, server.log());
        }
    }

    /**
     * A stack trace is a run of "\tat ..." lines; counts the runs. Vert.x's "Thread blocked" warnings are left out:
     * they come from a starved CPU (this machine is shared), not from the database, and appear without any outage.
     */
    static int stackTraces(String log) {
        int traces = 0;
        boolean inTrace = false;
        String previous = "";
        for (String line : log.split("\n")) {
            boolean frame = line.startsWith("\tat ") || line.startsWith("        at ");
            if (frame && !inTrace && !previous.contains("io.vertx.core.VertxException: Thread blocked")) {
                traces++;
            }
            if (!frame) {
                previous = line;
            }
            inTrace = frame || (inTrace && (line.startsWith("Caused by") || line.startsWith("\t...")));
        }
        return traces;
    }

    private static void pushes(PackagedServer server) throws Exception {
        new PushClient().text(server, "o_down", "有人吗", System.nanoTime() % 1_000_000_000L);
    }

    private static HttpResponse<String> login(PackagedServer server) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/token")))
                .timeout(Duration.ofSeconds(40)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"outage-test-admin-0001\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Health ({@code /q/…}) is on the management port, everything else on the public one. */
    private static HttpResponse<String> get(PackagedServer server, String path) throws Exception {
        String url = path.startsWith("/q/") ? server.managementUrl(path) : server.url(path);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitProcessed(PackagedServer server, String openid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = server.database()) {
            while (true) {
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM inbox_message WHERE openid = '"
                        + openid + "' AND processed_at IS NOT NULL");
                rs.next();
                if (rs.getLong(1) == 1) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "the push acknowledged after recovery was not processed");
                Thread.sleep(200);
            }
        }
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }
}
