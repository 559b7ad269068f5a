package zhaoshang.chat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.chat.Reply;
import zhaoshang.config.Conversation;
import zhaoshang.outbox.Outbox;
import zhaoshang.support.TestBot;

/**
 * Drives a bot through every kind of answer it gives — help, templates, each report kind (recorded, refused,
 * duplicate, late, several in one message, 125 in one message), corrections, withdrawals, confirmations, progress
 * stages, history, records, progress of a team and of all teams for month/quarter/year, refusals, ranking, exports,
 * leave, mutes, reminder settings and samples, unknown commands and people, 报送/备案 and follow-up — and through a
 * month of reminders (each rule firing for real), then returns every message the bot queued.
 */
final class EveryAnswer {

    /** One message the bot queued, with where it went. */
    record Answer(String conversation, boolean answer, Reply reply) { }

    static final String START = "2026-11-23T10:00:00+08:00";

    private EveryAnswer() { }

    static List<Answer> drive(TestBot bot) {
        String t1 = "local-team1";
        say(bot, t1, "m-he", "帮助");
        say(bot, t1, "m-he", "模板");
        for (String k : List.of("走访", "线索", "考察", "签约", "外出计划", "外出总结", "吃饭")) say(bot, t1, "m-he", "模板 " + k);
        String visit = say(bot, t1, "m-he", """
                走访
                企业：深圳欣迪新能源装备技术有限公司
                时间：今天
                地点：深圳
                对接人：崔健（总裁）
                洽谈内容：储能设备生产基地选址，关注标准化厂房和电价；*星号* [括号] <尖括号> `反引号` 和 # 井号
                投资意向：较强
                后续建议：12月邀请来高新区考察""");
        String v = number(visit, "V");
        String lead = say(bot, t1, "m-he", "线索\n企业：宁德时代\n项目：储能电池项目\n产业：新能源\n拟投资：5亿\n意向区域：高新区\n来源：" + v
                + "\n下一步：12月考察");
        say(bot, t1, "m-he", "考察\n企业：宁德时代\n日期：今天\n来访：曾总\n陪同：林晓东\n行程：参观园区\n区域：高新区\n结果：意向较强");
        String signing = say(bot, t1, "m-he", "签约\n项目：21700圆柱动力电池项目\n企业：内洽特克（天津）国际贸易有限公司\n"
                + "签约日期：今天\n投资额：6.2亿元\n产业：新能源\n落地区域：潞州区\n进度：签约");
        String s = number(signing, "S");
        say(bot, t1, "m-qian", "签约 21700圆柱动力电池项目，内洽特克（天津）国际贸易有限公司，总投资6.2亿，潞州区，今天签约");
        say(bot, t1, "m-he", "外出计划\n目的地：深圳\n出发：11月24日\n返回：11月27日\n拟拜访：深圳华强电子（11/25）\n分工：何雨晴带队，钱思远联络");
        say(bot, t1, "m-he", "外出总结\n行程：深圳\n走访情况：走访 5 家\n意向项目：储能\n经验做法：提前对接\n存在问题：无\n改进建议：无");
        say(bot, t1, "m-he", "走访\n企业：天津长荣科技集团股份有限公司\n时间：11月19日\n洽谈内容：包装设备");   // late
        say(bot, t1, "m-he", "走访\n时间：明天\n企业：");
        say(bot, t1, "m-he", "签约 某项目 投资额：很多");
        say(bot, t1, "m-he", "不对");                                    // a draft: what to change
        say(bot, t1, "m-he", "项目：储能电站项目");                        // the next field asked
        say(bot, t1, "m-he", "取消");
        say(bot, t1, "m-qian", "对");                                     // no draft of theirs
        say(bot, t1, "m-he", "走访 一行几人来高新区");                      // junk as the enterprise
        say(bot, t1, "m-he", "企业：天津长荣科技集团股份有限公司\n洽谈内容：陪同座谈");  // the draft completed
        say(bot, t1, "m-qian", "走访\n企业：深圳欣迪新能源\n时间：今天\n洽谈内容：陪同座谈");  // a likely duplicate
        StringBuilder three = new StringBuilder();
        for (int i = 1; i <= 3; i++) three.append("走访\n企业：三家之").append(i).append("科技有限公司\n时间：今天\n洽谈内容：对接\n");
        say(bot, t1, "m-qian", three.toString());
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 125; i++) many.append("走访\n企业：批量测试企业").append(i).append("有限公司\n时间：今天\n洽谈内容：对接\n");
        say(bot, t1, "m-tang", many.toString());
        StringBuilder bad = new StringBuilder();
        for (int i = 1; i <= 4; i++) bad.append("走访\n企业：缺内容企业").append(i).append("\n时间：今天\n");
        say(bot, t1, "m-tang", bad.toString());
        say(bot, t1, "m-he", "确认 " + v);
        say(bot, t1, "m-he", "更正 " + v);
        say(bot, t1, "m-he", "更正 " + v + " 投资意向：明确；拟投资额：2亿");
        say(bot, t1, "m-he", "更正 " + v + " 拟投资额：很多");
        say(bot, t1, "m-he", "更正 " + v + " 投资意向：明确");
        say(bot, t1, "m-he", "项目 " + s + " 进展：开工");
        say(bot, t1, "m-he", "项目 " + v + " 进展：开工");
        say(bot, t1, "m-he", "历史 " + v);
        say(bot, "local-team2", "m-xu", "历史 " + v);
        say(bot, t1, "m-qian", "撤销 " + v);
        say(bot, t1, "m-he", "撤销 #V-9999");
        say(bot, t1, "m-he", "我的记录");
        say(bot, "local-team3", "m-jiang", "我的记录");
        for (String p : List.of("本月进度", "本季进度", "本年进度", "进度 13月", "进度 第二工作组")) say(bot, t1, "m-lin", p);
        for (String p : List.of("本月进度", "本季进度", "本年进度", "进度 第二工作组 10月", "排行", "排行 本季度")) {
            say(bot, "local-coord", "m-admin", p);
        }
        say(bot, t1, "m-he", "导出台账 本月");
        say(bot, "local-coord", "m-admin", "导出全部台账");
        say(bot, t1, "m-he", "导出走访台账 本季度");
        say(bot, t1, "m-qian", "请假 11月25日-11月27日");
        say(bot, t1, "m-qian", "销假");
        say(bot, t1, "m-qian", "请假");
        say(bot, t1, "m-lin", "静音 每日走访 3天 原因：在展会值守");
        say(bot, t1, "m-lin", "取消静音 每日走访");
        say(bot, t1, "m-lin", "静音 每日走访");
        say(bot, t1, "m-he", "静音 每日走访 3天 原因：x");
        say(bot, t1, "m-lin", "提醒设置");
        say(bot, t1, "m-lin", "提醒 测试");
        say(bot, t1, "m-he", "提醒 测试");
        say(bot, t1, "m-he", "随便说点什么");
        say(bot, t1, "m-he", "@招商助手");
        say(bot, t1, "stranger-01", "走访 企业：某公司");
        say(bot, "local-nowhere", "m-he", "帮助");
        // the roster: a request approved, the roster and its history, refusals, a group connected by chat
        say(bot, t1, "m-lin", "同意");
        say(bot, "local-coord", "m-admin", "名单");
        say(bot, t1, "m-lin", "名单历史");
        say(bot, "local-coord", "m-admin", "移出 方若兰");
        say(bot, t1, "m-he", "添加 @某人 第一工作组 组员");
        say(bot, "local-joined", "m-admin", "本群为第四工作组");

        // the office's month: 报送, 退回, 报送 again, 备案, 报送记录; one-to-one follow-up; 申请领导介入
        say(bot, t1, "m-lin", "指定报送人 何雨晴");
        say(bot, t1, "m-he", "报送 11月台账");
        say(bot, t1, "m-qian", "报送 11月台账");
        say(bot, "local-coord", "m-admin", "退回 第一工作组 11月 原因：走访台账缺对接人员");
        say(bot, t1, "m-lin", "报送 11月台账");
        say(bot, "local-coord", "m-admin", "备案 第一工作组 11月");
        say(bot, "local-coord", "m-admin", "报送记录 第一工作组 11月");
        say(bot, "local-coord", "m-admin", "报送记录");
        say(bot, t1, "m-he", "线索 " + number(lead, "L") + " 下步：邀请来区考察 12月10日");
        say(bot, t1, "m-he", "项目 " + s + " 进展：企业完成内部立项");
        say(bot, t1, "m-he", "项目 " + s + " 问题：环评手续办理慢，需协调");
        say(bot, t1, "m-he", "项目 " + s + " 问题已解决");
        say(bot, t1, "m-he", "更正 " + s + " 产业方向：新能源储能");
        say(bot, t1, "m-lin", "申请领导介入 " + s + " 原因：企业要求与管委会主要领导面谈");
        say(bot, "local-team2", "m-xu", "走访\n企业：宁德时代\n时间：今天\n洽谈内容：了解储能项目");

        // a month of reminders, each rule for real: the trip above (24th–27th), month end, trip summary, quarter
        for (String at : List.of("2026-11-24T19:00", "2026-11-25T09:00", "2026-11-26T10:00", "2026-11-27T09:00",
                "2026-11-30T09:00", "2026-11-30T18:00", "2026-12-03T10:00", "2026-12-04T09:00", "2026-12-16T09:00")) {
            bot.app.clock().moveTo(OffsetDateTime.parse(at + ":00+08:00").toInstant());
            bot.app.reminders().evaluate();
        }

        Outbox outbox = new Outbox(bot.app.database().jdbi(), null, bot.app.clock());
        List<Answer> out = new ArrayList<>();
        List<String> conversations = new ArrayList<>(bot.app.config().conversations().stream().map(Conversation::id).toList());
        conversations.add("local-nowhere");
        for (String c : conversations) {
            for (Outbox.Entry e : outbox.conversation("local", c, 5000)) {
                if (e.type() == Reply.Type.TEXT) out.add(new Answer(c, e.inboxId() != null, e.message()));
            }
        }
        return out;
    }

    private static String say(TestBot bot, String conversation, String sender, String text) {
        return bot.sayText(conversation, sender, text);
    }

    private static String number(String text, String prefix) {
        return TestBot.number(text, prefix);
    }
}
