/**
 * Turning chat text into typed reports.
 *
 * <p>{@link zhaoshang.report.ReportParser} is the entry point: {@code parse} reads a whole chat message (empty
 * outcome = not a report), {@code parseCorrection} reads the field part of a 更正 command. The pieces, in the
 * order a message meets them: {@code InputText} (clean odd characters), {@code KindHeader} and
 * {@link zhaoshang.report.ReportKinds} (which kind, shared date, "两家"), {@code NumberedLine} (items),
 * {@code FieldScanner} with {@code FieldSynonyms} ("名称：值" fields), {@code FreeForm} (one-line free text),
 * {@code FieldReader} with {@link zhaoshang.report.ChineseDates} and {@link zhaoshang.report.Money} (values),
 * {@code ReportAssembler} (required fields, typed records). All wording shown to members is in
 * {@code ProblemMessages}; templates in {@link zhaoshang.report.Templates}; column labels in
 * {@link zhaoshang.report.FieldLabels}.
 *
 * <p>Decisions: amounts are integer 元 read through {@link java.math.BigDecimal}, never floating point; amounts in
 * another currency (美元, 欧元, 港币 …) and numbers without a unit are refused with a problem asking for 人民币 in
 * 万 or 亿; fractions of a 元 are rounded half-up. Dates without a year resolve to the past for visits, leads,
 * signings (a future visit or signing date is refused) and to the nearest occurrence for inspections, trip plans
 * and trip summaries. Unknown "名称：" lines in a report are skipped (the raw message is kept by the inbox); in a
 * correction they are a problem. Messages over 8,000 characters that start like a report are answered with a
 * problem asking to split them.
 */
package zhaoshang.report;
