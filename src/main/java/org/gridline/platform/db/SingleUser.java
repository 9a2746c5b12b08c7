package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one SQL statement on a stopped cluster in PostgreSQL's single-user mode ({@code postgres --single}), which
 * opens no socket at all. zonky keeps the location of its unpacked binaries private; it is asked for it through
 * reflection, which {@code EmbeddedPostgresServerTest} covers for the pinned zonky version.
 */
final class SingleUser {
    private SingleUser() {
    }

    static void run(Path dataDirectory, String sql) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: postgres refuses to run as root
        }
        command.addAll(List.of(new File(binaries(), "bin/postgres").getPath(), "--single", "-D",
                dataDirectory.toString(),
                "-F", "-c", "listen_addresses=", "postgres"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(sql + ";\n");
        }
        // the output may repeat the statement (STATEMENT: ...): only its ERROR and FATAL lines are kept
        String errors = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("ERROR") || l.startsWith("FATAL")).reduce("", (a, b) -> a + b + "; ");
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !errors.isEmpty()) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode failed in " + dataDirectory + ": " + errors);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted in PostgreSQL single-user mode", e);
        }
    }

    private static File binaries() throws IOException {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                    File.class);
            prepare.setAccessible(true);
            return (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (ReflectiveOperationException e) {
            throw new IOException("Cannot find zonky's PostgreSQL binaries (zonky changed?)", e);
        }
    }
}
