package zhaoshang.report;

import java.util.List;

/**
 * One report found in a chat message: either understood ({@link Ok}), or of a known kind but not recordable as
 * written ({@link Invalid}). Both carry what was read ({@link #draft()}) and what the parser is unsure of
 * ({@link #doubts()}): an Ok item with doubts should be confirmed with the member before it is recorded (one
 * question about the first doubt); an Invalid item lists a doubt for every problem (MISSING, UNREADABLE,
 * FUTURE_DATE, NOT_AN_ENTERPRISE) so the bot can ask for just that field and complete the draft from the answer.
 */
public sealed interface ParsedItem permits ParsedItem.Ok, ParsedItem.Invalid {

    ReportKind kind();

    /** What was read, with null where nothing (or nothing acceptable) was found; null only for a too-long message. */
    Report draft();

    /** What the parser is unsure of, in the order to ask; empty when the item can be recorded as is. */
    List<Doubt> doubts();

    /** No doubt at all: record silently. */
    default boolean sure() { return doubts().isEmpty(); }

    /** A report that passed every check; doubts (kind guessed, enterprise recognised without suffix) may remain. */
    record Ok(Report report, List<Doubt> doubts) implements ParsedItem {
        public Ok {
            doubts = doubts == null ? List.of() : List.copyOf(doubts);
        }

        public Ok(Report report) { this(report, List.of()); }

        public ReportKind kind() { return report.kind(); }

        public Report draft() { return report; }
    }

    /**
     * A report of a known kind that cannot be recorded as written; problems is never empty (the template answer's
     * wording), draft holds what was read, doubts name the fields to ask about.
     */
    record Invalid(ReportKind kind, List<Problem> problems, Report draft, List<Doubt> doubts) implements ParsedItem {
        public Invalid {
            problems = List.copyOf(problems);
            doubts = doubts == null ? List.of() : List.copyOf(doubts);
        }

        public Invalid(ReportKind kind, List<Problem> problems) { this(kind, problems, null, List.of()); }

        public Invalid(ReportKind kind, List<Problem> problems, Report partial) { this(kind, problems, partial, List.of()); }

        /** The same as {@link #draft()}: what was read so far. */
        public Report partial() { return draft; }
    }
}
