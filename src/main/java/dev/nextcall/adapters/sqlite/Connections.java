package dev.nextcall.adapters.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Opens history.db, checks that it is intact, and applies the settings every connection needs. */
final class Connections {

    static final int BUSY_TIMEOUT_MILLIS = 5000;
    static final int CACHE_KIB = 32 * 1024;

    private Connections() {
    }

    /**
     * @throws SQLException with a corruption code (see {@link SqliteErrors#isCorruption}) when the file
     *                      is not a database or fails {@code PRAGMA quick_check}; nothing is left open
     *                      then, so the caller may move the file
     */
    static Connection open(Path file) throws SQLException {
        if (hasContent(file)) {
            checkIntact(file);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            // First, so that every later statement waits for another NextCall's lock instead of failing.
            Transactions.execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            String mode = firstColumn(connection, "PRAGMA journal_mode = WAL").get(0);
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("history.db could not be switched to WAL mode (it stayed in '" + mode
                        + "' mode); is the data folder on a network drive?");
            }
            // FULL, not NORMAL: with NORMAL in WAL mode a commit survives an app crash but not a power
            // cut. The booking journal saves its pending intent before calling the calendar; if a power
            // cut took that intent back, an event could exist that the history knows nothing about.
            // FULL costs one fsync per commit, and NextCall commits a handful of times per call.
            Transactions.execute(connection, "PRAGMA synchronous = FULL");
            Transactions.execute(connection, "PRAGMA foreign_keys = ON");
            // 32 MiB instead of SQLite's 2 MiB, so that the indexes the review walks over years of history
            // (100,000 calls are about 110 MiB on disk) stay in memory between queries.
            Transactions.execute(connection, "PRAGMA cache_size = -" + CACHE_KIB);
            SearchFunctions.register(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    /**
     * Runs {@code PRAGMA quick_check} on a read-only connection. Read-only on purpose: when the last
     * read-write connection closes, SQLite folds the WAL into the file and deletes it, even for a file
     * that turns out to be damaged, and the copy set aside must keep exactly what was there. Damage is
     * reported either as rows or, for badly broken files, as the statement's own failure.
     */
    private static void checkIntact(Path file) throws SQLException {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + file)) {
            List<String> findings = firstColumn(connection, "PRAGMA quick_check");
            if (!findings.equals(List.of("ok"))) {
                List<String> first = findings.subList(0, Math.min(3, findings.size()));
                throw SqliteErrors.corrupt("quick_check found damage: " + String.join("; ", first));
            }
        }
    }

    /** An absent or empty file is a new database; there is nothing to check. */
    private static boolean hasContent(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            // Not ours to judge here: opening it will fail with SQLite's own, more precise reason.
            return true;
        }
    }

    static List<String> firstColumn(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            if (!rows.next()) {
                throw new SQLException("PRAGMA " + pragma + " returned nothing");
            }
            return rows.getInt(1);
        }
    }

    static void closeAfterFailure(Connection connection, Exception original) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            original.addSuppressed(closeFailure);
        }
    }
}
