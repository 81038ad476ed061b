package dev.nextcall.adapters.sqlite;

import java.util.List;

/**
 * The schema's history, oldest first. Listed by hand rather than discovered on the class path,
 * because a shaded jar cannot list a resource folder reliably and the order must never depend on
 * the file system.
 */
final class Migrations {

    private Migrations() {
    }

    static List<Migration> builtIn() {
        return List.of(
                Migration.fromResource(1, "V1__initial.sql"),
                Migration.fromResource(2, "V2__prospect_lookup.sql"),
                Migration.fromResource(3, "V3__review.sql"));
    }

    /** Versions must run 1, 2, 3 … without gaps, or a database could skip a step. */
    static List<Migration> checked(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            int expected = i + 1;
            if (migrations.get(i).version() != expected) {
                throw new IllegalArgumentException("migration number " + expected + " has version "
                        + migrations.get(i).version() + "; versions must count up from 1 without gaps");
            }
        }
        return List.copyOf(migrations);
    }
}
