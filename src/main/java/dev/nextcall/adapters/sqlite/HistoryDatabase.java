package dev.nextcall.adapters.sqlite;

import dev.nextcall.app.port.HistoryException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The history.db file, open and at the newest schema.
 *
 * <p>Opening it: a damaged file (not a database, or failing {@code PRAGMA quick_check}) is never
 * deleted; it is renamed to {@code history.db.corrupt-<yyyyMMdd-HHmmss>} with its -wal and -shm, a fresh
 * database starts, and {@link #setAside()} says where the old one went so the app can tell the rep.
 * A database with content is copied to {@code history.db.bak-v<old>-<yyyyMMdd-HHmmss>} before any
 * schema upgrade ({@link #backup()}). A database from a newer NextCall is refused, never downgraded.
 *
 * <p>Using it: one connection, guarded by one lock, serves reads and writes, so writes are serialised
 * in this process; other processes (the CLI beside the app) wait through SQLite's busy timeout.
 * A write runs in one transaction that commits before it returns.
 */
public final class HistoryDatabase implements Closeable {

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private final Optional<Path> setAside;
    private final Optional<Path> backup;
    private final int schemaVersion;
    private boolean closed;

    /**
     * Opens (or creates) the database, setting a damaged file aside and upgrading the schema.
     *
     * @param file  usually {@code <data folder>/history.db}; missing parent folders are created
     * @param clock names the set-aside and backup copies
     * @throws HistoryException with a plain message when the file cannot be used
     */
    public HistoryDatabase(Path file, Clock clock) {
        this(file, clock, Migrations.builtIn());
    }

    /** For tests that need a different schema history; {@code migrations} must count up from 1. */
    HistoryDatabase(Path file, Clock clock, List<Migration> migrations) {
        this.file = file.toAbsolutePath();
        List<Migration> steps = Migrations.checked(migrations);
        createParentFolder(this.file);
        if (Files.isDirectory(this.file)) {
            throw new HistoryException(this.file + " is a folder; NextCall keeps its history in a file of that name", null);
        }
        Opened opened = openOrSetAside(this.file, clock);
        this.connection = opened.connection();
        this.setAside = opened.setAside();
        try {
            this.backup = new SchemaMigrator(steps, clock).migrate(connection, this.file);
            this.schemaVersion = Connections.intPragma(connection, "user_version");
        } catch (SQLException e) {
            Connections.closeAfterFailure(connection, e);
            throw new HistoryException("could not check the schema of " + this.file + ": "
                    + SqliteErrors.plain(e), e);
        } catch (RuntimeException e) {
            Connections.closeAfterFailure(connection, e);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Where a damaged history.db was moved when this one was opened; empty when it was healthy. */
    public Optional<Path> setAside() {
        return setAside;
    }

    /** The copy made before upgrading the schema at this opening; empty when no upgrade ran. */
    public Optional<Path> backup() {
        return backup;
    }

    /** The schema version the file is at ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs read-only work; one statement per call reads one consistent snapshot. */
    <T> T read(String failure, SqlWork<T> work) {
        return withConnection(failure, work);
    }

    /** Runs work in one write transaction that has committed when this returns. */
    <T> T write(String failure, SqlWork<T> work) {
        return withConnection(failure, c -> Transactions.inTransaction(c, work));
    }

    private <T> T withConnection(String failure, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new HistoryException(failure + ": the history is closed", null);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new HistoryException(failure + ": " + SqliteErrors.plain(e), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the connection; the last one to close folds the WAL back into history.db. Waits for
     * work in progress. Closing twice is harmless.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                // Recommended by SQLite before closing a long-lived connection: refreshes the planner's
                // statistics where they matter, cheaply.
                Transactions.execute(connection, "PRAGMA optimize");
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new HistoryException("could not close " + file.getFileName() + " cleanly: " + SqliteErrors.plain(e), e);
        } finally {
            lock.unlock();
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new HistoryException("could not create the data folder " + file.getParent() + ": "
                    + AsideFiles.plain(e), e);
        }
    }

    private record Opened(Connection connection, Optional<Path> setAside) {
    }

    /** Only damage leads to setting the file aside; any other failure (a lock, a full disk) is reported. */
    private static Opened openOrSetAside(Path file, Clock clock) {
        try {
            return new Opened(Connections.open(file), Optional.empty());
        } catch (SQLException e) {
            if (!SqliteErrors.isCorruption(e)) {
                throw new HistoryException("could not open " + file + ": " + SqliteErrors.plain(e), e);
            }
            Path aside = setAsideDamaged(file, clock, e);
            return new Opened(openFresh(file, aside), Optional.of(aside));
        }
    }

    private static Path setAsideDamaged(Path file, Clock clock, SQLException damage) {
        try {
            return AsideFiles.moveAside(file, ".corrupt-" + AsideFiles.stamp(clock));
        } catch (IOException e) {
            e.addSuppressed(damage);
            throw new HistoryException(file.getFileName() + " is damaged and could not be moved aside to start a new"
                    + " one (" + AsideFiles.plain(e) + "); move it out of " + file.getParent() + " by hand", e);
        }
    }

    private static Connection openFresh(Path file, Path setAside) {
        try {
            return Connections.open(file);
        } catch (SQLException e) {
            throw new HistoryException("the damaged history was moved to " + setAside + ", but a new "
                    + file.getFileName() + " could not be started: " + SqliteErrors.plain(e), e);
        }
    }
}
