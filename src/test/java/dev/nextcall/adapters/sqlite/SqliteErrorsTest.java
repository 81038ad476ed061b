package dev.nextcall.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which failures set history.db aside, and what the rep is told. */
class SqliteErrorsTest {

    @ParameterizedTest
    @EnumSource(value = SQLiteErrorCode.class, names = {"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CORRUPT_INDEX",
            "SQLITE_CORRUPT_SEQUENCE", "SQLITE_CORRUPT_VTAB"})
    void damageIsCorruption(SQLiteErrorCode code) {
        assertThat(SqliteErrors.isCorruption(failure(code, "x"))).isTrue();
    }

    /** Setting a healthy history aside because of a lock or a full disk would look like losing every call. */
    @ParameterizedTest
    @EnumSource(value = SQLiteErrorCode.class, names = {"SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED",
            "SQLITE_CANTOPEN", "SQLITE_CANTOPEN_ISDIR", "SQLITE_IOERR", "SQLITE_IOERR_SHORT_READ", "SQLITE_FULL",
            "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_ERROR", "SQLITE_CONSTRAINT"})
    void troubleThatIsNotDamageIsNotCorruption(SQLiteErrorCode code) {
        assertThat(SqliteErrors.isCorruption(failure(code, "x"))).isFalse();
    }

    @Test
    void messagesAreShortAndWithoutSqliteCodes() {
        assertThat(SqliteErrors.plain(failure(SQLiteErrorCode.SQLITE_FULL, "database or disk is full"))).isEqualTo("disk is full");
        assertThat(SqliteErrors.plain(failure(SQLiteErrorCode.SQLITE_BUSY, "database is locked")))
                .isEqualTo("history.db is locked by another program (is NextCall running twice?)");
        assertThat(SqliteErrors.plain(failure(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY, "FOREIGN KEY constraint failed")))
                .isEqualTo("FOREIGN KEY constraint failed");
        assertThat(SqliteErrors.plain(failure(SQLiteErrorCode.SQLITE_ERROR, "no such table: calls")))
                .isEqualTo("no such table: calls");
        assertThat(SqliteErrors.plain(new SQLException("plain words"))).isEqualTo("plain words");
    }

    /** The message as sqlite-jdbc writes it: "[CODE] description (SQLite's own message)". */
    private static SQLException failure(SQLiteErrorCode code, String nativeMessage) {
        return new SQLiteException("[" + code.name() + "] " + code.message + " (" + nativeMessage + ")", code);
    }
}
