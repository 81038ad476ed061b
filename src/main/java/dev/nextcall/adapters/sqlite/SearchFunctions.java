package dev.nextcall.adapters.sqlite;

import dev.nextcall.domain.Prospect;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * Java functions registered on each connection, so that SQL folds case exactly as the domain does:
 * SQLite's own lower() folds ASCII only, and "Ö" would then not find "ö". Used by migration V3 to fill
 * the new columns; writes compute the same values in Java.
 */
final class SearchFunctions {

    private SearchFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, "nextcall_fold", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(Prospect.fold(text == null ? "" : text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "nextcall_search_key", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(key(value_text(0), value_text(1), value_text(2)));
            }
        }, 3, Function.FLAG_DETERMINISTIC);
    }

    /** The stored search key of a prospect; the zone plays no part in it. */
    static String key(String name, String email, String company) {
        return new Prospect(name, email, company, java.time.ZoneOffset.UTC).searchKey();
    }
}
