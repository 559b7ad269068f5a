package zhaoshang.report;

import java.util.List;

/** One report found in a chat message: either understood, or of a known kind but with problems. */
public sealed interface ParsedItem permits ParsedItem.Ok, ParsedItem.Invalid {

    ReportKind kind();

    /** A report that passed every check. */
    record Ok(Report report) implements ParsedItem {
        public ReportKind kind() { return report.kind(); }
    }

    /** A report of a known kind that cannot be recorded as written; problems is never empty. */
    record Invalid(ReportKind kind, List<Problem> problems) implements ParsedItem {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
