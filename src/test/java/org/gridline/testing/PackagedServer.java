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
    private final Launch launch;
    private final long startMillis;
    private final Path dataDir;

    /** What is needed to start the same server again: folder, environment, command prefix, jar and both ports. */
    private record Launch(Path workDir, Map<String, String> env, List<String> prefix, Path jar, int port,
                          int managementPort) {
    }

    private PackagedServer(Process process, Path log, Launch launch, long startMillis, Path dataDir) {
        this.process = process;
        this.log = log;
        this.launch = launch;
        this.startMillis = startMillis;
        this.dataDir = dataDir;
    }

    /**
     * Starts the jar in {@code workDir} and waits until {@code /q/health/ready} answers UP on its management port.
     * Both ports are free ones chosen here ({@code QUARKUS_HTTP_PORT}, {@code QUARKUS_MANAGEMENT_PORT}).
     */
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
        return start(new Launch(workDir, Map.copyOf(env), List.copyOf(prefix), jar, freePort(), freePort()));
    }

    private static PackagedServer start(Launch launch) throws Exception {
        Path workDir = launch.workDir();
        Files.createDirectories(workDir);
        Path log = Files.createTempFile(workDir, "server-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(launch.prefix());
        command.addAll(List.of(java, "-Xmx512m", "-Djava.io.tmpdir=" + workDir.resolve("tmp"), "-jar",
                launch.jar().toString()));
        Files.createDirectories(workDir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(launch.port()));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(launch.managementPort()));
        pb.environment().putAll(launch.env());
        long t0 = System.nanoTime();
        Path dataDir = launch.workDir().resolve(launch.env().getOrDefault("GRIDLINE_DATA_DIR", "data"));
        PackagedServer server = new PackagedServer(pb.start(), log, launch, 0, dataDir);
        server.awaitReady(Duration.ofSeconds(180)); // a loaded machine (2 cores, 8 builds) can take over 90 s
        return new PackagedServer(server.process, log, launch, Duration.ofNanos(System.nanoTime() - t0).toMillis(),
                dataDir);
    }

    /**
     * Stops this server with SIGTERM and starts the same one again: same folder (so the same data), environment and
     * ports, as an operator's restart. Answers the new process.
     */
    public PackagedServer restart() throws Exception {
        terminate();
        return startAgain();
    }

    /** Starts this (stopped) server again: same folder, environment and ports. Answers the new process. */
    public PackagedServer startAgain() throws Exception {
        if (process.isAlive()) {
            throw new IllegalStateException("stop the server first");
        }
        return start(launch);
    }

    public int port() {
        return launch.port();
    }

    /** Port of the management interface: health, metrics, the OpenAPI document. */
    public int managementPort() {
        return launch.managementPort();
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public String managementUrl(String path) {
        return "http://localhost:" + managementPort() + path;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(url(path));
    }

    /** A GET on the management port, e.g. {@code managementGet("/q/health/ready")}. */
    public HttpResponse<String> managementGet(String path) throws IOException, InterruptedException {
        return send(managementUrl(path));
    }

    private static HttpResponse<String> send(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
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
        return java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + embeddedDatabasePort()
                + "/postgres",
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
                HttpResponse<String> ready = managementGet("/q/health/ready");
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
