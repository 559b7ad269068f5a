package zhaoshang.ledger;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One result row by column name, as SQLite returns it (Long/Integer, String, null). */
record Row(Map<String, Object> values) {

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
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.put(meta.getColumnLabel(i), rs.getObject(i));
            }
            return new Row(values);
        }
    }
}
