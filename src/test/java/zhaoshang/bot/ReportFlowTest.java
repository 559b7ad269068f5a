package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.ledger.LedgerEntry;
import zhaoshang.report.VisitReport;
import zhaoshang.support.TestBot;

/** Reports through the chat: confirmation with a number, 更正, 撤销, 历史, permissions, redelivery. */
class ReportFlowTest {

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-22T10:00:00+08:00");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    static final String VISIT = """
            @招商助手 走访
            企业：深圳欣迪新能源装备技术有限公司
            时间：今天
            地点：深圳
            对接人：崔健（总裁）
            洽谈内容：储能设备生产基地选址，关注标准化厂房和电价
            投资意向：较强
            后续建议：12月邀请来高新区考察""";

    @Test
    void reportCorrectWithdrawAndHistory() {
        String confirmation = bot.sayText("local-team1", "m-he", VISIT);
        assertThat(confirmation).contains("已登记走访").contains("深圳欣迪新能源装备技术有限公司").contains("较强")
                .contains("2026-11-22");
        String no = number(confirmation, "V");

        String corrected = bot.sayText("local-team1", "m-he", "更正 " + no + " 投资意向：明确；拟投资额：2亿");
        assertThat(corrected).contains("已更正").contains("较强 → 明确").contains("20000万元");
        LedgerEntry<?> e = bot.app.ledger().find(no).orElseThrow();
        assertThat(((VisitReport) e.report()).intent()).isEqualTo("明确");
        assertThat(((VisitReport) e.report()).amountYuan()).isEqualTo(200_000_000L);

        String withdrawn = bot.sayText("local-team1", "m-he", "撤销 " + no + " 重复登记");
        assertThat(withdrawn).contains("已撤销").contains(no);
        assertThat(bot.app.ledger().find(no).orElseThrow().active()).isFalse();

        String history = bot.sayText("local-team1", "m-he", "历史 " + no);
        assertThat(history).contains("登记").contains("更正 投资意向：较强 → 明确").contains("撤销（重复登记）")
                .contains("何雨晴").contains("已撤销");

        String mine = bot.sayText("local-team1", "m-he", "我的记录");
        assertThat(mine).contains(no).contains("已撤销");
    }

    @Test
    void anotherTeamCannotTouchTheRecord() {
        String no = number(bot.sayText("local-team1", "m-he", VISIT), "V");
        assertThat(bot.sayText("local-team2", "m-xu", "更正 " + no + " 投资意向：无")).contains("不是您登记的记录");
        assertThat(bot.sayText("local-team2", "m-fang", "撤销 " + no)).contains("不是您登记的记录"); // 组长 of team2
        assertThat(bot.sayText("local-team2", "m-xu", "历史 " + no)).contains("无权查看");
        assertThat(bot.app.ledger().find(no).orElseThrow().active()).isTrue();
        // own team leader and 投资促进部 may
        assertThat(bot.sayText("local-team1", "m-lin", "更正 " + no + " 后续建议：寄送政策汇编")).contains("已更正");
        assertThat(bot.sayText("local-coord", "m-admin", "更正 " + no + " 投资意向：明确")).contains("已更正");
        // a plain member of the same team may not change a teammate's record
        assertThat(bot.sayText("local-team1", "m-qian", "撤销 " + no)).contains("不是您登记的记录");
    }

    @Test
    void aLeadCannotLinkToAnotherTeamsVisit() {
        String theirs = number(bot.sayText("local-team2", "m-xu", VISIT), "V");
        String answer = bot.sayText("local-team1", "m-he",
                "线索\n企业：东莞聚景实业有限公司\n项目名称：电子信息产业园\n拟投资额：3亿元\n线索来源：" + theirs);
        assertThat(answer).contains("已登记线索").contains("线索来源 " + theirs + " 不是本组有效的走访记录")
                .contains("未关联").doesNotContain("关联走访").doesNotContain("深圳欣迪").doesNotContain("崔健");
        String lead = number(answer, "L");
        assertThat(bot.app.ledger().find(lead).orElseThrow().links().visitNumber()).isNull();
        // nor by a correction
        String corrected = bot.sayText("local-team1", "m-he", "更正 " + lead + " 线索来源：走访" + theirs);
        assertThat(corrected).contains("不是本组").contains("未修改").doesNotContain("深圳欣迪");
        assertThat(bot.app.ledger().find(lead).orElseThrow().links().visitNumber()).isNull();
        assertThat(bot.app.ledger().history(theirs)).hasSize(1);
    }

    @Test
    void redeliveredMessageMakesOneRecord() {
        Map<String, String> body = Map.of("conversation", "local-team1", "sender", "m-he", "text", VISIT, "id", "dup-7");
        bot.post("/local/messages", body);
        bot.post("/local/messages", body);
        assertThat(bot.app.ledger().recentBy("m-he", 10)).hasSize(1);
    }

    @Test
    void badReportIsAskedAboutFieldByFieldAndKept() {
        // issue 11: a missing field is asked alone, never "请修改后重新发送" the whole report
        String answer = bot.sayText("local-team1", "m-he", "走访\n时间：明天\n企业：");
        assertThat(answer).contains("还没有登记").contains("请补充 企业：").doesNotContain("重新发送");
        assertThat(bot.app.ledger().recentBy("m-he", 10)).isEmpty();
        assertThat(bot.history("local-team1").get(0).get("text").asText()).contains("时间：明天");
        String money = bot.sayText("local-team1", "m-he", "签约 某项目 投资额：很多");
        assertThat(money).contains("还没有登记").contains("项目").doesNotContain("重新发送");
    }

    @Test
    void signingProgressMovesAndLeadLinks() {
        String s = bot.sayText("local-team1", "m-he", """
                签约
                项目：21700圆柱动力电池项目
                企业：内洽特克（天津）国际贸易有限公司
                签约日期：2026-11-15
                投资额：6.2亿元
                产业：新能源
                落地区域：潞州区
                进度：签约""");
        assertThat(s).contains("已登记签约").contains("62000万元");
        String no = number(s, "S");
        assertThat(bot.sayText("local-team1", "m-he", "项目 " + no + " 进展：开工")).contains("签约 → 开工").contains("引进落地");
        assertThat(bot.sayText("local-team1", "m-he", "项目 " + no + " 进展：开工")).contains("没有改动");
        // the same signing again is not counted twice
        String again = bot.sayText("local-team1", "m-qian",
                "签约 21700圆柱动力电池项目，内洽特克（天津）国际贸易有限公司，总投资6.2亿，潞州区，11月15日签约");
        assertThat(again).contains("已登记过").contains(no);
    }

    @Test
    void templatesAndHelp() {
        assertThat(bot.sayText("local-team1", "m-he", "模板 走访")).contains("企业").contains("洽谈内容");
        assertThat(bot.sayText("local-team1", "m-he", "模板 吃饭")).contains("没有“吃饭”模板");
        // asked for in a sentence, as members ask: the template, not a trip plan draft read out of the request
        assertThat(bot.sayText("local-team1", "m-he", "@招商助手 外出计划的模板发我一下，我对着填，谢谢"))
                .contains("目的地：").contains("拟拜访：").doesNotContain("这是一条");
        assertThat(bot.sayText("local-team1", "m-he", "线索模板呢？")).contains("来源：").contains("意向区域：");
        assertThat(bot.sayText("local-team1", "m-he", "有没有填报的模版")).contains("请写明要哪一种模板");
        assertThat(bot.sayText("local-team1", "m-he", "帮助")).contains("撤销 #V-0042").contains("外出总结");
    }
}
