package zhaoshang.bot.commands;

/**
 * What the office-paper commands say (本组记录, 调度会材料, 季度通报, 考察计划), in one place for review.
 */
final class PaperTexts {

    private PaperTexts() { }

    // ---------------------------------------------------------------- 本组记录

    static final String TEAM_RECORDS_HELP = "本组记录 / 台账 本月 / 台账 第二工作组 10月 — 组长查看本组本月记录（附台账 Excel）";
    static final String TEAM_RECORDS_EXAMPLES = "本组记录、本组记录 10月、台账 本月、台账 第二工作组 11月";
    static final String NO_TEAM_RECORDS = "本期还没有记录。";
    static final String LATE = "（逾期登记）";

    static String teamRecordsTitle(String team, String period) {
        return team + " " + period + "记录";
    }

    static String latest(int shown, int total) {
        return shown == total ? "共 " + total + " 条，按登记时间从新到旧：" : "共 " + total + " 条，最近登记的 " + shown + " 条：";
    }

    static String teamRecordsFooter(boolean more) {
        return (more ? "其余记录和" : "") + "各台账明细见附件 Excel；查看某条的修改留痕：历史 编号";
    }

    // ---------------------------------------------------------------- 调度会材料, 季度通报

    static final String MEETING = "调度会材料";
    static final String MEETING_HELP = "调度会材料 11月 — 投资促进部：月度调度会材料（Word：各组任务完成、排名、签约和亿元项目、待解决问题、下月安排）";
    static final String MEETING_EXAMPLES = "调度会材料 11月、调度会材料 2026年10月";
    static final String MEETING_MONTH_ONLY = "调度会材料按月生成，请写月份，例如“调度会材料 11月”。季度情况请发“季度通报 2026年第四季度”。";

    static String meetingSent(String period) {
        return "📄 " + period + "招商工作调度会材料（Word）已生成，可直接修改后印发。"
                + "“需要研究解决的问题”取自签约项目台账的“存在问题/需要解决的问题”和尚未标记解决的“项目 编号 问题：…”。";
    }

    static final String BULLETIN = "季度通报";
    static final String BULLETIN_HELP = "季度通报 2026年第四季度 — 投资促进部：各工作组季度工作情况通报（Word）";
    static final String BULLETIN_EXAMPLES = "例如：季度通报 2026年第四季度、季度通报 本季度、季度通报 上季度";
    static final String BULLETIN_QUARTER_ONLY = "季度通报按季度生成，请写季度，例如“季度通报 2026年第四季度”。";

    static String bulletinSent(String quarter) {
        return "📄 关于" + quarter + "各招商工作组工作情况的通报（Word 草稿）已生成，文号留空，请修改后印发。";
    }

    // ---------------------------------------------------------------- 考察计划

    static final String INSPECTION = "考察邀请函和接待方案";
    static final String INSPECTION_HELP = "考察计划（企业、时间、来访人员、行程）— 生成考察邀请函和《考察接待方案》草稿（Word）";
    static final String INSPECTION_TEMPLATE = """
            请按下面的格式发送考察计划（企业和时间必填）：
            考察计划
            企业：宁德时代新能源科技股份有限公司
            时间：12月10日-12月11日
            来访人员：王总（副总裁）等3人
            行程：12月10日上午 参观高新区产业园；12月10日下午 项目座谈；12月11日 考察潞州区
            区域：高新区
            陪同：高新区管委会副主任
            联系人：王主任 0355-0000000""";

    static String inspectionBadDate(String written) {
        return "考察时间“" + written + "”看不懂，请写成 12月10日 或 12月10日-12月11日。";
    }

    static String inspectionSent(String enterprise) {
        return "📄 " + enterprise + " 考察邀请函和《考察接待方案》草稿（Word）已生成，请投资促进部修改后使用。";
    }
}
