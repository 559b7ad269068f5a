package zhaoshang.report;

import java.util.List;

/** What a {@link ReportExtractor} read from one message: one entry per record the message holds. */
public record Extraction(List<ExtractedReport> reports) { }
