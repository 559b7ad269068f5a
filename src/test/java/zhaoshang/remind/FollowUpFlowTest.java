package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.ledger.FollowUps;
import zhaoshang.report.LeadReport;
import zhaoshang.report.SigningReport;
import zhaoshang.support.TestBot;

/**
 * 一对一跟踪 through the simulator with a moving clock: a lead without 时间节点 is asked for one, a passed 时间节点 and 14
 * quiet days remind the 责任人 (once each), 进展/下步/问题 are recorded, a signed project gets its monthly prompt, and
 * its problem stays listed until solved.
 */
class FollowUpFlowTest {

    @TempDir
    Path dir;

    private static List<JsonNode> notices(TestBot bot, String title) {
        return bot.history("local-team1").stream().filter(m -> !m.path("sender").asText().startsWith("m-"))
                .filter(m -> TestBot.plain(m).startsWith("【" + title + "】")).toList();
    }

    @Test
    void leadsAndSignedProjectsAreFollowedOneToOne() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String l1 = TestBot.number(bot.sayText("local-team1", "m-he", "线索\n企业：深圳华强电子\n项目名称：功率器件封测\n"
                    + "拟投资额：3000万元\n跟踪责任人：钱思远\n下步计划：邀请来区考察"), "L");
            String l2 = TestBot.number(bot.sayText("local-team1", "m-he", "线索\n企业：东莞聚景实业有限公司\n项目名称：电子信息产业园\n"
                    + "拟投资额：5000万元\n跟踪责任人：何雨晴\n下步计划：12月1日前回访"), "L");

            // the next working morning: the lead without 时间节点 is asked for one, @ its 责任人
            bot.jump("2026-11-24T09:00");
            bot.jump("2026-11-24T10:00");
            List<JsonNode> asked = notices(bot, "请补充时间节点");
            assertThat(asked).hasSize(1);
            assertThat(TestBot.plain(asked.get(0))).contains(l1).contains("线索 " + l1 + " 下步：");
            assertThat(asked.get(0).toString()).contains("m-qian");

            String next = bot.sayText("local-team1", "m-qian", "线索 " + l1 + " 下步：邀请来区考察 12月10日");
            assertThat(next).contains("已更新 " + l1).contains("时间节点：12月10日");
            assertThat(((LeadReport) bot.app.ledger().find(l1).orElseThrow().report()).nextStep())
                    .isEqualTo("邀请来区考察 12月10日");

            // 12月1日 passed with no update: 何雨晴 is reminded on the 2nd, once
            bot.jump("2026-12-02T09:00");
            bot.jump("2026-12-03T09:00");
            List<JsonNode> passed = notices(bot, "跟踪时间节点已过");
            assertThat(passed).hasSize(1);
            assertThat(TestBot.plain(passed.get(0))).contains(l2).contains("12月1日").contains("12月1日前回访");
            assertThat(passed.get(0).toString()).contains("m-he").doesNotContain("m-qian");
            assertThat(bot.sayText("local-team1", "m-he", "项目 " + l2 + " 进展：企业已完成内部立项"))
                    .contains("已记录 " + l2).contains("企业已完成内部立项");

            // 12月10日 passes for the first lead; 14 quiet days after the 3rd for the second
            bot.jump("2026-12-11T09:00");
            passed = notices(bot, "跟踪时间节点已过");
            assertThat(passed).hasSize(2);
            assertThat(TestBot.plain(passed.get(1))).contains(l1).contains("12月10日");
            assertThat(passed.get(1).toString()).contains("m-qian");
            bot.jump("2026-12-16T09:00");
            assertThat(notices(bot, "线索跟踪提醒")).isEmpty();
            bot.jump("2026-12-17T09:00");
            List<JsonNode> idle = notices(bot, "线索跟踪提醒");
            assertThat(idle).hasSize(1);
            assertThat(TestBot.plain(idle.get(0))).contains(l2).contains("14 天没有进展").contains("12月3日");
            bot.jump("2026-12-18T09:00");
            assertThat(notices(bot, "线索跟踪提醒")).hasSize(1);

            // a signed project: a problem listed until solved, the monthly prompt on the 20th (a Sunday → Monday 21st)
            String s1 = TestBot.number(bot.sayText("local-team1", "m-lin", "签约\n项目：储能装备基地\n企业：深圳欣迪新能源装备技术有限公司\n"
                    + "签约日期：2026-11-20\n投资额：5亿元\n责任人：林晓东"), "S");
            assertThat(bot.sayText("local-team1", "m-he", "项目 " + s1 + " 问题：环评手续办理慢，需协调"))
                    .contains("已记录 " + s1).contains("1 个未解决问题");
            assertThat(bot.app.ledger().followUps().openProblems(null)).extracting(FollowUps.Note::number,
                    FollowUps.Note::text).containsExactly(org.assertj.core.groups.Tuple.tuple(s1, "环评手续办理慢，需协调"));
            assertThat(((SigningReport) bot.app.ledger().find(s1).orElseThrow().report()).issues())
                    .isEqualTo("环评手续办理慢，需协调");
            bot.jump("2026-12-19T10:00");   // updated this month: no prompt would be due anyway before the 21st
            // January's prompt needs no update since December's start; move into January
            bot.jump("2027-01-20T09:00");
            List<JsonNode> monthly = notices(bot, "签约项目月度更新");
            assertThat(monthly).hasSize(1);
            assertThat(TestBot.plain(monthly.get(0))).contains(s1).contains("储能装备基地").contains("进度：签约")
                    .contains("未解决问题：环评手续办理慢，需协调");
            assertThat(monthly.get(0).toString()).contains("m-lin");
            bot.jump("2027-01-21T09:00");
            assertThat(notices(bot, "签约项目月度更新")).hasSize(1);

            assertThat(bot.sayText("local-team1", "m-lin", "项目 " + s1 + " 进展：开工")).contains("签约 → 开工");
            assertThat(bot.sayText("local-team1", "m-lin", "项目 " + s1 + " 问题已解决"))
                    .contains("已标记解决").contains("环评手续办理慢");
            assertThat(bot.app.ledger().followUps().openProblems("team1")).isEmpty();
            assertThat(((SigningReport) bot.app.ledger().find(s1).orElseThrow().report()).issues()).isNull();
            assertThat(bot.sayText("local-team1", "m-he", "历史 " + s1)).contains("问题：环评手续办理慢，需协调")
                    .contains("已解决").contains("签约 → 开工");
            // another team sees nothing of it
            assertThat(bot.sayText("local-team2", "m-fang", "项目 " + s1 + " 问题：测试")).contains("属于其他工作组");
        }
    }
}
