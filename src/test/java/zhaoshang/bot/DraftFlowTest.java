package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.report.VisitReport;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * Issue 11 item 3 and 4 through the simulator: a report that lacks a field or holds one that cannot be right is asked
 * about, waits as a draft of that member in that group, and is completed by the answer; junk is no enterprise.
 */
class DraftFlowTest {

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

    /** A template visit without 洽谈内容. */
    static final String MISSING_CONTENT = "走访\n企业：天津长荣科技集团股份有限公司\n时间：今天";

    VisitReport visit(String no) {
        return (VisitReport) bot.app.ledger().find(no).orElseThrow().report();
    }

    @Test
    void aMissingFieldIsAskedAloneAndTheBareAnswerRecordsIt() {
        String asked = bot.sayText("local-team1", "m-he", "走访\n企业：天津长荣科技集团股份有限公司\n时间：今天\n投资意向：较强");
        assertThat(asked).contains("还没有登记").contains("请补充 洽谈内容：").contains("天津长荣科技集团股份有限公司")
                .contains("保留到 11月23日 10:00").doesNotContain("重新发送").doesNotContain("#V-");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();

        String done = bot.sayText("local-team1", "m-he", "围绕印刷装备智能化改造项目座谈");
        String no = number(done, "V");
        assertThat(done).contains("已登记走访");
        VisitReport v = visit(no);
        assertThat(v.enterprise()).isEqualTo("天津长荣科技集团股份有限公司");
        assertThat(v.content()).isEqualTo("围绕印刷装备智能化改造项目座谈");
        assertThat(v.intent()).isEqualTo("较强");
        // the draft is gone: a second answer records nothing more
        assertThat(bot.sayText("local-team1", "m-he", "对")).contains("没有待补充的汇报");
        // a field line sent late (or by itself) is told there is nothing to complete, not "没看懂"
        assertThat(bot.sayText("local-team1", "m-he", "企业：天津长荣科技集团股份有限公司"))
                .contains("没有待补充的汇报").doesNotContain("没看懂");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void proseReportsAreAskedAboutAndOneAnswerRecordsThem() {
        // prose → question → one-word answer → recorded: a visit dated ahead is asked about, never moved back a year
        String asked = bot.sayText("local-team1", "m-he", "11月25日拜访了苏州迈为科技股份有限公司，总经理助理周总接待，意向较强。");
        assertThat(asked).contains("2026-11-25").contains("还没到").doesNotContain("2025-11-25");
        VisitReport v = visit(number(bot.sayText("local-team1", "m-he", "昨天"), "V"));
        assertThat(v.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(v.enterprise()).isEqualTo("苏州迈为科技股份有限公司");
        assertThat(v.intent()).isEqualTo("较强");

        // a lead with no enterprise named: the missing field alone is asked, the field line completes it
        asked = bot.sayText("local-team1", "m-he", "今天饭局上听说有个老板想投厂，做新材料的，大概一个亿，想放在潞州区。");
        assertThat(asked).contains("“有个老板”不是具体的企业名称").contains("请补充 企业：").doesNotContain("重新发送");
        String done = bot.sayText("local-team1", "m-he", "企业：山西潞安化工集团有限公司");
        zhaoshang.report.LeadReport lead = (zhaoshang.report.LeadReport) bot.app.ledger().find(number(done, "L"))
                .orElseThrow().report();
        assertThat(lead.enterprise()).isEqualTo("山西潞安化工集团有限公司");
        assertThat(lead.amountYuan()).isEqualTo(100_000_000L);
        assertThat(lead.area()).isEqualTo("潞州区");
    }

    @Test
    void aProseVisitNamingOnlyTheOneMetIsAskedItsEnterpriseAndTheBareNameRecordsIt() {
        // a kind told but no organisation named: never the generic pointer, the one missing field is asked
        String asked = bot.sayText("local-team1", "m-he", "今天见了王总 聊了聊储能 挺有意向的");
        assertThat(asked).contains("请补充 企业：").contains("王总").doesNotContain("没看懂").doesNotContain("重新发送")
                .doesNotContain("#V-");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        // the name alone, as the answer, records the visit with what was read before
        VisitReport v = visit(number(bot.sayText("local-team1", "m-he", "江苏国轩储能科技有限公司"), "V"));
        assertThat(v.enterprise()).isEqualTo("江苏国轩储能科技有限公司");
        assertThat(v.contacts()).isEqualTo("王总");
        assertThat(v.date()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void aGuessedKindIsSaidAndOneAnswerChangesIt() {
        String asked = bot.sayText("local-team1", "m-he", "今天和宁德时代新能源科技股份有限公司签了意向书，储能项目10亿");
        // a letter of intent is no ledger signing unless the member says so (corpus README): asked as a visit
        assertThat(asked).contains("这是一条走访吗").contains("推断为走访").contains("线索/签约/考察")
                .doesNotContain("#S-").doesNotContain("#V-");
        String done = bot.sayText("local-team1", "m-he", "不对，是线索");
        zhaoshang.report.LeadReport lead = (zhaoshang.report.LeadReport) bot.app.ledger().find(number(done, "L"))
                .orElseThrow().report();
        assertThat(lead.enterprise()).isEqualTo("宁德时代新能源科技股份有限公司");
        assertThat(lead.amountYuan()).isEqualTo(1_000_000_000L);
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void aMessageWithNoKindWordIsAskedAboutItsKindNeverRefused() {
        // an organisation named, no 走访/线索/签约/考察 anywhere, no model configured: the likeliest kind is asked
        JsonNode replies = bot.say("local-team1", "m-he", "苏州迈为科技股份有限公司周总 光伏设备区域服务中心 意向一般");
        String asked = TestBot.plain(replies.get(0));
        assertThat(asked).contains("这是一条走访吗").contains("苏州迈为科技股份有限公司").contains("没有写明")
                .contains("回复“对”登记").contains("线索/签约/考察").doesNotContain("没看懂").doesNotContain("模板");
        assertThat(replies.get(0).path("buttons").findValuesAsText("command")).containsExactly("对", "不对");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        VisitReport v = visit(number(bot.sayText("local-team1", "m-he", "对"), "V"));
        assertThat(v.enterprise()).isEqualTo("苏州迈为科技股份有限公司");
        assertThat(v.intent()).isEqualTo("一般");
        assertThat(v.date()).isEqualTo(LocalDate.of(2026, 11, 22));

        // the one-word answer "线索" records it as a lead, keeping what was read
        asked = bot.sayText("local-team1", "m-he", "天津长荣科技集团股份有限公司刘总来电，印刷装备智能化改造项目北方基地的事基本定了，规模2亿元左右");
        assertThat(asked).contains("这是一条").contains("天津长荣科技集团股份有限公司").doesNotContain("没看懂");
        String done = bot.sayText("local-team1", "m-he", "线索");
        zhaoshang.report.LeadReport lead = (zhaoshang.report.LeadReport) bot.app.ledger().find(number(done, "L"))
                .orElseThrow().report();
        assertThat(lead.enterprise()).isEqualTo("天津长荣科技集团股份有限公司");
        assertThat(lead.amountYuan()).isEqualTo(200_000_000L);
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(2);

        // a question naming an organisation is no report; text naming none still gets the short pointer
        assertThat(bot.sayText("local-team1", "m-he", "天津长荣科技集团股份有限公司的资料谁那里有？")).doesNotContain("这是一条");
        assertThat(bot.sayText("local-team1", "m-he", "今天天气不错")).contains("没看懂");
    }

    @Test
    void aReportNoReaderTookIsAnsweredWithWhatWasReadAndOneQuestion() {
        // a Latin company name with no 走访 word: the last reading asks about the name, keeps the draft, "对" records it
        String asked = bot.sayText("local-team1", "m-he", "今天和Nordwind Hydraulics的中国区总经理Peter Falk喝了个咖啡，聊了液压阀组的北方工厂，意向一般。");
        assertThat(asked).contains("Nordwind Hydraulics").contains("简称").doesNotContain("没看懂").doesNotContain("#V-");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        VisitReport v = visit(number(bot.sayText("local-team1", "m-he", "对"), "V"));
        assertThat(v.enterprise()).isEqualTo("Nordwind Hydraulics");
        assertThat(v.intent()).isEqualTo("一般");
        // words to the group naming the same company stay unanswered by a record
        assertThat(bot.sayText("local-team1", "m-he", "感谢大家这周的配合，Nordwind Hydraulics那边Peter Falk总经理说意向一般。"))
                .doesNotContain("这是一条").doesNotContain("简称");
    }

    @Test
    void aNameRecordedInFullIsRecognisedByItsShortFormLater() {
        String first = bot.sayText("local-team1", "m-he", "走访\n企业：宁德时代新能源科技股份有限公司\n时间：今天\n洽谈内容：储能电池项目\n投资意向：较强");
        assertThat(visit(number(first, "V")).enterprise()).isEqualTo("宁德时代新能源科技股份有限公司");
        // later, only the short form: read as the enterprise recorded, by another member too
        String later = bot.sayText("local-team1", "m-qian", "今天又拜访了宁德时代，储能事业部王总接待，谈了高新区储能基地选址，意向明确。");
        VisitReport v = visit(number(later, "V"));
        assertThat(v.enterprise()).isEqualTo("宁德时代新能源科技股份有限公司");
        assertThat(v.intent()).isEqualTo("明确");
    }

    @Test
    void aFutureVisitIsAskedAboutNeverMovedBackAYear() {
        String asked = bot.sayText("local-team1", "m-he",
                "走访\n企业：天津长荣科技集团股份有限公司\n时间：11月25日\n洽谈内容：印刷装备智能化改造");
        assertThat(asked).contains("2026-11-25").contains("还没到").contains("走访日期").doesNotContain("2025-11-25");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        // "对" does not record a visit whose day is still unknown
        assertThat(bot.sayText("local-team1", "m-he", "对")).contains("还没有登记").contains("走访日期")
                .contains("还没到");
        String done = bot.sayText("local-team1", "m-he", "日期：昨天");
        assertThat(visit(number(done, "V")).date()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aSigningOnAnUnknownDayIsAskedForItsDayNeverRecordedAsToday() {
        String asked = bot.sayText("local-team1", "m-he",
                "近日，总投资3亿元的江苏恒立液压股份有限公司液压件项目在高新区签约。");
        assertThat(asked).contains("还没有登记").contains("签约日期").contains("近日").doesNotContain("#S-")
                .doesNotContain("2026-11-22");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        // "对" does not record it with today's date: the day is still asked for
        assertThat(bot.sayText("local-team1", "m-he", "对")).contains("还没有登记").contains("签约日期");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        // the answer may repeat the column's label, though it opens with the kind word 签约
        String done = bot.sayText("local-team1", "m-he", "签约日期：11月18日");
        zhaoshang.report.SigningReport s = (zhaoshang.report.SigningReport) bot.app.ledger().find(number(done, "S"))
                .orElseThrow().report();
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(s.enterprise()).isEqualTo("江苏恒立液压股份有限公司");
        assertThat(s.amountYuan()).isEqualTo(300_000_000L);
        assertThat(s.area()).isEqualTo("高新区");
    }

    @Test
    void junkIsNoEnterpriseAndTheNameIsAskedFor() {
        for (String junk : new String[]{"走访\n-\n-", "走访\n1.\n2.", "走访 一行几人来高新区", "走访 asdfghjk 谈了投资"}) {
            String answer = bot.sayText("local-team1", "m-he", junk);
            assertThat(answer).as(junk).contains("不能作为企业名称").contains("请补充 企业：").doesNotContain("#V-");
        }
        assertThat(bot.sayText("local-team1", "m-he", "线索 有个老板想投厂 拟投资1亿"))
                .contains("有个老板想投厂").contains("不能作为企业名称");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        // the last draft (the lead) waits for the name
        String done = bot.sayText("local-team1", "m-he", "企业：山西潞安化工集团有限公司");
        assertThat(done).contains("已登记线索");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void onlyTheReporterInThatGroupCanAnswerAndAnExpiredDraftIsSaidSo() {
        bot.sayText("local-team1", "m-he", MISSING_CONTENT);
        // a teammate's "对" is not an answer to someone else's draft
        assertThat(bot.sayText("local-team1", "m-qian", "对")).contains("没有待补充的汇报").contains("只能由本人回复");
        assertThat(bot.sayText("local-team1", "m-qian", "谈了新设生产基地")).contains("没看懂");
        // nor is the reporter's answer in another group
        assertThat(bot.sayText("local-coord", "m-he", "对")).contains("没有待补充的汇报");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        assertThat(bot.app.ledger().recentBy("m-qian", 5)).isEmpty();

        // 25 hours later the draft has expired: the late answer is told so, nothing is recorded
        assertThat(bot.post("/local/clock", Map.of("now", "2026-11-23T11:00:00+08:00")).status()).isEqualTo(200);
        String late = bot.sayText("local-team1", "m-he", "谈了新设生产基地");
        assertThat(late).contains("已过期").contains("没有登记").contains("天津长荣科技集团股份有限公司");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        assertThat(bot.sayText("local-team1", "m-he", "对")).contains("没有待补充的汇报");
    }

    @Test
    void cancelDropsTheDraftAndANewReportReplacesIt() {
        bot.sayText("local-team1", "m-he", MISSING_CONTENT);
        assertThat(bot.sayText("local-team1", "m-he", "取消")).contains("已取消");
        assertThat(bot.sayText("local-team1", "m-he", "谈了合作")).contains("没看懂");

        bot.sayText("local-team1", "m-he", MISSING_CONTENT);
        String whole = bot.sayText("local-team1", "m-he", ReportFlowTest.VISIT);
        assertThat(whole).contains("已登记走访").contains("已由这条代替");
        assertThat(bot.sayText("local-team1", "m-he", "谈了合作")).contains("没看懂");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void aDraftAndItsQuestionAreStoredTogetherOrNotAtAll() throws Exception {
        zhaoshang.store.Database db = bot.app.database();
        TestDatabase.refuseInserts(db, "outbox", "refuse_question", "NEW.text LIKE '%还没有登记%'");
        assertThat(bot.sayText("local-team1", "m-he", MISSING_CONTENT)).contains("出错");
        int drafts = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM draft").mapTo(Integer.class).one());
        assertThat(drafts).as("no draft without its question").isZero();
        TestDatabase.allowInserts(db, "outbox", "refuse_question");
        // nothing waits for an answer: "对" finds no draft
        assertThat(bot.sayText("local-team1", "m-he", "对")).contains("没有待补充的汇报");
    }

    @Test
    void theQuestionOffersACancelButtonWithItsTypedEquivalent() {
        JsonNode replies = bot.say("local-team1", "m-he", MISSING_CONTENT);
        assertThat(replies.get(0).path("buttons").findValuesAsText("command")).containsExactly("取消");
        // a route without buttons (DingTalk's session webhook) writes the command to type
        JsonNode dingtalk = bot.get("/local/messages?conversation=local-team1&platform=dingtalk").body().get("messages");
        assertThat(dingtalk.get(dingtalk.size() - 1).toString()).contains("可直接回复").contains("取消");
    }
}
