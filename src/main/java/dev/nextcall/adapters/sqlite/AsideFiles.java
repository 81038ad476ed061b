package dev.nextcall.adapters.sqlite;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Names and moves for copies kept beside history.db: {@code history.db.corrupt-20250304-093000},
 * {@code history.db.bak-v1-20250304-093000}. Nothing here deletes or overwrites a file.
 */
final class AsideFiles {

    /** In the clock's zone: the rep reads these names, and their local time is what they remember. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** SQLite's companion files; each is found by appending its suffix to the database's name. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private AsideFiles() {
    }

    static String stamp(Clock clock) {
        return STAMP.format(LocalDateTime.now(clock));
    }

    /**
     * {@code <db name><suffix>}, or with "-2", "-3" … appended when that name (or one of its companions)
     * is taken, so that two events in the same second never overwrite each other's copy.
     */
    static Path unusedSibling(Path db, String suffix) {
        String base = db.getFileName() + suffix;
        for (int n = 1; ; n++) {
            Path candidate = db.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.notExists(candidate) && COMPANIONS.stream().allMatch(c -> Files.notExists(companion(candidate, c)))) {
                return candidate;
            }
        }
    }

    /**
     * Moves the database and its companions to an unused name ending in {@code suffix}. Companions keep
     * their suffix, so the sqlite3 shell opening the moved copy still finds its WAL. They move first:
     * a stale WAL left beside a fresh history.db could be replayed into it.
     *
     * @return where the database itself went
     */
    static Path moveAside(Path db, String suffix) throws IOException {
        Path target = unusedSibling(db, suffix);
        for (String c : COMPANIONS) {
            Path from = companion(db, c);
            if (Files.exists(from)) {
                Files.move(from, companion(target, c));
            }
        }
        Files.move(db, target);
        return target;
    }

    static Path companion(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    /** NIO's messages are often just the path; say what went wrong. */
    static String plain(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied for " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file already exists at " + e.getMessage();
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason() + " (" + fileSystem.getFile() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
