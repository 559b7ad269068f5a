package zhaoshang.report;

/**
 * One thing wrong with a report, for the member to fix.
 *
 * @param field   the Chinese field label, e.g. "企业名称"
 * @param message Chinese text saying what is wrong and how to fix it
 */
public record Problem(String field, String message) { }
