package org.gridline.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The cluster on disk: created with a password from the start, or an existing one given a password when it still
 * trusts local connections; and the zonky settings every start of it uses (durability, loopback, scram-sha-256).
 */
final class EmbeddedCluster {
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

    private EmbeddedCluster() {
    }

    /** No cluster yet: initdb has not run in {@code dataDirectory}. */
    static boolean isNew(Path dataDirectory) {
        return !Files.exists(dataDirectory.resolve("postgresql.conf"));
    }

    /** A new cluster: initdb asks for passwords from the start ({@code --auth}), the password comes from a file. */
    static EmbeddedPostgres initialise(Path dataDirectory, boolean durable, String password) throws IOException {
        Path pwfile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password");
        EmbeddedCredentials.write(pwfile, password);
        try {
            return launch(dataDirectory, durable, password, 0)
                    .setLocaleConfig("auth", "scram-sha-256") // after zonky's "-A trust": the last one wins
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setDataDirectoryCustomizer(dir -> keepPassword(dataDirectory, password))
                    .start();
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private static void keepPassword(Path dataDirectory, String password) {
        try {
            EmbeddedCredentials.write(dataDirectory.resolve(EmbeddedCredentials.PASSWORD_FILE), password);
            EmbeddedCredentials.writeHba(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The password of an existing cluster. One created before gridline secured it (initdb's {@code trust}, no
     * password) gets one now, set in single-user mode before the server listens, so there is no moment in which it
     * accepts connections without a password.
     */
    static String secure(Path dataDirectory) throws IOException {
        if (EmbeddedCredentials.secured(dataDirectory)) {
            return EmbeddedCredentials.read(dataDirectory).orElseThrow();
        }
        String password = EmbeddedCredentials.read(dataDirectory).orElseGet(EmbeddedCredentials::generate);
        String verifier = EmbeddedCredentials.scramVerifier(password);
        SingleUser.run(dataDirectory, "ALTER ROLE postgres PASSWORD '" + verifier + "'");
        EmbeddedCredentials.write(dataDirectory.resolve(EmbeddedCredentials.PASSWORD_FILE), password);
        EmbeddedCredentials.writeHba(dataDirectory);
        LOG.warning(() -> "The embedded PostgreSQL in " + dataDirectory + " accepted local connections without a "
                + "password; it now requires the generated one kept in " + EmbeddedCredentials.PASSWORD_FILE);
        return password;
    }

    /** The settings of every start; port 0 lets zonky choose a free one. */
    static EmbeddedPostgres.Builder launch(Path dataDirectory, boolean durable, String password, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", password)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "200");
    }
}
