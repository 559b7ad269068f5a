/**
 * Reminders on the Chinese working calendar, sent exactly once.
 *
 * <h2>Rules (bot-config/schedules.yaml, Asia/Shanghai)</h2>
 * <table>
 * <tr><th>rule</th><th>default</th><th>key</th></tr>
 * <tr><td>{@link zhaoshang.remind.DailyVisitCheck} 每日走访</td><td>19:00 on every trip day, weekends and holidays
 *     included</td><td>dailyVisitCheck:team:day</td></tr>
 * <tr><td>{@link zhaoshang.remind.VisitRecordDeadline} 24小时登记</td><td>09:00 on planned day + 2, next working
 *     day</td><td>visit24h:plan:enterpriseKey:day</td></tr>
 * <tr><td>{@link zhaoshang.remind.DayAfterReturnReminder} 返回报送台账</td><td>09:00 the day after return, next
 *     working day</td><td>dayAfterReturn:team:depart~return</td></tr>
 * <tr><td>{@link zhaoshang.remind.TripSummaryReminder} 外出总结</td><td>09:00, 2 working days before and on the
 *     5th working day after return; overdue the working day after</td>
 *     <td>tripSummary:team:depart~return:before|due|overdue|overdue-coord</td></tr>
 * <tr><td>{@link zhaoshang.remind.MonthEndReminder} 月底台账</td><td>09:00, 3 working days before and on the last
 *     working day; summary 18:00 on the last working day</td><td>monthEnd:team:yyyy-MM:before|last,
 *     monthEnd:summary:yyyy-MM</td></tr>
 * <tr><td>{@link zhaoshang.remind.QuarterInspectionReminder} 季度考察</td><td>09:00 on the 15th of the middle
 *     month and 15 days before quarter end, next working day</td><td>quarterInspections:team:yyyyQn:mid|late</td></tr>
 * <tr><td>{@link zhaoshang.remind.HolidayFileReminder} 节假日文件</td><td>09:00 on a working day from 1 December while
 *     next year's bot-config/holidays/YYYY.yaml is not in use (the current year's: from 1 January), then weekly;
 *     coordination group, @ 投资促进部</td><td>holidayFile:year:yyyy-MM-dd</td></tr>
 * </table>
 * Quiet hours (21:00–08:00) move a time inside them to their end. Only the daily check speaks on non-working days.
 *
 * <h2>Exactly once</h2>
 * {@link zhaoshang.remind.ReminderDecision#decide} is a pure function of the window (last evaluated, now], the
 * config, the ledger facts and the sent-log. {@link zhaoshang.remind.ReminderEvaluator} writes each reminder's
 * sent-log row ({@code reminder_sent}, primary key = reminder key) and its outbox rows (dedupe key = reminder key
 * + conversation) in one transaction; either key already present means nothing is queued. The window's end is
 * stored in {@code reminder_state}, so after a restart or a clock jump the gap is evaluated once.
 *
 * <h2>Late and obsolete</h2>
 * A reminder found more than 5 minutes after it fell due is marked （补发）. It is not sent at all when
 * <ul>
 * <li>the situation resolved: the rule reads the ledgers as they are now (a visit recorded, a summary filed,
 *     inspections reached the target), so it is simply not found;</li>
 * <li>its deadline passed ({@link zhaoshang.remind.Reminder#staleAt()}): daily check — the end of the next day
 *     (the 24-hour recording window closed); 24-hour rule — 3 days after it fell due; day after return — the end of
 *     that day; trip summary reminders — when the overdue notice falls due; overdue notice and month summary —
 *     7 days; month-end team reminders — the end of the last working day; quarter — the end of the quarter;</li>
 * <li>a later reminder of the same series falls in the same window (only the latest is sent);</li>
 * <li>the downtime was longer than {@link zhaoshang.remind.ReminderEvaluator#MAX_CATCH_UP} (10 days).</li>
 * </ul>
 * During quiet hours the evaluator sends nothing and does not advance the window, so a reminder that fell due
 * before them waits for their end.
 *
 * <h2>The clock went back</h2>
 * A stored evaluation point more than {@code ReminderEvaluator.CLOCK_SLACK} (5 minutes) later than the clock means the
 * clock had been set ahead (the simulator, a wrong system time) and was corrected; left alone nothing would be
 * evaluated until the clock caught up. It is logged, shown in /healthz ({@code remindersClockWentBack}) and handled in
 * one transaction: "once" is once per key on a clock that only goes forward, so sent-log rows due after now — sent
 * early by the wrong clock — move to {@code reminder_sent_voided} and their outbox messages give up their dedupe keys
 * (unsent ones are not sent), so each goes out again when it really falls due; rows due up to now stay and are never
 * sent twice. Outbox messages scheduled more than an hour ahead are due now, and the outbox's per-minute limit ignores
 * sends stamped in the future. Evaluation restarts {@code MAX_CATCH_UP} back, as after a long downtime.
 */
package zhaoshang.remind;
