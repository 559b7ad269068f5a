package zhaoshang.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;

import zhaoshang.report.Report;
import zhaoshang.report.SigningReport;

/**
 * Likely duplicates (table {@code likely_duplicate}, V11): a new record that seems to report what another active
 * record of the same team already holds — the same enterprise ({@link EnterpriseName}) reported by another member for
 * the same day (visits, leads, inspections, signings), or a signing of the same project ({@link ProjectName}). Both
 * records stay; nothing is merged: the flag is shown in the confirmation and in the exported ledgers, and a person
 * withdraws one if it is a real duplicate.
 */
final class LikelyDuplicates {

    static final String SAME_ENTERPRISE_DAY = "same_enterprise_day";
    static final String SAME_PROJECT = "same_project";
    /** How many of another member's records of the day are read at a time, up to the first of the same enterprise. */
    static final int SAME_DAY_PAGE = 32;

    private LikelyDuplicates() { }

    /**
     * Flags the new record against the first likely duplicate found; its number, or empty.
     *
     * @param day the record's date as stored (its {@code date} column), or null to read it back
     */
    static Optional<String> flag(Handle h, KindTable kt, Report r, long id, String number, String teamId,
                                 String reporterId, String enterpriseKey, String day, Instant at) {
        if (kt == KindTable.TRIP_PLAN || kt == KindTable.TRIP_SUMMARY) return Optional.empty();
        String other = null;
        String reason = null;
        if (r instanceof SigningReport s) {
            String projectKey = ProjectName.normalize(s.project());
            for (Row row : Ledger.RECORD_ROWS.on(h).signingsOfProject(teamId, projectKey)) {
                if (row.whole("id") != id) {
                    other = row.text("number");
                    reason = SAME_PROJECT;
                    break;
                }
            }
        }
        if (other == null && enterpriseKey != null && !enterpriseKey.isEmpty()) {
            String date = day != null ? day : h.createQuery("SELECT date FROM " + kt.table + " WHERE id = :id")
                    .bind("id", id).mapTo(String.class).one();
            // another member's records of the day, read only up to the first of the same enterprise (a busy team's
            // day may hold hundreds). In id order, which is number order (both are given in the one transaction at a
            // time that records a kind): the (team_id, date, status, id) index (V17) holds a day's records in id
            // order, so SQLite reads them from it as they come and stops at the first found; ordered by seq it sorted
            // the whole day first (a temporary B-tree per record: 23% of the inbound worker's SQLite time in
            // FullPathBenchmark). A page of SAME_DAY_PAGE at a time: PostgreSQL's driver reads a query's whole result
            // before the first row is looked at, so without a limit every record read the team's whole day (or, once
            // the tables were analyzed, the whole table in id order: 2,000 rows per record in FullPathBenchmark)
            // The rows are looked at as they are read and the reading stops at the first of the same enterprise: on
            // SQLite the rows after it are never stepped to (each a look-up of its table row; a busy day's first rows
            // of another member usually hold the enterprise, and reading the whole page was most of the check)
            long after = 0;
            for (boolean more = true; more && other == null; ) {
                int read = 0;
                try (ResultIterator<String[]> page = h.createQuery("SELECT id, number, enterprise_key FROM " + kt.table
                                + " WHERE team_id = :team AND date = :day AND status = 'active' AND id > :after AND id <> :id"
                                + " AND reporter_id <> :reporter ORDER BY id LIMIT " + SAME_DAY_PAGE)
                        .bind("team", teamId).bind("day", date).bind("after", after).bind("id", id)
                        .bind("reporter", reporterId)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).iterator()) {
                    while (page.hasNext()) {
                        String[] row = page.next();
                        read++;
                        after = Long.parseLong(row[0]);
                        if (EnterpriseName.sameEnterprise(enterpriseKey, row[2])) {
                            other = row[1];
                            reason = SAME_ENTERPRISE_DAY;
                            break;
                        }
                    }
                }
                more = read == SAME_DAY_PAGE;
            }
        }
        if (other == null) return Optional.empty();
        h.createUpdate("INSERT INTO likely_duplicate (number, other_number, reason, flagged_at)"
                        + " VALUES (:n, :o, :r, :at)")
                .bind("n", number).bind("o", other).bind("r", reason).bind("at", UtcText.format(at)).execute();
        return Optional.of(other);
    }

    /** For each of the numbers that is flagged (either side), the other records' numbers. */
    static Map<String, List<String>> of(Handle h, Collection<String> numbers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> all = List.copyOf(numbers);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> part = all.subList(i, Math.min(all.size(), i + 500));
            h.createQuery("SELECT number, other_number FROM likely_duplicate"
                            + " WHERE number IN (<numbers>) OR other_number IN (<numbers>) ORDER BY flagged_at, number")
                    .bindList("numbers", part)
                    .map((rs, ctx) -> new String[]{rs.getString("number"), rs.getString("other_number")})
                    .forEach(pair -> {
                        out.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
                        out.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
                    });
        }
        out.keySet().retainAll(numbers);
        return out;
    }
}
