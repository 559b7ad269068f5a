/**
 * The ledgers (台账): visits, leads, inspections, signings, trip plans and trip summaries, stored exactly, with
 * history. {@link zhaoshang.ledger.Ledger} is the one entry point; everything else here is its vocabulary.
 *
 * <h2>Rules the rest of the bot relies on</h2>
 * <ul>
 *   <li>Numbers: per kind, {@code #V-0001} … ({@link zhaoshang.ledger.RecordNumber}); never reused, also not after
 *       a withdrawal. {@code find} accepts "#V-0042", "V-42", "v42", full-width forms.</li>
 *   <li>Dates are the record's own date in the bot's zone (Asia/Shanghai), stored yyyy-MM-dd; instants are UTC
 *       text. Amounts are integer 元 ({@code Long}); corrections with floating-point amounts are refused.</li>
 *   <li>逾期登记: a visit recorded at or after the start of the second day after the visit day
 *       ({@link zhaoshang.ledger.VisitDeadline}); recomputed against the recording time when the date is corrected.</li>
 *   <li>Defaults: missing visit/lead/signing date → the recording day; lead stage → 线索; signing progress → 签约.
 *       A lead's 跟踪责任人 / a signing's 责任人 are stored as given: the bot fills in the sender's name.</li>
 *   <li>Same enterprise: {@link zhaoshang.ledger.EnterpriseName} (key, then prefix/place rule). Links are made
 *       within the team: lead → visit (线索来源 number first, any team; else the team's latest visit of the
 *       enterprise), signing → lead (same enterprise and project, else the enterprise's lead without a project;
 *       the lead moves to 签约 with a history row whose reason is "签约 #S-…"), lead set to 签约 → the team's signing
 *       of the enterprise. Withdrawing a record does not undo links or stages it caused.</li>
 *   <li>Duplicate signing: same team, active, equal {@link zhaoshang.ledger.ProjectName} key and same enterprise →
 *       nothing is stored, {@code Recorded.outcome() == DUPLICATE} with the existing number.</li>
 *   <li>引进落地: a signing's {@code landedOn} is the day its progress first reached 开工 or 投产 (the recording day
 *       when reported already at 开工); going back below 开工 clears it. 亿元以上 filtering is the caller's.</li>
 *   <li>Period queries are inclusive on both ends, active records only unless asked; a null team means all teams,
 *       a null bound is open. Trip plans and summaries match when their days overlap the period; a summary
 *       without trip dates counts on the day it was filed.</li>
 *   <li>History actions: create, correct (one row per field, component names), withdraw (field "status"),
 *       progress, stage. Corrections of stage/progress through {@code correct} are recorded as correct.</li>
 *   <li>Permissions are not checked here: commands decide who may withdraw or correct; the ledger records the
 *       actor.</li>
 * </ul>
 */
package zhaoshang.ledger;
