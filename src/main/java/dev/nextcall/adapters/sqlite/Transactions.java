package dev.nextcall.adapters.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit {@code BEGIN IMMEDIATE … COMMIT} on a connection left in auto-commit mode.
 *
 * <p>Why not {@code setAutoCommit(false)}: sqlite-jdbc then opens the next transaction right after each
 * commit, so the connection would sit in a transaction between writes; and a deferred {@code BEGIN}
 * can fail with SQLITE_BUSY when it upgrades to a writer, which {@code busy_timeout} cannot wait out.
 * {@code IMMEDIATE} takes the write lock up front, where the busy timeout applies.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            T result = work.run(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollBack(connection, e);
            throw e;
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Keeps the original failure as the one reported; a failed rollback rides along as suppressed
     * (SQLite may already have rolled back by itself, e.g. after SQLITE_FULL).
     */
    private static void rollBack(Connection connection, Exception original) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            original.addSuppressed(rollbackFailure);
        }
    }
}
