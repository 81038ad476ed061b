package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.HistoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Brings history.db up to the newest schema this build knows. The version lives in
 * {@code PRAGMA user_version}; each pending step runs in its own transaction that also bumps it.
 * A database with content is copied aside before the first step, so an upgrade that goes wrong
 * (or a bug in a new version) never costs the rep their history.
 */
final class SchemaMigrator {

    private final List<Migration> migrations;
    private final Clock clock;

    /** @param migrations checked by {@link Migrations#checked}: versions 1, 2, 3 … in order */
    SchemaMigrator(List<Migration> migrations, Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    /**
     * @return the copy made before upgrading, when there was content to protect and a step to run
     * @throws HistoryException when the file is newer than this build, or a step or the copy fails
     */
    Optional<Path> migrate(Connection connection, Path file) throws SQLException {
        int current = Connections.intPragma(connection, "user_version");
        int latest = migrations.size();
        if (current > latest) {
            // Never downgrade: an older build cannot know what the newer schema means.
            throw new HistoryException(file.getFileName() + " is from a newer NextCall (schema " + current
                    + "); this version knows up to " + latest, null);
        }
        if (current == latest) {
            return Optional.empty();
        }
        Optional<Path> backup = hasContent(connection, current)
                ? Optional.of(backUp(connection, file, current))
                : Optional.empty();
        for (Migration step : migrations.subList(current, latest)) {
            apply(connection, file, step);
        }
        return backup;
    }

    private static boolean hasContent(Connection connection, int version) throws SQLException {
        if (version > 0) {
            return true;
        }
        return !Connections.firstColumn(connection, "SELECT name FROM sqlite_schema LIMIT 1").isEmpty();
    }

    /**
     * {@code VACUUM INTO} rather than a file copy: it reads through SQLite, so it includes what is still
     * in the WAL and is consistent even while another connection writes.
     */
    private Path backUp(Connection connection, Path file, int version) {
        Path target = AsideFiles.unusedSibling(file, ".bak-v" + version + "-" + AsideFiles.stamp(clock));
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.execute();
            return target;
        } catch (SQLException e) {
            throw new HistoryException("could not back up " + file.getFileName() + " before upgrading it, so it was"
                    + " left as it was: " + SqliteErrors.plain(e), e);
        }
    }

    private static void apply(Connection connection, Path file, Migration step) {
        try {
            Transactions.inTransaction(connection, c -> {
                try (Statement statement = c.createStatement()) {
                    // executeUpdate runs every statement of the script (sqlite3_exec), not just the first.
                    statement.executeUpdate(step.sql());
                    // PRAGMA takes no bound parameters; the version is an int from our own list.
                    statement.executeUpdate("PRAGMA user_version = " + step.version());
                }
                return null;
            });
        } catch (SQLException e) {
            throw new HistoryException("could not upgrade " + file.getFileName() + " to schema " + step.version() + " ("
                    + step.description() + "); it was left at schema " + (step.version() - 1) + ": "
                    + SqliteErrors.plain(e), e);
        }
    }
}
