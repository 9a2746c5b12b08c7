package org.gridline.platform.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A separate JVM that owns an embedded server and then waits to be killed: what a gridline process looks like to
 * the next start after {@code kill -9}. Prints {@code READY <port>} once a row is committed.
 */
public final class OrphanHolder {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
        try (var c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
             var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS marker (v TEXT)");
            s.execute("INSERT INTO marker VALUES ('" + args[1] + "')");
        }
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
