package org.gridline.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) run as an operator runs it: its own process,
 * its own working directory, configured by environment variables. Used by the {@code *IT} tests and the benchmarks.
 */
public final class PackagedServer implements AutoCloseable {
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded PostgreSQL ready on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;
    private final long startMillis;
    private final Path dataDir;

    private PackagedServer(Process process, Path log, int port, long startMillis, Path dataDir) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startMillis = startMillis;
        this.dataDir = dataDir;
    }

    /** Starts the jar in {@code workDir} and waits until {@code /q/health/ready} answers UP. */
    public static PackagedServer start(Path workDir, Map<String, String> env) throws Exception {
        return start(workDir, env, List.of());
    }

    /** The same, with the java command behind {@code prefix} (e.g. {@code runuser -u nobody --}). */
    public static PackagedServer start(Path workDir, Map<String, String> env, List<String> prefix) throws Exception {
        return start(workDir, env, prefix, Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath());
    }

    /** The same, running the given copy of the packaged application. */
    public static PackagedServer start(Path workDir, Map<String, String> env, List<String> prefix, Path jar)
            throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the application first (mvn package): " + jar + " is missing");
        }
        Files.createDirectories(workDir);
        int port = freePort();
        Path log = Files.createTempFile(workDir, "server-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java, "-Xmx512m", "-Djava.io.tmpdir=" + workDir.resolve("tmp"), "-jar", jar.toString()));
        Files.createDirectories(workDir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Path dataDir = workDir.resolve(env.getOrDefault("GRIDLINE_DATA_DIR", "data"));
        PackagedServer server = new PackagedServer(pb.start(), log, port, 0, dataDir);
        server.awaitReady(Duration.ofSeconds(180)); // a shared 2-core machine under load takes this long
        return new PackagedServer(server.process, log, port, Duration.ofNanos(System.nanoTime() - t0).toMillis(),
                dataDir);
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Milliseconds from process start to ready. */
    public long startMillis() {
        return startMillis;
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Port of the embedded PostgreSQL this server started, read from its log. */
    public int embeddedDatabasePort() throws IOException {
        Matcher m = EMBEDDED_PORT.matcher(log());
        if (!m.find()) {
            throw new IllegalStateException("This server started no embedded database");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The generated password of this server's embedded database (kept in its data folder). */
    public String embeddedDatabasePassword() throws IOException {
        return Files.readString(dataDir.resolve("pg/gridline-password")).trim();
    }

    /** A JDBC connection to the embedded database of this server. */
    public java.sql.Connection database() throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + embeddedDatabasePort() + "/postgres",
                "postgres", embeddedDatabasePassword());
    }

    /** The single number a query answers, e.g. a count. */
    public long number(String sql) throws Exception {
        try (var c = database(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** All descendant processes (the embedded postmaster and its workers). */
    public List<ProcessHandle> descendants() {
        List<ProcessHandle> all = new ArrayList<>();
        process.descendants().forEach(all::add);
        return all;
    }

    /** SIGTERM and wait: what an orchestrator does to stop a pod. Returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL of the JVM alone: its children (the postmaster) survive, as after a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> ready = get("/q/health/ready");
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("server not ready within " + timeout + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
