package dev.nextcall.adapters.sqlite;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into words a rep can act on, and tells corruption from other trouble. */
final class SqliteErrors {

    // Primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int CONSTRAINT = 19;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /**
     * True only when the file itself is damaged or is not a database. Locks, permissions and I/O
     * errors are deliberately not corruption: setting a healthy history aside because another
     * program held a lock would look to the rep like losing every call.
     */
    static boolean isCorruption(SQLException e) {
        int primary = primaryCode(e);
        return primary == CORRUPT || primary == NOTADB;
    }

    static boolean isConstraint(SQLException e) {
        return primaryCode(e) == CONSTRAINT;
    }

    /** A short reason without SQLite's code prefix, e.g. "disk is full". */
    static String plain(SQLException e) {
        switch (primaryCode(e)) {
            case FULL:
                return "disk is full";
            case BUSY:
            case LOCKED:
                return "history.db is locked by another program (is NextCall running twice?)";
            case READONLY:
                return "history.db is read-only";
            case IOERR:
                return "the disk could not be read or written (" + nativeMessage(e) + ")";
            case CORRUPT:
            case NOTADB:
                return "history.db is damaged (" + nativeMessage(e) + ")";
            case CANTOPEN:
                return "history.db could not be opened; check that the data folder exists and is writable";
            default:
                return nativeMessage(e);
        }
    }

    /** A corruption failure for checks that report problems as rows rather than as an error code. */
    static SQLException corrupt(String detail) {
        return new SQLiteException(detail, SQLiteErrorCode.SQLITE_CORRUPT);
    }

    private static int primaryCode(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /**
     * sqlite-jdbc writes "[SQLITE_FULL] Insertion failed because database is full (database or disk is
     * full)"; the part in the last parentheses is SQLite's own message, the rest repeats the code.
     */
    private static String nativeMessage(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (message.startsWith("[") && message.endsWith(")")) {
            int open = message.indexOf(" (", message.indexOf(']'));
            if (open >= 0) {
                return message.substring(open + 2, message.length() - 1);
            }
        }
        return message.isEmpty() ? "unknown database error" : message;
    }
}
