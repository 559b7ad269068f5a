package zhaoshang.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * {@code migrate --to jdbc:postgresql://…}: copies a SQLite database into an empty PostgreSQL one. The target gets
 * its schema from the same migrations (so both are at the same version), then every table's rows, parents before
 * children, in batches inside one transaction; identity sequences continue after the copied ids. Then each table is
 * checked on both sides: the row count, and a checksum over every row (order-independent: the sum of a SHA-256 of
 * each row's values in a form both databases give alike). Any difference rolls nothing back silently: the command
 * says which table differs and fails. A target that already holds tables is refused.
 *
 * <p>Text holding NUL characters (U+0000) loses them on the way: PostgreSQL cannot store them in text ("invalid byte
 * sequence for encoding UTF8: 0x00"), and the bot has dropped them on writing since it first ran on PostgreSQL
 * ({@code Database.NulFreeText}), so only a database written by an older version holds them. The checksum compares
 * text without its NULs on both sides, and the table's progress line says how many values lost one.
 */
public final class Migrate {

    /** One table as copied and checked. */
    public record Table(String name, long rows, String checksum) { }

    /** What was copied. */
    public record Result(List<Table> tables, long rows, long millis) { }

    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "sqlite_sequence", "storage_probe");
    private static final int BATCH = 1000;

    private Migrate() { }

    /**
     * Copies {@code source} (SQLite) into the empty PostgreSQL database at {@code targetUrl}.
     *
     * @param progress told one line per table copied
     * @throws IllegalArgumentException when the source is not SQLite, the target not PostgreSQL or not empty
     * @throws IllegalStateException    when a table's copy does not match its source
     */
    public static Result run(Database source, String targetUrl, String user, String password,
                             Consumer<String> progress) {
        if (source.dialect() != Dialect.SQLITE) {
            throw new IllegalArgumentException("源数据库须为 SQLite（BOT_DB_URL 现为 " + Database.withoutSecrets(source.url()) + "）");
        }
        if (Dialect.of(targetUrl) != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("--to 须为 jdbc:postgresql:// 开头的地址");
        }
        long t0 = System.nanoTime();
        requireEmpty(targetUrl, user, password);
        try (Database target = Database.open(targetUrl, user, password)) {
            DataSource from = source.dataSource();
            DataSource to = target.dataSource();
            List<Table> copied = new ArrayList<>();
            long total = 0;
            try (Connection in = from.getConnection(); Connection out = to.getConnection()) {
                List<String> tables = tablesInOrder(in);
                out.setAutoCommit(false);
                for (String table : tables) {
                    long[] nulValues = new long[1];
                    long n = copy(in, out, table, nulValues);
                    total += n;
                    progress.accept(table + "：" + n + " 行" + (nulValues[0] == 0 ? "" : "（其中 " + nulValues[0]
                            + " 个文本值含 NUL 字符 U+0000，PostgreSQL 不能存，已去掉该字符，其余不变）"));
                }
                resetIdentities(out, tables);
                out.commit();
                for (String table : tables) {
                    Table a = checksum(in, table);
                    Table b = checksum(out, table);
                    if (a.rows() != b.rows() || !a.checksum().equals(b.checksum())) {
                        throw new IllegalStateException("表 " + table + " 复制后不一致：源 " + a.rows() + " 行（校验和 "
                                + a.checksum() + "），目标 " + b.rows() + " 行（校验和 " + b.checksum() + "）");
                    }
                    copied.add(a);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("复制失败：" + e.getMessage(), e);
            }
            return new Result(copied, total, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Refuses a target that holds any table in its current schema (a second migrate, or another program's data). */
    static void requireEmpty(String url, String user, String password) {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = current_schema() order by table_name")) {
            List<String> found = new ArrayList<>();
            while (rs.next()) found.add(rs.getString(1));
            if (!found.isEmpty()) {
                throw new IllegalArgumentException("目标数据库不是空的（已有表 " + String.join("、",
                        found.subList(0, Math.min(5, found.size()))) + (found.size() > 5 ? " 等 " + found.size() + " 张" : "")
                        + "），未复制。请指定一个新建的空数据库。");
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("连不上目标数据库 " + Database.withoutSecrets(url) + "：" + e.getMessage(), e);
        }
    }

    /** The source's tables, each after the tables its foreign keys point to. */
    static List<String> tablesInOrder(Connection sqlite) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement s = sqlite.createStatement();
             ResultSet rs = s.executeQuery("select name from sqlite_master where type = 'table' order by name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!NOT_COPIED.contains(name) && !name.startsWith("sqlite_")) parents.put(name, new LinkedHashSet<>());
            }
        }
        for (String table : parents.keySet()) {
            try (Statement s = sqlite.createStatement();
                 ResultSet rs = s.executeQuery("select \"table\" from pragma_foreign_key_list('" + table + "')")) {
                while (rs.next()) {
                    String parent = rs.getString(1);
                    if (!parent.equals(table) && parents.containsKey(parent)) parents.get(table).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < parents.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!placed.contains(e.getKey()) && placed.containsAll(e.getValue())) {
                    placed.add(e.getKey());
                    order.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) throw new IllegalStateException("外键有环，无法确定复制顺序：" + parents);
        }
        return order;
    }

    /** Copies a table's rows; {@code nulValues[0]} counts the text values whose NUL characters were dropped. */
    private static long copy(Connection in, Connection out, String table, long[] nulValues) throws SQLException {
        List<String> columns = columns(in, table);
        Map<String, Integer> targetTypes = targetTypes(out, table);
        for (String c : columns) {
            if (!targetTypes.containsKey(c)) {
                throw new IllegalStateException("目标表 " + table + " 没有列 " + c + "（两边数据库版本不同？）");
            }
        }
        String list = String.join(", ", columns.stream().map(Migrate::quote).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        long n = 0;
        try (Statement s = in.createStatement();
             ResultSet rs = s.executeQuery("select " + list + " from " + quote(table));
             PreparedStatement insert = out.prepareStatement("insert into " + quote(table) + " (" + list
                     + ") values (" + marks + ")")) {
            int[] types = columns.stream().mapToInt(targetTypes::get).toArray();
            while (rs.next()) {
                for (int i = 0; i < types.length; i++) {
                    Object v = rs.getObject(i + 1);
                    if (v == null) insert.setNull(i + 1, types[i]);
                    else if (types[i] == Types.BINARY || types[i] == Types.VARBINARY || types[i] == Types.LONGVARBINARY) {
                        insert.setBytes(i + 1, rs.getBytes(i + 1));
                    } else if (v instanceof Number num && isInteger(types[i])) insert.setLong(i + 1, num.longValue());
                    else if (isInteger(types[i])) insert.setLong(i + 1, Long.parseLong(v.toString()));
                    else {
                        String text = v.toString();
                        String stored = Database.withoutNul(text);
                        if (stored.length() != text.length()) nulValues[0]++;
                        insert.setString(i + 1, stored);
                    }
                }
                insert.addBatch();
                if (++n % BATCH == 0) insert.executeBatch();
            }
            if (n % BATCH != 0) insert.executeBatch();
        }
        return n;
    }

    private static boolean isInteger(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }

    private static List<String> columns(Connection sqlite, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = sqlite.createStatement();
             ResultSet rs = s.executeQuery("select name from pragma_table_info('" + table + "') order by cid")) {
            while (rs.next()) columns.add(rs.getString(1));
        }
        return columns;
    }

    private static Map<String, Integer> targetTypes(Connection pg, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        DatabaseMetaData meta = pg.getMetaData();
        try (ResultSet rs = meta.getColumns(null, pg.getSchema(), table, null)) {
            while (rs.next()) types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
        }
        if (types.isEmpty()) throw new IllegalStateException("目标数据库没有表 " + table + "（两边数据库版本不同？）");
        return types;
    }

    /** Identity columns continue after the largest copied value. */
    private static void resetIdentities(Connection pg, List<String> tables) throws SQLException {
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (PreparedStatement p = pg.prepareStatement("select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? and is_identity = 'YES'")) {
                p.setString(1, table);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) identities.add(rs.getString(1));
                }
            }
            for (String column : identities) {
                try (PreparedStatement p = pg.prepareStatement("select setval(pg_get_serial_sequence(?, ?),"
                        + " coalesce((select max(" + quote(column) + ") from " + quote(table) + "), 0) + 1, false)")) {
                    p.setString(1, quote(table));
                    p.setString(2, column);
                    p.executeQuery().close();
                }
            }
        }
    }

    /**
     * Row count and order-independent checksum of a table, from values as both databases return them (text without
     * NUL characters, which PostgreSQL cannot hold and the copy drops).
     */
    static Table checksum(Connection c, String table) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        long sumA = 0;
        long sumB = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + quote(table))) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            String[] names = new String[n];
            for (int i = 0; i < n; i++) names[i] = meta.getColumnLabel(i + 1).toLowerCase();
            int[] order = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted(java.util.Comparator.comparing(i -> names[i])).mapToInt(Integer::intValue).toArray();
            while (rs.next()) {
                sha.reset();
                for (int i : order) {
                    sha.update(names[i].getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '=');
                    Object v = rs.getObject(i + 1);
                    if (v == null) sha.update((byte) 0);
                    else if (v instanceof byte[] b) sha.update(HexFormat.of().formatHex(b).getBytes(StandardCharsets.US_ASCII));
                    else if (v instanceof Number num && !(v instanceof Double) && !(v instanceof Float)
                            && !(v instanceof java.math.BigDecimal)) {
                        sha.update(Long.toString(num.longValue()).getBytes(StandardCharsets.US_ASCII));
                    } else sha.update(Database.withoutNul(v.toString()).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 1);
                }
                ByteBuffer d = ByteBuffer.wrap(sha.digest());
                sumA += d.getLong();
                sumB += d.getLong();
                rows++;
            }
        }
        return new Table(table, rows, String.format("%016x%016x", sumA, sumB));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
