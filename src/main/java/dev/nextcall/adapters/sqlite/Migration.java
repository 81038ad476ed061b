package dev.nextcall.adapters.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One step of the schema: the SQL that takes history.db from {@code version - 1} to {@code version}.
 * It runs inside a transaction that also sets {@code PRAGMA user_version}, so a step is applied
 * completely or not at all.
 *
 * <p>Rules for future steps: any change to what is stored (a new column, a new enum value written to
 * a column) gets a new version, so that an older NextCall refuses the file instead of misreading it.
 * Steps run with {@code foreign_keys=ON}, which SQLite cannot switch off inside a transaction, so a
 * step that rebuilds a referenced table must copy rows in an order the foreign keys accept (or the
 * runner must learn to switch them off around that step).
 */
record Migration(int version, String description, String sql) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1: " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }

    /** A step kept as a SQL file under {@code db/migration/} on the class path. */
    static Migration fromResource(int version, String fileName) {
        String resource = "/db/migration/" + fileName;
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the build");
            }
            return new Migration(version, fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read migration " + resource, e);
        }
    }
}
