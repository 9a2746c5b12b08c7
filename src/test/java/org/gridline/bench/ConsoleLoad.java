package org.gridline.bench;

import org.gridline.testing.PackagedServer;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Console benchmark (issue 15): the packaged server on a fresh embedded database, {@code -Dreports=100000} reports
 * (filed over the last {@code -Ddays=365} days in the four demo grids and the street's queue, each with its timeline)
 * written straight into its database, then:
 * <ol>
 *   <li>the queue with the default filter (the last 30 days, newest first, 20 rows and the total), 20 warm-up and
 *   {@code -Drequests=100} measured requests one after another: p50, p99, max (loopback, so the time is the server's),
 *   through the console's page {@code /console/reports} (signed in through its login form) and through the API;
 *   <li>the CSV export of every report: time to the first byte and to the first report's line, total time, bytes,
 *   lines, and the server's heap (its {@code jvm_memory_used_bytes{area="heap"}}, sampled every 20 ms) before, at most
 *   during and after.
 * </ol>
 * Run with {@code bench/console.sh}.
 */
public final class ConsoleLoad {
    private static final String PASSWORD = "bench-admin-password-15";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern HEAP = Pattern.compile(
            "(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");
    private static final Pattern OLD = Pattern.compile(
            "(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*id=\"G1 Old Gen\"[^}]*} (\\S+)$");

    public static void main(String[] args) throws Exception {
        int reports = Integer.getInteger("reports", 100_000);
        int days = Integer.getInteger("days", 365);
        int requests = Integer.getInteger("requests", 100);
        Map<String, String> env = Map.of("GRIDLINE_ADMIN_PASSWORD", PASSWORD,
                "GRIDLINE_DEMO_DIRECTORY", Path.of("config/demo").toAbsolutePath().toString());
        try (PackagedServer server = PackagedServer.start(Files.createTempDirectory("gridline-console"), env)) {
            long t0 = System.nanoTime();
            seed(server, reports, days);
            System.out.printf("seeded %,d reports over %d days (%,d timeline entries) in %.1f s; %,d in the last 30"
                            + " days%n", server.number("SELECT count(*) FROM report"), days,
                    server.number("SELECT count(*) FROM report_event"), (System.nanoTime() - t0) / 1e9,
                    server.number("SELECT count(*) FROM report WHERE created_at >= now() - interval '30 days'"));
            String token = login(server);
            String session = consoleLogin(server);
            queue("page GET /console/reports (the console's queue page)", HttpRequest.newBuilder(URI.create(
                    server.url("/console/reports"))).header("Cookie", "gridline_session=" + session).build(), requests);
            queue("API GET /api/reports/queue (the same search as JSON)", HttpRequest.newBuilder(URI.create(
                    server.url("/api/reports/queue"))).header("Authorization", "Bearer " + token).build(), requests);
            export(server, session, "the default 30 days", "");
            export(server, session, "everything", "?from=2000-01-01");
        }
    }

    /** Reports in the demo city, a fifth of them in each grid or without one, every status, with their timelines. */
    private static void seed(PackagedServer server, int n, int days) throws Exception {
        try (var c = server.database(); var s = c.createStatement()) {
            s.execute("""
                    INSERT INTO report (number, reporter, category_code, level, description, latitude, longitude,
                        address, grid_code, status, assignee, deadline, created_at, updated_at, clock_started_at,
                        department_code, dispatched_at, resolved_at, rating, suspended_at)
                    SELECT 'B' || lpad(i::text, 13, '0'), 'o_bench_' || (i % 5000),
                        (ARRAY['ENV','FAC','SAF','ORD','DIS','CIV','TRA','EPI','WEL','OTH'])[1 + i % 10], 3,
                        '楼下第' || i || '号路灯坏了，晚上很黑，请尽快处理', 22.57 + (i % 100) * 0.0001,
                        113.07 + (i % 100) * 0.0001, '幸福小区' || (1 + i % 6) || '栋',
                        (ARRAY['CS-01','CS-02','QX-01','QX-02',NULL])[1 + i % 5], st.status,
                        CASE WHEN st.status = 'RECEIVED' OR i % 5 = 4 THEN NULL
                             ELSE 'o_demo_worker_g' || (1 + i % 4) || 'a' END,
                        f.at + interval '48 hours', f.at, f.at, f.at,
                        (ARRAY['CGJ','ZJJ','XF','GA','SFS','CGJ','JJ','WJ','MZ','SQ'])[1 + i % 10],
                        CASE WHEN st.status <> 'RECEIVED' THEN f.at + interval '1 minute' END,
                        CASE WHEN st.status IN ('RESOLVED', 'CLOSED') THEN f.at + interval '20 hours' END,
                        CASE WHEN st.status = 'CLOSED' THEN 'SATISFIED' END,
                        CASE WHEN st.status = 'SUSPENDED' THEN f.at + interval '3 hours' END
                    FROM generate_series(1, :n) AS i,
                    LATERAL (SELECT now() - (:days * interval '1 day')
                        * ((i::bigint * 7919) % :n)::float8 / :n AS at) f,
                    LATERAL (SELECT (ARRAY['RECEIVED','DISPATCHED','ACCEPTED','SUSPENDED','RESOLVED','CLOSED',
                        'CLOSED','CLOSED','CANCELLED','RETURNED'])[1 + (i / 5) % 10] AS status) st
                    """.replace(":n", Integer.toString(n)).replace(":days", Integer.toString(days)));
            s.execute("""
                    INSERT INTO report_event (report_id, at, actor, action, note)
                    SELECT id, created_at, reporter, 'RECEIVED', NULL FROM report
                    UNION ALL SELECT id, dispatched_at, 'system', 'DISPATCH', '派给网格员' FROM report
                        WHERE dispatched_at IS NOT NULL
                    UNION ALL SELECT id, created_at + interval '2 hours', coalesce(assignee, 'admin'), 'ACCEPT', NULL FROM report
                        WHERE status IN ('ACCEPTED', 'SUSPENDED', 'RESOLVED', 'CLOSED')
                    UNION ALL SELECT id, resolved_at, coalesce(assignee, 'admin'), 'RESOLVE', '已修好' FROM report
                        WHERE resolved_at IS NOT NULL
                    UNION ALL SELECT id, resolved_at + interval '1 day', reporter, 'RATE_SATISFIED', '满意' FROM report
                        WHERE status = 'CLOSED'
                    UNION ALL SELECT id, created_at + interval '5 hours', 'admin', 'CANCEL', '重复' FROM report
                        WHERE status = 'CANCELLED'
                    """);
            // what autovacuum does soon after such a load: statistics, and the visibility map that lets the count
            // over the days read the index alone
            s.execute("VACUUM ANALYZE report");
            s.execute("VACUUM ANALYZE report_event");
        }
    }

    private static String login(PackagedServer server) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/token")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    /** Signs in through the console's form (its CSRF cookie and field); the session cookie's value. */
    private static String consoleLogin(PackagedServer server) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/console/login")))
                .build(), HttpResponse.BodyHandlers.ofString());
        String nonce = cookie(form, "gridline_login");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String body = "username=admin&password=" + PASSWORD + "&csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/console/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "gridline_login=" + nonce)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return cookie(signedIn, "gridline_session");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " cookie: "
                        + response.statusCode() + " " + response.headers().map()));
    }

    private static void queue(String label, HttpRequest request, int requests) throws Exception {
        HttpResponse<String> first = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher total = Pattern.compile("\"total\":(\\d+)|共 (\\d+) 条").matcher(first.body());
        System.out.printf("%s, default filter: status %d, total %s, %d characters%n", label, first.statusCode(),
                total.find() ? (total.group(1) != null ? total.group(1) : total.group(2)) : "?",
                first.body().length());
        for (int i = 0; i < 20; i++) {
            HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        LatencyRecorder times = new LatencyRecorder();
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                times.record((System.nanoTime() - t) / 1000);
            } else {
                times.error();
            }
        }
        System.out.printf("  %d requests, %d errors: %s%n", times.count(), times.errors(), times.percentiles());
    }

    private static void export(PackagedServer server, String session, String label, String query)
            throws Exception {
        long before = heap(server, HEAP);
        long oldBefore = heap(server, OLD);
        AtomicLong peak = new AtomicLong(before);
        AtomicLong oldPeak = new AtomicLong(oldBefore);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(heap(server, HEAP), Math::max);
                    oldPeak.accumulateAndGet(heap(server, OLD), Math::max);
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(
                "/console/reports/export.csv" + query))).header("Cookie", "gridline_session=" + session)
                .build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = 0;
        long firstReport = 0;
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                long now = System.nanoTime();
                firstByte = firstByte == 0 ? now - t0 : firstByte;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n' && ++lines == 2) {
                        firstReport = now - t0;
                    }
                }
                bytes += read;
            }
        }
        long total = System.nanoTime() - t0;
        running.set(false);
        sampler.join();
        long after = heap(server, HEAP);
        System.out.printf("export of %s: status %d, %,d bytes, %,d lines (header + %,d reports)%n",
                label, response.statusCode(), bytes, lines, lines - 1);
        System.out.printf("  first byte %.0f ms, first report's line %.0f ms, total %.2f s (%.0f reports/s)%n",
                firstByte / 1e6, firstReport / 1e6, total / 1e9, (lines - 1) / (total / 1e9));
        System.out.printf("  server heap used: before %.0f MB, peak during %.0f MB (+%.0f MB), after %.0f MB"
                        + " (max heap -Xmx512m)%n", before / 1e6, peak.get() / 1e6, (peak.get() - before) / 1e6,
                after / 1e6);
        System.out.printf("  of it the old generation (what survives collections): before %.0f MB, peak %.0f MB"
                + " (+%.0f MB)%n", oldBefore / 1e6, oldPeak.get() / 1e6, (oldPeak.get() - oldBefore) / 1e6);
        System.out.printf("  audit: %,d rows recorded for the export%n", server.number(
                "SELECT row_count FROM audit_entry WHERE kind = 'EXPORT' ORDER BY id DESC LIMIT 1"));
    }

    /** The server's used heap in bytes (the pools the pattern matches), from its metrics on the management port. */
    private static long heap(PackagedServer server, Pattern pools) throws Exception {
        String metrics = server.managementGet("/q/metrics").body();
        Matcher m = pools.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return (long) sum;
    }
}
