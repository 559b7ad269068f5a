package zhaoshang.remind;

import java.util.List;
import java.util.Optional;

import zhaoshang.ledger.Ledger;

/** The reminder rules, in the order their reminders are sent when several fall due at once. */
public final class Reminders {

    private Reminders() { }

    public static List<ReminderRule> rules(MonthlyWorkbook workbook) {
        return List.of(new DailyVisitCheck(), new VisitRecordDeadline(), new DayAfterReturnReminder(),
                new TripSummaryReminder(), new MonthEndReminder(workbook), new QuarterInspectionReminder());
    }

    /**
     * The deadline rules and the office's notices that read the ledgers themselves (报送/备案, follow-up, alerts), and
     * the holiday-file notice, which reads when it last spoke from the sent-log.
     */
    public static List<ReminderRule> rules(MonthlyWorkbook workbook, Ledger ledger, ReminderStore store) {
        List<ReminderRule> all = new java.util.ArrayList<>(rules(workbook));
        all.add(new SubmissionNotices(ledger.submissions()));
        all.add(new MajorIntentAlert(ledger));
        all.add(new LeaderHelpNotice(ledger));
        all.add(new EnterpriseOverlapAlert(ledger));
        all.add(new FollowUpReminder(ledger));
        all.add(new HolidayFileReminder(store));
        return List.copyOf(all);
    }

    /** A rule by its Chinese label, a common alias, or its bot-config key. */
    public static Optional<ReminderRule> byName(List<ReminderRule> rules, String name) {
        String n = name.strip();
        for (ReminderRule r : rules) {
            if (r.id().equalsIgnoreCase(n) || r.label().equals(n)) return Optional.of(r);
        }
        String rule = switch (n) {
            case "每日走访提醒", "走访检查", "每日检查", "每日提醒" -> DailyVisitCheck.ID;
            case "24小时", "24小时提醒", "走访登记", "登记提醒", "24小时登记提醒" -> VisitRecordDeadline.ID;
            case "月底", "月底提醒", "台账", "月底台账提醒" -> MonthEndReminder.ID;
            case "返回台账", "返回次日", "返回提醒", "返回报送" -> DayAfterReturnReminder.ID;
            case "总结", "外出总结提醒", "工作总结" -> TripSummaryReminder.ID;
            case "考察", "季度考察提醒", "考察提醒" -> QuarterInspectionReminder.ID;
            case "报送", "备案", "报送提醒", "备案提醒" -> SubmissionNotices.ID;
            case "重大意向提醒", "重大项目" -> MajorIntentAlert.ID;
            case "领导介入" -> LeaderHelpNotice.ID;
            case "跟踪", "一对一", "跟踪提醒", "线索跟踪" -> FollowUpReminder.ID;
            case "同一企业提醒", "重复对接", "撞车" -> EnterpriseOverlapAlert.ID;
            case "节假日", "节假日提醒", "节假日安排", "假期文件" -> HolidayFileReminder.ID;
            default -> null;
        };
        return rules.stream().filter(r -> r.id().equals(rule)).findFirst();
    }
}
