package zhaoshang.ledger;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMappers;
import org.jdbi.v3.core.statement.StatementContext;

/** One result row by column name, as SQLite returns it (Long/Integer, String, null). */
record Row(Map<String, Object> values) {

    /**
     * Registers the mapper on {@code jdbi} once, so that the handles opened from it map rows as they are. Registering
     * it on each handle instead (as every ledger call did) gave the handle a new configuration each time, and with it
     * cold caches for every mapper, argument and SqlObject lookup of the rest of the unit of work (measured by
     * bench.FullPathBenchmark).
     */
    static void registerOn(Jdbi jdbi) {
        if (jdbi.getConfig(RowMappers.class).findFor(Row.class).isEmpty()) jdbi.registerRowMapper(Row.class, new Mapper());
    }

    /** {@code h}, able to map rows (registered on it only when its Jdbi did not have the mapper when it was opened). */
    static Handle on(Handle h) {
        return h.getConfig(RowMappers.class).findFor(Row.class).isPresent() ? h : h.registerRowMapper(Row.class, new Mapper());
    }

    String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    Long whole(String column) {
        Object v = values.get(column);
        if (v == null) return null;
        if (v instanceof Number n) return n.longValue();
        return Long.parseLong(v.toString());
    }

    LocalDate date(String column) {
        String v = text(column);
        return v == null ? null : LocalDate.parse(v);
    }

    Instant instant(String column) {
        String v = text(column);
        return v == null ? null : Instant.parse(v);
    }

    static final class Mapper implements RowMapper<Row> {
        @Override
        public Row map(ResultSet rs, StatementContext ctx) throws SQLException {
            return map(rs, labels(rs));
        }

        /** Reads the column labels once per result set instead of once per row. */
        @Override
        public RowMapper<Row> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            String[] labels = labels(rs);
            return (r, c) -> map(r, labels);
        }

        private static String[] labels(ResultSet rs) throws SQLException {
            ResultSetMetaData meta = rs.getMetaData();
            String[] labels = new String[meta.getColumnCount()];
            for (int i = 0; i < labels.length; i++) labels[i] = meta.getColumnLabel(i + 1);
            return labels;
        }

        private static Row map(ResultSet rs, String[] labels) throws SQLException {
            Map<String, Object> values = new LinkedHashMap<>(labels.length * 2);
            for (int i = 0; i < labels.length; i++) values.put(labels[i], rs.getObject(i + 1));
            return new Row(values);
        }
    }
}
