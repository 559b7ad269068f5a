package zhaoshang.report;

import java.util.List;

/**
 * report: every field that passed its check; doubtful: labels (e.g. "企业名称", "拟投资额", "走访日期") of fields the
 * model gave but that failed a check (left null in report).
 */
public record ExtractedReport(Report report, List<String> doubtful) { }
