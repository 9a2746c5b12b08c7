package org.gridline.platform;

import org.gridline.testing.PackagedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded defaults also work for a normal user (the other tests run as whoever runs the build, root on CI,
 * where zonky goes through {@code unshare -U}). Needs root to switch to {@code nobody}; skipped otherwise.
 */
class NonRootServerIT {
    @TempDir
    Path workDir;

    @Test
    void startsAndStopsAsANormalUser() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "needs root and runuser to switch to an unprivileged user");
        UserPrincipal nobody = workDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Path home = workDir.resolve("nobody");
        Files.createDirectories(home.resolve("tmp"));
        try (Stream<Path> all = Stream.of(workDir, home, home.resolve("tmp"))) {
            all.forEach(p -> chown(p, nobody));
        }
        // a copy of the application the user can read, wherever the build's own folder is
        Path app = home.resolve("app");
        copyTree(Path.of("target/quarkus-app"), app);
        try (Stream<Path> all = Files.walk(home)) {
            all.forEach(p -> chown(p, nobody));
        }
        try (PackagedServer server = PackagedServer.start(home, Map.of("HOME", home.toString()),
                List.of("/usr/sbin/runuser", "-u", "nobody", "--"), app.resolve("quarkus-run.jar"))) {
            assertTrue(server.log().contains("Embedded PostgreSQL ready"), server.log());
            assertEquals(nobody, Files.getOwner(home.resolve("data/pg/PG_VERSION")), "the cluster belongs to the user");
            assertEquals(200, server.managementGet("/q/health/ready").statusCode());
        }
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void chown(Path path, UserPrincipal owner) {
        try {
            Files.setOwner(path, owner);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
