package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An in-process DuckDB database, in memory, with a memory ceiling so that indexing a dump of gigabytes stays within
 * the app's budget (DuckDB streams files and spills nothing here: it aggregates as it reads).
 */
final class DuckDb implements AutoCloseable {
    private static final String MEMORY_LIMIT = "384MB";

    private final Connection connection;

    DuckDb() throws RunException {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET memory_limit='" + MEMORY_LIMIT + "'");
                statement.execute("SET enable_progress_bar=false");
            }
        } catch (SQLException | RuntimeException | UnsatisfiedLinkError e) {
            throw new RunException("the embedded database (DuckDB) could not start: " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** The columns (name to DuckDB type) of a query's result, without running it. */
    Map<String, String> describe(String query) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("DESCRIBE " + query)) {
            while (rows.next()) {
                columns.put(rows.getString("column_name"), rows.getString("column_type"));
            }
        }
        return columns;
    }

    /** A SQL list literal of file names, e.g. ['a.jsonl', 'b.jsonl']. */
    static String files(List<Path> files) {
        return files.stream().map(file -> literal(file.toString())).collect(Collectors.joining(", ", "[", "]"));
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing an in-memory database loses nothing; there is nobody to tell
        }
    }
}
