package zhaoshang.report;

import java.util.List;

/**
 * Formal (公文) and news-style visit reports name the visited organisation in full once ("走访海信集团控股股份有限公司")
 * and again by a short form in a later sentence ("在海信集团，秦立新一行参观了…"): the second mention is the same visit,
 * not a second one.
 */
final class FormalVisit {

    private static final java.util.regex.Pattern LEADING_PREPOSITION = Patterns.compile("^(?:在|到|赴|于)");

    private FormalVisit() { }

    /**
     * The record already read for the organisation the name stands for (a short form of its full name, with a
     * leading 在/到/赴 said before it); null when there is none, or the clause tells of another kind of event.
     */
    static ProseRecord again(List<ProseRecord> records, String name, ReportKind cueKind) {
        String n = LEADING_PREPOSITION.matcher(name).replaceFirst("");
        if (n.length() < 2) return null;
        for (ProseRecord r : records) {
            if (r.fromVisit || r.enterprise == null || !r.suffixed || r.kind != ReportKind.VISIT && r.kind != ReportKind.INSPECTION) continue;
            if (cueKind != null && cueKind != r.kind) continue;
            String full = r.enterprise;
            if (full.length() > n.length() + 2 && full.startsWith(n)) return r;
        }
        return null;
    }
}
