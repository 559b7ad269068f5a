package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.util.List;

import zhaoshang.ledger.FollowUps;

/** The wording of the one-to-one follow-up commands (进展, 下步, 问题, 问题已解决) and 申请领导介入, kept together. */
final class FollowUpTexts {

    private FollowUpTexts() { }

    static final String HELP = "线索 #L-0003 下步：邀请来区考察 12月10日 / 项目 #S-0007 进展：… / 项目 #S-0007 问题：… / "
            + "项目 #S-0007 问题已解决 — 一对一跟踪：下步计划和时间节点、进展、存在问题";
    static final String LEADER_HELP = "申请领导介入 #L-0003 原因：… — 把记录和原因报送领导和投资促进部";

    static String leaderReason(String number) {
        return "请写明申请领导介入的原因，例如：申请领导介入 " + number + " 原因：企业要求与管委会主要领导面谈用地和电价";
    }

    static String leaderSent(String number, String to) {
        return "🆘 已提交申请领导介入 " + number + "，将在投资促进部协调群 @" + to + "。可发“历史 " + number + "”查看留痕。";
    }

    static String emptyText(String number, String what) {
        return "请写出" + what + "内容，例如：" + switch (what) {
            case "下步" -> "线索 " + number + " 下步：邀请来区考察 12月10日";
            case "问题" -> "项目 " + number + " 问题：环评手续办理慢，需协调";
            default -> "项目 " + number + " 进展：企业已完成内部立项";
        };
    }

    static String progressRecorded(String number, String summary, String text) {
        return "📝 已记录 " + number + "（" + summary + "）进展：" + text;
    }

    static String nextRecorded(String number, String summary, String text, LocalDate due) {
        return "🗓 已更新 " + number + "（" + summary + "）下步计划：" + text
                + (due == null ? "\n没读到时间节点：请补充，例如“线索 " + number + " 下步：" + text + " 12月10日”；没有时间节点，"
                        + "14 天无进展时会提醒责任人。"
                        : "\n时间节点：" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日，到期未更新会提醒责任人。");
    }

    static String problemRecorded(String number, String summary, String text, int open) {
        return "⚠️ 已记录 " + number + "（" + summary + "）存在问题：" + text + "\n该项目现有 " + open
                + " 个未解决问题，列入调度会问题清单；解决后发“项目 " + number + " 问题已解决”。";
    }

    static String solved(String number, List<FollowUps.Note> problems) {
        if (problems.isEmpty()) return number + " 没有未解决的问题。";
        StringBuilder sb = new StringBuilder("✅ " + number + " 以下问题已标记解决：");
        for (FollowUps.Note n : problems) sb.append("\n· ").append(n.text());
        return sb.toString();
    }

    static String notFollowed(String number, String kindLabel) {
        return number + " 是" + kindLabel + "记录；一对一跟踪适用于线索（#L-）和签约项目（#S-）。";
    }

    static String problemsOnlyForProjects(String number) {
        return "存在问题记在签约项目（#S-）上；线索 " + number + " 请用“下步”或“进展”。";
    }
}
