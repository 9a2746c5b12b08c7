package org.gridline.platform.db;

import org.gridline.platform.db.ClasspathMigrations.Migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Whether Flyway's work at start can be skipped because the schema is exactly what the application ships.
 * <p>
 * Flyway's {@code migrate} at start loads and configures Flyway, scans the migrations, validates every applied one
 * and looks for pending ones: about a second of a restart on a busy machine, for nothing on almost every restart. This
 * check costs one connection and one query of {@code flyway_schema_history}. It answers "up to date" only when the
 * applied migrations are exactly the ones on the classpath: every row a successful versioned SQL migration, the same
 * set of versions, and each with the checksum Flyway would compute for the file today. That is the case in which
 * Flyway's validate passes and its migrate does nothing, so skipping it changes nothing.
 * <p>
 * Comparing only the highest version would not be safe here: a migration with a lower number merged after a higher
 * one was applied (engineers work in parallel) would be skipped silently instead of refused, and an applied migration
 * edited afterwards would go unnoticed. In every other case (a pending or failed migration, one applied by a newer
 * version of the application, an edited file, no history table, a database that cannot be reached, a classpath that
 * cannot be listed) the answer is "not up to date" and Flyway runs as before, with its own validation and errors.
 */
public final class MigrationCheck {
    private static final Logger LOG = Logger.getLogger(MigrationCheck.class.getName());
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String HISTORY = "SELECT version, checksum, success, type FROM flyway_schema_history";

    private MigrationCheck() {
    }

    /** Asks the database at {@code jdbcUrl}; never throws: when in doubt, not up to date. */
    public static boolean upToDate(String jdbcUrl, String user, String password) {
        Optional<List<Migration>> shipped = ClasspathMigrations.of(MigrationCheck.class.getClassLoader());
        if (shipped.isEmpty()) {
            LOG.info("The shipped migrations could not be listed: Flyway validates and migrates at start");
            return false;
        }
        try (Connection c = connect(jdbcUrl, user, password)) {
            boolean upToDate = c != null && upToDate(shipped.get(), applied(c));
            LOG.info(() -> upToDate ? "Database schema up to date (" + shipped.get().size() + " migrations, "
                    + "checksums match): Flyway skipped at start" : "Database schema not known to be up to date: "
                    + "Flyway validates and migrates at start");
            return upToDate;
        } catch (SQLException e) {
            LOG.info(() -> UNDEFINED_TABLE.equals(e.getSQLState()) ? "No migration history yet: Flyway migrates the "
                    + "new database at start" : "Migration history not read (" + e.getSQLState() + "): Flyway "
                    + "validates and migrates at start");
            return false;
        } catch (RuntimeException e) {
            LOG.info(() -> "Migration history not read (" + e.getMessage() + "): Flyway validates and migrates at "
                    + "start");
            return false;
        }
    }

    /** The rows of the history; empty when any of them is not a successful versioned SQL migration. */
    static Optional<List<Migration>> applied(Connection c) throws SQLException {
        List<Migration> applied = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(HISTORY)) {
            while (rs.next()) {
                rs.getInt("checksum");
                if (rs.wasNull() || !rs.getBoolean("success") || !"SQL".equals(rs.getString("type"))
                        || rs.getString("version") == null) {
                    return Optional.empty();
                }
                applied.add(new Migration(rs.getString("version"), rs.getInt("checksum")));
            }
        }
        return Optional.of(applied);
    }

    /** Up to date: the same migrations, version for version and checksum for checksum, none missing or extra. */
    static boolean upToDate(List<Migration> shipped, Optional<List<Migration>> applied) {
        return applied.isPresent() && applied.get().size() == shipped.size()
                && new HashSet<>(applied.get()).equals(new HashSet<>(shipped));
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "10");
        props.setProperty("socketTimeout", "10");
        return new org.postgresql.Driver().connect(jdbcUrl, props); // null for a URL that is not PostgreSQL's
    }
}
