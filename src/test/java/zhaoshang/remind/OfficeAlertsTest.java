package zhaoshang.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.support.TestBot;

/**
 * 重大意向, 申请领导介入 and 两组同一企业 through the simulator with a moving clock: each said once, in the next
 * evaluation, to the right group, naming (and so notifying) the right people.
 */
class OfficeAlertsTest {

    @TempDir
    Path dir;

    private static List<JsonNode> notices(TestBot bot, String conversation, String title) {
        return bot.history(conversation).stream().filter(m -> !m.path("sender").asText().startsWith("m-"))
                .filter(m -> TestBot.plain(m).startsWith("【" + title + "】")).toList();
    }

    @Test
    void majorIntentIsReportedOnceAtOnce() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String big = TestBot.number(bot.sayText("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：今天\n"
                    + "洽谈内容：储能设备生产基地选址\n投资意向：明确\n拟投资额：5亿元"), "V");
            String small = TestBot.number(bot.sayText("local-team1", "m-qian", "走访\n企业：长治小微电子有限公司\n时间：今天\n"
                    + "洽谈内容：介绍园区\n投资意向：明确\n拟投资额：5000万元"), "V");
            bot.sayText("local-team1", "m-he", "线索\n企业：深圳欣迪新能源装备技术有限公司\n项目名称：储能基地\n拟投资额：5亿\n线索来源："
                    + big);
            bot.jump("2026-11-23T10:01");
            bot.jump("2026-11-23T10:02");
            List<JsonNode> major = notices(bot, "local-coord", "重大意向");
            assertThat(major).hasSize(1);   // the visit; its lead is the same intent, the small one is under 1亿
            assertThat(TestBot.plain(major.get(0))).contains(big).contains("深圳欣迪新能源装备技术有限公司")
                    .contains("投资意向：明确").contains("50000万元").contains("申请领导介入 " + big).doesNotContain("（补发）");
            assertThat(major.get(0).toString()).contains("m-admin");
            assertThat(notices(bot, "local-team1", "重大意向")).isEmpty();

            // corrected up to the threshold: reported then, once
            bot.sayText("local-team1", "m-qian", "更正 " + small + " 拟投资额：1亿元");
            bot.jump("2026-11-23T11:00");
            bot.jump("2026-11-24T11:00");
            major = notices(bot, "local-coord", "重大意向");
            assertThat(major).hasSize(2);
            assertThat(TestBot.plain(major.get(1))).contains(small).contains("10000万元");

            // a lead of another team with no visit behind it
            String lead = TestBot.number(bot.sayText("local-team2", "m-xu", "线索\n企业：东莞聚景实业有限公司\n项目名称：电子信息产业园\n"
                    + "拟投资额：3亿元\n跟踪责任人：许嘉禾"), "L");
            bot.jump("2026-11-24T11:01");
            major = notices(bot, "local-coord", "重大意向");
            assertThat(major).hasSize(3);
            assertThat(TestBot.plain(major.get(2))).contains("第二工作组").contains(lead).contains("30000万元");
        }
    }

    @Test
    void leaderHelpGoesToTheLeaderAndPromotionAndStaysInTheHistory() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String lead = TestBot.number(bot.sayText("local-team1", "m-he", "线索\n企业：深圳华强电子\n项目名称：功率器件封测\n"
                    + "拟投资额：3亿\n跟踪责任人：何雨晴"), "L");
            assertThat(bot.sayText("local-team1", "m-qian", "申请领导介入 " + lead + " 原因：用地")).contains("不是您登记的记录");
            assertThat(bot.sayText("local-team1", "m-lin", "申请领导介入 " + lead)).contains("请写明申请领导介入的原因");
            assertThat(bot.sayText("local-team1", "m-lin", "申请领导介入 " + lead + " 原因：企业要求与管委会主要领导面谈用地和电价"))
                    .contains("已提交申请领导介入").contains("高主任");
            bot.jump("2026-11-23T10:01");
            bot.jump("2026-11-23T10:05");
            List<JsonNode> help = notices(bot, "local-coord", "申请领导介入");
            assertThat(help).hasSize(1);
            assertThat(TestBot.plain(help.get(0))).contains("第一工作组 林晓东 申请领导介入推动线索 " + lead)
                    .contains("原因：企业要求与管委会主要领导面谈用地和电价").contains("企业名称：深圳华强电子")
                    .contains("拟投资额：30000万元");
            assertThat(help.get(0).toString()).contains("m-leader").contains("m-admin");
            assertThat(bot.sayText("local-team1", "m-he", "历史 " + lead))
                    .contains("林晓东 申请领导介入：企业要求与管委会主要领导面谈用地和电价");
        }
    }

    @Test
    void twoTeamsOneEnterpriseAreToldOnceWithBothNumbers() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            String mine = TestBot.number(bot.sayText("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：今天\n"
                    + "洽谈内容：储能设备生产基地选址\n投资意向：较强"), "V");
            bot.jump("2026-11-23T10:01");
            assertThat(notices(bot, "local-coord", "同一企业两组对接")).isEmpty();
            String theirs = TestBot.number(bot.sayText("local-team2", "m-xu", "走访\n企业：深圳欣迪新能源装备技术有限公司\n"
                    + "时间：今天\n洽谈内容：了解储能项目\n投资意向：一般"), "V");
            bot.jump("2026-11-23T10:02");
            bot.sayText("local-team2", "m-xu", "考察\n企业：深圳欣迪新能源装备技术有限公司\n考察日期：2026-11-25\n来访人员：崔总");
            bot.jump("2026-11-23T10:03");
            bot.jump("2026-11-24T10:00");
            for (String group : List.of("local-team1", "local-team2", "local-coord")) {
                List<JsonNode> told = notices(bot, group, "同一企业两组对接");
                assertThat(told).as(group).hasSize(1);
                assertThat(TestBot.plain(told.get(0))).as(group).contains(mine).contains(theirs)
                        .contains("第一工作组").contains("第二工作组").contains("深圳欣迪新能源装备技术有限公司");
            }
            assertThat(notices(bot, "local-team1", "同一企业两组对接").get(0).toString()).contains("m-lin")
                    .doesNotContain("m-fang");
            assertThat(notices(bot, "local-team2", "同一企业两组对接").get(0).toString()).contains("m-fang");
            assertThat(notices(bot, "local-coord", "同一企业两组对接").get(0).toString()).contains("m-admin");

            // outside the window (90 days): not the same engagement
            bot.sayText("local-team3", "m-shen", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：2026-05-10\n洽谈内容：旧事");
            bot.jump("2026-11-24T10:05");
            assertThat(notices(bot, "local-team3", "同一企业两组对接")).isEmpty();
        }
    }
    @Test
    void aRestartDoesNotSayItAgain() {
        try (TestBot bot = TestBot.start(dir, "2026-11-23T10:00:00+08:00")) {
            bot.sayText("local-team1", "m-he", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：今天\n洽谈内容：选址\n"
                    + "投资意向：明确\n拟投资额：2亿元");
            bot.sayText("local-team2", "m-xu", "走访\n企业：深圳欣迪新能源装备技术有限公司\n时间：今天\n洽谈内容：了解");
            bot.jump("2026-11-23T10:01");
            assertThat(notices(bot, "local-coord", "重大意向")).hasSize(1);
            assertThat(notices(bot, "local-coord", "同一企业两组对接")).hasSize(1);
        }
        try (TestBot again = TestBot.start(dir, "2026-11-23T10:30:00+08:00")) {
            again.jump("2026-11-23T10:31");
            again.jump("2026-11-24T10:00");
            assertThat(notices(again, "local-coord", "重大意向")).hasSize(1);
            assertThat(notices(again, "local-coord", "同一企业两组对接")).hasSize(1);
            assertThat(notices(again, "local-team1", "同一企业两组对接")).hasSize(1);
        }
    }
}
