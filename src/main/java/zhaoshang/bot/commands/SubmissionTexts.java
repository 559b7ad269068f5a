package zhaoshang.bot.commands;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.progress.Period;

/** The wording of 报送, 备案/退回, 报送记录 and 指定报送人, kept together for review. */
final class SubmissionTexts {

    private SubmissionTexts() { }

    static final String SUBMIT_HELP = "报送 11月台账 — 组长（或指定报送人）把本组当月四本台账报送投资促进部备案（留存版本）";
    static final String DECIDE_HELP = "备案 第一工作组 11月 / 退回 第一工作组 11月 原因：… — 投资促进部办理报送的台账";
    static final String RECORDS_HELP = "报送记录 第一工作组 11月 — 各版本报送、备案、退回情况，附报送的台账文件";
    static final String DELEGATE_HELP = "指定报送人 何雨晴 / 取消报送人 何雨晴 — 组长指定可以报送本组台账的成员";

    static final String EXAMPLES = "报送 11月台账、报送 本月台账";
    static final String DECIDE_EXAMPLES = "备案 第一工作组 11月、退回 第一工作组 11月 原因：走访台账缺对接人员";
    static final String NO_TEAM = "您不属于任何工作组，没有可报送的台账。";
    static final String NAME_TEAM = "请写明工作组，例如：" + DECIDE_EXAMPLES;
    static final String RETURN_REASON = "请写明退回原因，例如：退回 第一工作组 11月 原因：走访台账缺对接人员";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    static String monthOnly(String label) {
        return "台账按月报送，“" + label + "”不是一个月份。例如：" + EXAMPLES;
    }

    static String defaultedToLastMonth(Period month) {
        return "（未写月份：本月刚开始，按上月 " + month.label() + " 报送；报送本月请写“报送 本月台账”。）";
    }

    static String unchanged(Submission s) {
        return "第" + s.version() + "版" + s.status().label() + "，台账与那一版相同，无需重复报送。"
                + (s.status() == zhaoshang.ledger.Submissions.Status.SUBMITTED ? "请等待投资促进部备案。" : "");
    }

    static String counts(Map<String, Map<String, String>> records) {
        return zhaoshang.ledger.Submissions.counts(records);
    }

    static String submitted(String team, Period month, Submission s, String counts) {
        return "📤 已报送 " + team + " " + month.label() + "台账（第" + s.version() + "版）：" + counts + "。\n校验码 "
                + shortHash(s.sha256()) + "。已推送投资促进部协调群，等待备案。报送后仍可更正，更正会在下一版中列出。";
    }

    static String changesHeading(int version) {
        return "与第" + (version - 1) + "版相比：";
    }

    static String noChanges(int version) {
        return "与第" + (version - 1) + "版相比：无变化。";
    }

    static String notSubmitted(String team, Period month) {
        return team + "还没有报送" + month.label() + "台账。";
    }

    static String alreadyDecided(String team, Period month, Submission s) {
        String state = s.status() == zhaoshang.ledger.Submissions.Status.RETURNED ? "已退回" : s.status().label();
        return team + " " + month.label() + "台账第" + s.version() + "版" + state + "，没有待办理的版本。";
    }

    static String filed(String team, Period month, Submission s, String leaders) {
        return "✅ 已备案：" + team + " " + month.label() + "台账（第" + s.version() + "版，校验码 " + shortHash(s.sha256())
                + "）。已通知" + leaders + "。";
    }

    static String returned(String team, Period month, Submission s, String reason, String leaders) {
        return "↩️ 已退回：" + team + " " + month.label() + "台账（第" + s.version() + "版）。原因：" + reason + "\n已通知"
                + leaders + "，改好后重新报送。";
    }

    static String status(Submission s) {
        return s == null ? "未报送" : s.status().label() + "（第" + s.version() + "版）";
    }

    static String recordsTitle(String team, Period month) {
        return team + " " + month.label() + "台账报送记录";
    }

    static String versionLine(Submission s, String who, ZoneId zone, String decider) {
        StringBuilder sb = new StringBuilder("第" + s.version() + "版 " + when(s.submittedAt(), zone) + " " + who
                + " 报送 · " + s.status().label());
        if (s.decidedAt() != null) sb.append("（").append(decider).append(" ").append(when(s.decidedAt(), zone))
                .append(s.reason() == null ? "" : "，原因：" + s.reason()).append("）");
        sb.append(" · 校验码 ").append(shortHash(s.sha256()));
        if (s.version() > 1) sb.append(" · 变化 ").append(s.changes().size()).append(" 项");
        return sb.toString();
    }

    static String attached(int version) {
        return "附第" + version + "版台账文件（报送时冻结，未再改动）；其他版本请发“报送记录 … 第1版”。";
    }

    static String noSuchVersion(int version, int latest) {
        return "没有第" + version + "版（最新为第" + latest + "版）。";
    }

    static String monthStatusTitle(Period month) {
        return month.label() + "台账报送情况";
    }

    static String delegateNamed(String name) {
        return "已指定 " + name + " 为本组报送人：可以发送“报送 11月台账”报送本组台账。";
    }

    static String delegateRemoved(String name, boolean was) {
        return was ? "已取消 " + name + " 的报送人资格。" : name + " 原本就不是本组报送人。";
    }

    static String unknownMember(String name) {
        return "名单里没有“" + name + "”，请写成员姓名，例如：指定报送人 何雨晴";
    }

    static String delegates(List<String> names) {
        return names.isEmpty() ? "" : "本组报送人：组长及 " + String.join("、", names);
    }

    static String shortHash(String sha256) {
        return sha256.substring(0, 16);
    }
}
