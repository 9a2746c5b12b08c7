package org.gridline.bench;

import org.gridline.testing.PushClient;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Start-up benchmark (issue 13, item 14): starts the packaged server ({@code java -jar quarkus-run.jar}, embedded
 * PostgreSQL, the operator's {@code config/} folder) {@code runs} times on an existing data folder and {@code runs}
 * times on a new one. From process start it measures when {@code /q/health/ready} first answers UP on the management
 * port and
 * when the first signed push is acknowledged ({@code success}), and the JVM's CPU seconds until ready (what a loaded
 * machine stretches). Prints median, min and max per case and the load average. Several jars ({@code -Djar=a,b}) are
 * started in turn, so a before/after comparison sees the same load. Figures, not a test: run with
 * {@code bench/startup.sh [-Druns=5] [-Djar=target/quarkus-app/quarkus-run.jar] [-Dcases=existing,new]}.
 */
public final class StartupTimes {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final long CLOCK_TICKS = 100; // USER_HZ of /proc/<pid>/stat on Linux

    /** One start: milliseconds to ready and to the first acknowledged push, CPU seconds to ready, 1-minute load. */
    record Run(long readyMs, long pushMs, double cpuSeconds, double load) {
    }

    private final Path jar;
    private final Path workDir;
    private final PushClient pushes = new PushClient();
    private long msgId = 9_100_000_000L;

    private StartupTimes(Path jar, Path workDir) {
        this.jar = jar;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 5);
        List<String> cases = List.of(System.getProperty("cases", "existing,new").split(","));
        List<StartupTimes> jars = new ArrayList<>();
        for (String jar : System.getProperty("jar", "target/quarkus-app/quarkus-run.jar").split(",")) {
            Path work = Files.createTempDirectory("gridline-startup");
            copy(Path.of("config"), work.resolve("config"));
            jars.add(new StartupTimes(Path.of(jar).toAbsolutePath(), work));
        }
        System.out.printf("%d cores, load average %s at the start%n", Runtime.getRuntime().availableProcessors(),
                loadAverages());
        if (cases.contains("existing")) {
            for (StartupTimes bench : jars) {
                System.out.printf("%s: first start (creates its data folder): ready %d ms%n", bench.jar,
                        bench.start().readyMs());
            }
            compare("existing data folder", jars, runs, false);
        }
        if (cases.contains("new")) {
            compare("new data folder (initdb)", jars, runs, true);
        }
        System.out.printf("load average %s at the end; server logs in %s%n", loadAverages(),
                jars.stream().map(b -> b.workDir.resolve("server.log").toString()).toList());
    }

    /** Runs the jars in turn (one start each, {@code runs} rounds), so that they share the machine's load alike. */
    private static void compare(String name, List<StartupTimes> jars, int runs, boolean fresh) throws Exception {
        List<List<Run>> results = new ArrayList<>();
        jars.forEach(j -> results.add(new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (int j = 0; j < jars.size(); j++) {
                results.get(j).add(jars.get(j).startOnce(fresh));
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            report(name + ", " + jars.get(j).jar, results.get(j));
        }
    }

    private Run startOnce(boolean fresh) throws Exception {
        if (fresh) {
            delete(workDir.resolve("data"));
        }
        Run run = start();
        System.out.printf("  %s: ready %6d ms, first push acknowledged %6d ms, JVM CPU to ready %5.1f s, load %.1f%n",
                jar.getParent().getFileName(), run.readyMs(), run.pushMs(), run.cpuSeconds(), run.load());
        return run;
    }

    /** Starts the server, waits for ready and for one acknowledged push, stops it with SIGTERM. */
    private Run start() throws Exception {
        int port = freePort();
        int management = freePort();
        ProcessBuilder pb = new ProcessBuilder(javaCommand(), "-jar", jar.toString()).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("server.log").toFile());
        pb.environment().putAll(PushClient.serverEnv());
        pb.environment().remove("GRIDLINE_WECHAT_APP_SECRET"); // simulator mode: replies stay on this machine
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        double load = loadAverage();
        long t0 = System.nanoTime();
        Process process = pb.start();
        try {
            return await(process, t0, port, management, load);
        } finally {
            stop(process);
        }
    }

    private Run await(Process process, long t0, int port, int management, double load) throws Exception {
        long ready = -1;
        long push = -1;
        double cpu = 0;
        while (ready < 0 || push < 0) {
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (!process.isAlive() || elapsed > GIVE_UP.toMillis()) {
                throw new IllegalStateException("server exited or hung; see " + workDir.resolve("server.log"));
            }
            if (ready < 0 && ready(management)) {
                ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                cpu = cpuSeconds(process.pid());
            }
            if (push < 0 && acknowledged(port)) {
                push = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            }
            Thread.sleep(20);
        }
        return new Run(ready, push, cpu, load);
    }

    private static boolean ready(int management) throws InterruptedException {
        try {
            URI uri = URI.create("http://localhost:" + management + "/q/health/ready");
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }

    private boolean acknowledged(int port) throws Exception {
        try {
            HttpResponse<String> r = pushes.text("http://localhost:" + port, "o_startup_bench", "你好", msgId++);
            return r.statusCode() == 200 && r.body().equals("success");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void report(String name, List<Run> runs) {
        System.out.printf("%s, %d runs: ready median %s (min %s, max %s); first push median %s; JVM CPU to ready "
                        + "median %.1f s; load average %s during the runs%n", name, runs.size(),
                seconds(runs, Run::readyMs, 0.5), seconds(runs, Run::readyMs, 0), seconds(runs, Run::readyMs, 1),
                seconds(runs, Run::pushMs, 0.5), quantile(runs, Run::cpuSeconds, 0.5),
                String.format("%.1f–%.1f", quantile(runs, Run::load, 0), quantile(runs, Run::load, 1)));
    }

    private static String seconds(List<Run> runs, ToDoubleFunction<Run> value, double q) {
        return String.format("%.1f s", quantile(runs, value, q) / 1000);
    }

    /** q = 0 minimum, 0.5 median (the mean of the middle two for an even count), 1 maximum. */
    static double quantile(List<Run> runs, ToDoubleFunction<Run> value, double q) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return (sorted[below] + sorted[above]) / 2;
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS; // utime, stime
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(loadAverages().split(" ")[0]);
    }

    private static String loadAverages() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
