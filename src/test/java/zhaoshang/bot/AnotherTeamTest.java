package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * Every command of the bot, sent by members of 第一工作组 (a 组员 and the 组长) in 第二工作组's group and in the
 * coordination group: no answer, no attachment and no file shows anything of 第二工作组 (its enterprises, projects,
 * record numbers, people, mute reasons, leaves, figures or workbooks), and nothing of 第二工作组 changes. The commands
 * come from the bot's own list, so a command added later without probes here fails this test.
 */
class AnotherTeamTest {

    /** Messages for each command class; {V} {L} {S} {I} stand for 第二工作组's record numbers. */
    static final Map<String, List<String>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put("HelpCommand", List.of("帮助"));
        PROBES.put("TemplateCommand", List.of("模板 走访"));
        PROBES.put("MyRecordsCommand", List.of("我的记录"));
        PROBES.put("WithdrawCommand", List.of("撤销 {V}", "撤销 {S} 重复登记", "撤销 {I}"));
        PROBES.put("ConfirmCommand", List.of("确认 {V}", "确认 {S}"));
        PROBES.put("CorrectCommand", List.of("更正 {V} 投资意向：无", "更正 {L} 下步计划：放弃", "更正 {S} 投资额：1亿元"));
        PROBES.put("StageCommand", List.of("项目 {S} 进展：开工", "线索 {L} 阶段：洽谈"));
        PROBES.put("HistoryCommand", List.of("历史 {V}", "历史 {L}", "历史 {S}"));
        PROBES.put("ProgressCommand", List.of("本月进度", "本季进度", "本年进度", "完成情况", "进展情况", "进度 第二工作组",
                "进度 第二工作组 11月", "进度 2组 本季度", "本月完成情况"));
        PROBES.put("ExportCommand", List.of("导出台账", "导出全部台账", "导出台账 11月", "导出台账 第二工作组 11月",
                "导出走访台账 本季度", "导出全部台账 11月", "导出签约台账 2026年", "导出全部台账 第二工作组"));
        PROBES.put("TeamRecordsCommand", List.of("本组记录", "本组记录 第二工作组", "台账 第二工作组 11月", "台账 本月",
                "11月台账"));
        PROBES.put("MeetingPackCommand", List.of("调度会材料 11月", "调度会材料"));
        PROBES.put("BulletinCommand", List.of("季度通报 2026年第四季度", "季度通报"));
        PROBES.put("InspectionPlanCommand", List.of("考察计划\n企业：隐秘丙科技有限公司\n时间：12月10日\n工作组：第二工作组",
                "考察计划\n企业：隐秘丙科技有限公司\n时间：12月10日"));
        PROBES.put("RankingCommand", List.of("排行", "擂台 本季度", "排行 11月"));
        PROBES.put("LeaveCommand", List.of("请假 12月1日", "销假"));
        PROBES.put("MuteCommand", List.of("静音 每日走访 3天 原因：测试", "取消静音 每日走访", "静音 月底台账 原因：测试"));
        PROBES.put("ReminderSettingsCommand", List.of("提醒设置"));
        PROBES.put("ReminderTestCommand", List.of("提醒 测试", "提醒 测试 第二工作组"));
        PROBES.put("FollowUpCommand", List.of("线索 {L} 下步：放弃 12月1日", "项目 {S} 进展：继续洽谈用地", "项目 {S} 问题：测试",
                "项目 {S} 问题已解决", "项目 {L} 进展：企业已立项"));
        PROBES.put("LeaderHelpCommand", List.of("申请领导介入 {L} 原因：测试", "申请领导介入 {S}"));
        PROBES.put("SubmissionRecordsCommand", List.of("报送记录 第二工作组 11月", "报送记录", "报送记录 第二工作组 11月 第1版"));
        PROBES.put("SubmitterCommand", List.of("指定报送人 许嘉禾", "取消报送人 许嘉禾"));
        PROBES.put("SubmitCommand", List.of("报送 第二工作组 11月台账", "报送 11月台账"));
        PROBES.put("DecideSubmissionCommand", List.of("备案 第二工作组 11月", "退回 第二工作组 11月 原因：测试"));
        PROBES.put("RosterCommand", List.of("名单", "名单 第二工作组", "名单历史", "名单历史 第二工作组", "导出名单",
                "导出名单 第二工作组"));
        PROBES.put("RosterChangeCommand", List.of("添加 @新人乙 第二工作组 组员", "添加 @新人乙 第一工作组 组员", "移出 @许嘉禾",
                "移出 方若兰", "设为组长 @许嘉禾", "转组 @许嘉禾 第一工作组", "转组 陆承泽 第一工作组"));
        PROBES.put("JoinCommand", List.of("同意", "同意 机密丁", "拒绝 机密丁", "同意 #1"));
        PROBES.put("ConnectCommand", List.of("本群为第一工作组", "本群为协调群"));
        PROBES.put("DraftAnswerCommand", List.of("走访\n企业：本组待补充企业有限公司\n时间：今天", "对", "企业：保密机电甲科技有限公司", "取消"));
        PROBES.put("ReportCommand", List.of(
                "走访\n企业：本组新企业有限公司\n洽谈内容：介绍园区\n投资意向：一般",
                "线索\n企业：东莞聚景实业有限公司\n项目名称：电子信息产业园\n拟投资额：1亿元\n线索来源：{V}",
                "签约\n项目：秘密储能乙项目\n企业：保密机电甲科技有限公司\n签约日期：2026-11-16\n投资额：2亿元"));
    }

    /** Strings only 第二工作组's data contains. */
    static final List<String> SECRETS = List.of("保密机电甲", "秘密储能乙", "隐秘丙", "机密丁", "机密展会值守",
            "方若兰", "许嘉禾", "陆承泽", "第二工作组 2026年", "第二工作组静音", "第二工作组请假", "以下是第二工作组");

    static final List<String> OUTSIDERS = List.of("m-he", "m-lin");            // 第一工作组: 组员, 组长
    static final List<String> GROUPS = List.of("local-team2", "local-coord");

    @TempDir
    Path dir;
    TestBot bot;
    final Map<String, String> numbers = new LinkedHashMap<>();

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00");
        numbers.put("{V}", number(bot.sayText("local-team2", "m-xu",
                "走访\n企业：保密机电甲科技有限公司\n时间：今天\n洽谈内容：储能项目选址\n投资意向：较强\n拟投资额：2亿元"), "V"));
        numbers.put("{L}", number(bot.sayText("local-team2", "m-xu",
                "线索\n企业：保密机电甲科技有限公司\n项目名称：秘密储能乙项目\n拟投资额：3亿元\n线索来源：" + numbers.get("{V}")), "L"));
        numbers.put("{S}", number(bot.sayText("local-team2", "m-fang",
                "签约\n项目：秘密储能乙项目\n企业：保密机电甲科技有限公司\n签约日期：2026-11-15\n投资额：6亿元\n进度：签约"), "S"));
        numbers.put("{I}", number(bot.sayText("local-team2", "m-xu",
                "考察\n企业：隐秘丙材料有限公司\n考察日期：2026-11-18\n来访人员：王董事长"), "I"));
        numbers.put("{T}", number(bot.sayText("local-team2", "m-lu",
                "外出计划\n目的地：深圳\n出发日期：11月19日\n返回日期：11月23日\n拟拜访企业：机密丁电子有限公司（11月21日）"), "T"));
        assertThat(bot.sayText("local-team2", "m-fang", "静音 每日走访 3天 原因：机密展会值守")).contains("已为本组静音");
        assertThat(bot.sayText("local-team2", "m-lu", "请假 11月25日-11月27日")).contains("已登记请假");
        // someone asks to join 第二工作组 (the name is one of its secrets)
        assertThat(TestBot.text(bot.sayAs("local-team2", "u-secret", "机密丁", "你好"))).contains("已请组长确认");
        bot.sayText("local-team1", "m-he", "走访\n企业：本组公开企业有限公司\n时间：今天\n洽谈内容：介绍园区\n投资意向：一般");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void everyCommandAsAMemberOfAnotherTeamShowsAndChangesNothingOfIt() throws Exception {
        List<String> commands = bot.app.commands().stream().map(c -> c.getClass().getSimpleName()).toList();
        assertThat(PROBES.keySet()).as("probes for every command of the bot (add them for a new command)")
                .containsAll(commands);
        String before = team2State();
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        for (String command : commands) {
            for (String template : PROBES.get(command)) {
                String text = fill(template);
                for (String sender : OUTSIDERS) {
                    for (String group : GROUPS) {
                        String where = command + " · " + sender + " in " + group + " · " + text.replace('\n', '/');
                        JsonNode replies = bot.say(group, sender, text);
                        assertThat(replies).as(where).isNotEmpty();
                        assertThat(replies.get(0).path("text").asText()).as(where).doesNotStartWith("没看懂");
                        for (JsonNode r : replies) leaks.addAll(leaksIn(r, text, where));
                        answered++;
                    }
                }
            }
        }
        assertThat(leaks).as("what 第二工作组's data showed to 第一工作组").isEmpty();
        assertThat(team2State()).as("第二工作组's records, history, mutes and leaves").isEqualTo(before);
        assertThat(answered).isGreaterThan(150);
    }

    /** The same probes show 第二工作组's data to its own 组长: the secrets are there to be found. */
    @Test
    void theTeamItselfSeesWhatTheOthersMayNot() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String text : List.of("本月进度", "提醒设置", "提醒 测试", fill("历史 {V}"), "导出台账")) {
            for (JsonNode r : bot.say("local-team2", "m-fang", text)) seen.addAll(leaksIn(r, text, text));
        }
        assertThat(String.join("\n", seen)).contains("保密机电甲", "许嘉禾", "机密展会值守", "陆承泽", "以下是第二工作组",
                "第二工作组 2026年");
    }

    /** Each secret (or 第二工作组 record number) found in a reply (any field) or its file, unless the probe wrote it. */
    private List<String> leaksIn(JsonNode reply, String probe, String where) throws Exception {
        // the whole message as the API gives it: text, plain text, title, buttons, file name
        StringBuilder shown = new StringBuilder(reply.toString());
        String type = reply.path("type").asText();
        if (type.equals("file") && reply.path("name").asText().endsWith(".xlsx")) {
            shown.append('\n').append(cells(bot.download(reply.path("url").asText())));
        }
        if (type.equals("image") || type.equals("file")) {
            // a chart cannot be read back; its name says whose it is
            if (reply.path("name").asText().contains("第二工作组") || reply.path("name").asText().contains("全部工作组")) {
                shown.append("\n第二工作组 2026年 (attachment ").append(reply.path("name").asText()).append(')');
            }
        }
        List<String> found = new ArrayList<>();
        List<String> secrets = new ArrayList<>(SECRETS);
        secrets.addAll(numbers.values());
        secrets.add("关联走访 " + numbers.get("{V}"));
        for (String s : secrets) {
            if (!probe.contains(s) && shown.indexOf(s) >= 0) found.add(where + " → “" + s + "” in: " + shown);
        }
        return found;
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                sb.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    // names are laid out on lines (宁德时代新能源科技 / 股份有限公司): read them whole
                    for (Cell cell : row) sb.append(format.formatCellValue(cell).replace("\n", "")).append('\t');
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** 第二工作组's rows in every table a command could change, as text. */
    private String team2State() {
        return bot.app.database().jdbi().withHandle(h -> {
            StringBuilder sb = new StringBuilder();
            for (String table : List.of("visit", "lead", "inspection", "signing", "trip_plan", "trip_summary")) {
                sb.append(table).append(h.createQuery("select * from " + table + " where team_id = 'team2' order by id")
                        .mapToMap().list()).append('\n');
                sb.append(table).append(" history ").append(h.createQuery("select * from ledger_history where record_id in "
                        + "(select id from " + table + " where team_id = 'team2') and kind = :kind order by id")
                        .bind("kind", table.toUpperCase()).mapToMap().list()).append('\n');
            }
            sb.append(h.createQuery("select * from trip_plan_visit where trip_plan_id in (select id from trip_plan where "
                    + "team_id = 'team2') order by trip_plan_id, position").mapToMap().list()).append('\n');
            sb.append(h.createQuery("select * from reminder_mute where team_id = 'team2' order by id").mapToMap().list());
            sb.append(h.createQuery("select id, version, status, submitted_by, decided_by, reason from submission"
                    + " where team_id = 'team2' order by id").mapToMap().list());
            sb.append(h.createQuery("select * from submission_delegate where team_id = 'team2'").mapToMap().list());
            // the roster: no change of anyone, any group or any request
            for (String table : List.of("roster_member", "roster_conversation", "roster_change", "join_request")) {
                sb.append(table).append(h.createQuery("select * from " + table).mapToMap().list()).append('\n');
            }
            sb.append(h.createQuery("select * from follow_up where team_id = 'team2' order by id").mapToMap().list());
            sb.append(h.createQuery("select * from reminder_pause where member_id in ('m-fang', 'm-xu', 'm-lu') order by id")
                    .mapToMap().list());
            return sb.toString();
        });
    }

    private String fill(String template) {
        String text = template;
        for (Map.Entry<String, String> e : numbers.entrySet()) text = text.replace(e.getKey(), e.getValue());
        return text;
    }
}
