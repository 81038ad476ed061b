package dev.nextcall.adapters.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work run on the one connection, under its lock. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
