package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.support.TestBot;

/**
 * Issue 17 through the simulator: a newcomer asks to join and is approved by the 组长, reports at once, is moved and
 * removed while their records stay where they were; 名单历史 shows every change; who may change what.
 */
class RosterFlowTest {

    static final String VISIT = "走访\n企业：长三角测试电子有限公司\n时间：今天\n洽谈内容：介绍园区\n投资意向：一般";
    static final String VISIT2 = "走访\n企业：粤港澳测试材料有限公司\n时间：今天\n洽谈内容：介绍政策\n投资意向：一般";

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() {
        bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00");
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    @Test
    void newcomerAsksLeaderApprovesReportsIsMovedAndRemovedWithRecordsKept() {
        // an unknown sender writes in 第二工作组's group: answered once, the 组长 is @-mentioned with the request
        JsonNode first = bot.sayAs("local-team2", "u-zhang", "张三", VISIT);
        String asked = TestBot.text(first);
        assertThat(asked).contains("张三", "已请组长确认", "同意 张三", "拒绝 张三").doesNotContain("u-zhang");
        assertThat(first.get(0).path("mentions").toString()).contains("m-fang");
        assertThat(bot.history("local-coord").toString()).contains("新成员申请：张三", "第二工作组");
        assertThat(bot.sayAs("local-team2", "u-zhang", "张三", "帮助")).as("answered once").isEmpty();
        assertThat(count("select count(*) from visit")).isZero();

        // a member cannot approve; the 组长 can, once
        assertThat(bot.sayText("local-team2", "m-xu", "同意 张三")).contains("只有本组组长和投资促进部");
        assertThat(bot.sayText("local-team2", "m-fang", "同意")).contains("已同意 张三", "第二工作组 组员");
        assertThat(bot.sayText("local-team2", "m-fang", "同意 张三")).contains("已经同意过了");
        assertThat(bot.sayText("local-coord", "m-admin", "同意 张三")).contains("已经同意过了");

        // the next report is recorded under 第二工作组, with the platform id of the first message
        String reported = bot.sayText("local-team2", "u-zhang", VISIT);
        String v1 = TestBot.number(reported, "V");
        String zhangId = bot.app.config().memberByPlatformId("local", "u-zhang").orElseThrow().id();
        assertThat(row(v1)).isEqualTo(Map.of("team_id", "team2", "reporter_id", zhangId));

        // 转组 by 投资促进部: the old record stays with 第二工作组, the next one goes to 第三工作组
        assertThat(TestBot.text(bot.sayAs("local-coord", "m-admin", "投促部小周", "转组 @张三 第三工作组", "u-zhang")))
                .contains("从第二工作组转到第三工作组");
        String v2 = TestBot.number(bot.sayText("local-team3", "u-zhang", VISIT2), "V");
        assertThat(row(v2).get("team_id")).isEqualTo("team3");
        assertThat(row(v1).get("team_id")).isEqualTo("team2");

        // 移出: records stay, with the reporter's name
        assertThat(TestBot.text(bot.sayAs("local-team3", "m-gu", "顾南星", "移出 @张三", "u-zhang"))).contains("已把 张三 移出名单");
        assertThat(bot.app.config().memberByPlatformId("local", "u-zhang")).isEmpty();
        assertThat(bot.app.config().member(zhangId).map(Member::name)).contains("张三");
        assertThat(row(v1).get("team_id")).isEqualTo("team2");
        assertThat(row(v2).get("team_id")).isEqualTo("team3");

        // 名单历史 shows every change with who, old → new
        String history = bot.sayText("local-coord", "m-admin", "名单历史");
        assertThat(history).contains("方若兰 同意加入 张三：（不在名单） → 第二工作组 组员",
                "投促部小周 转组 张三：第二工作组 组员 → 第三工作组 组员",
                "顾南星 移出名单 张三：第三工作组 组员 → （不在名单）");
        // each team sees its own part
        assertThat(bot.sayText("local-team2", "m-fang", "名单历史")).contains("同意加入 张三", "转组 张三")
                .doesNotContain("移出名单");
    }

    @Test
    void onlyLeadersAndPromotionChangeTheRosterAndTheLastLeaderStays() {
        // a member cannot add anyone
        assertThat(TestBot.text(bot.sayAs("local-team2", "m-xu", "许嘉禾", "添加 @李四 第二工作组 组员", "u-li")))
                .contains("只有本组组长和投资促进部");
        // a 组长 adds a 组员 to their own team, not a 组长, not to another team
        assertThat(TestBot.text(bot.sayAs("local-team1", "m-lin", "林晓东", "添加 @李四", "u-li")))
                .contains("已把 李四 加入名单：第一工作组 组员");
        assertThat(bot.sayText("local-team1", "u-li", "帮助")).contains("帮助");
        assertThat(TestBot.text(bot.sayAs("local-team1", "m-lin", "林晓东", "添加 @王五 第一工作组 组长", "u-wang")))
                .contains("组长只能调整本组");
        assertThat(TestBot.text(bot.sayAs("local-coord", "m-lin", "林晓东", "添加 @王五 第二工作组 组员", "u-wang")))
                .contains("组长只能调整本组");
        assertThat(bot.sayText("local-team1", "m-lin", "转组 何雨晴 第二工作组")).contains("组长只能调整本组");
        assertThat(bot.sayText("local-team1", "m-lin", "移出 何雨晴")).contains("已把 何雨晴 移出名单");
        assertThat(bot.sayText("local-team1", "m-lin", "设为组长 钱思远")).contains("组长只能调整本组");
        // adding someone already listed says where they are
        assertThat(TestBot.text(bot.sayAs("local-coord", "m-admin", "投促部小周", "添加 @许嘉禾 第一工作组", "m-xu")))
                .contains("许嘉禾已经在名单里（第二工作组 组员）");

        // removing or moving the last 组长 asks for a new one first
        assertThat(bot.sayText("local-coord", "m-admin", "移出 方若兰")).contains("方若兰是第二工作组唯一的组长", "设为组长");
        assertThat(bot.sayText("local-coord", "m-admin", "转组 方若兰 第一工作组")).contains("唯一的组长");
        assertThat(bot.sayText("local-coord", "m-admin", "设为组长 许嘉禾")).contains("已把 许嘉禾 设为第二工作组组长",
                "原组长 方若兰 改为组员");
        assertThat(bot.app.config().member("m-fang").map(Member::role)).contains(Role.MEMBER);
        assertThat(bot.sayText("local-coord", "m-admin", "转组 方若兰 第一工作组")).contains("转到第一工作组");

        // a name that matches two people asks which
        assertThat(TestBot.text(bot.sayAs("local-coord", "m-admin", "投促部小周", "添加 @许嘉禾 第三工作组", "u-xu2")))
                .contains("已把 许嘉禾 加入名单：第三工作组 组员");
        String which = bot.sayText("local-coord", "m-admin", "移出 许嘉禾");
        assertThat(which).contains("2 位叫“许嘉禾”", "第二工作组 组长", "第三工作组 组员");
        assertThat(bot.app.config().membersOf("team3").stream().map(Member::name)).contains("许嘉禾");
        assertThat(bot.sayText("local-coord", "m-admin", "移出 许嘉禾 第三工作组")).contains("已把 许嘉禾 移出名单");
        assertThat(bot.sayText("local-coord", "m-admin", "名单 第二工作组")).contains("组长：许嘉禾", "陆承泽");
        // 领导 sees the roster but changes nothing
        assertThat(bot.sayText("local-coord", "m-leader", "移出 陆承泽")).contains("只有本组组长和投资促进部");
    }

    @Test
    void someoneAddedWhileTheirRequestWaitsHasItClosed() {
        bot.sayAs("local-team1", "u-wait", "候补", "你好");
        assertThat(TestBot.text(bot.sayAs("local-team1", "m-lin", "林晓东", "添加 @候补", "u-wait")))
                .contains("已把 候补 加入名单：第一工作组 组员");
        assertThat(bot.sayText("local-team1", "m-lin", "同意")).contains("没有待处理的加入申请");
        assertThat(bot.sayText("local-team1", "m-lin", "同意 候补")).contains("已经同意过了");
        // 添加 by name alone finds the id in the request of someone who wrote in the group (WeCom names people only)
        bot.sayAs("local-team1", "u-named", "点名者", "你好");
        assertThat(bot.sayText("local-team1", "m-lin", "添加 点名者")).contains("已把 点名者 加入名单");
        assertThat(bot.app.config().memberByPlatformId("local", "u-named")).isPresent();
        assertThat(bot.sayText("local-team1", "m-lin", "添加 无名氏")).contains("没有拿到“无名氏”的账号");
    }

    @Test
    void aRejectedRequestStaysRejectedAndIsNotAskedAgain() {
        bot.sayAs("local-team4", "u-spam", "路人", "你好");
        assertThat(bot.sayText("local-team4", "m-bai", "拒绝 路人")).contains("只有本组组长和投资促进部");
        assertThat(bot.sayText("local-team4", "m-ye", "拒绝 路人")).contains("已拒绝 路人");
        assertThat(bot.sayText("local-team4", "m-ye", "同意 路人")).contains("已经拒绝过了");
        assertThat(bot.sayAs("local-team4", "u-spam", "路人", "你好")).isEmpty();
        assertThat(bot.app.config().memberByPlatformId("local", "u-spam")).isEmpty();
        assertThat(bot.sayText("local-team4", "m-ye", "同意")).contains("没有待处理的加入申请");
    }

    @Test
    void aNewGroupIsConnectedByChatAndItsReportsLandInThatTeam() {
        assertThat(bot.sayText("local-new", "m-xu", VISIT)).contains("本群还没有连接", "本群为第二工作组");
        assertThat(bot.sayText("local-new", "m-xu", "本群为第二工作组")).contains("只有投资促进部");
        assertThat(bot.sayText("local-new", "m-admin", "本群为第二工作组")).contains("已设置：本群为第二工作组");
        String v = TestBot.number(bot.sayText("local-new", "m-xu", VISIT), "V");
        assertThat(row(v).get("team_id")).isEqualTo("team2");
        assertThat(bot.app.config().conversationsOf("team2").stream().map(c -> c.id())).contains("local-new");
        // a second coordination group gets joining requests too
        assertThat(bot.sayText("local-coord2", "m-admin", "本群为协调群")).contains("已设置：本群为投资促进部协调群");
        bot.sayAs("local-new", "u-new", "新同事", "你好");
        assertThat(bot.history("local-coord2").toString()).contains("新成员申请：新同事");
        assertThat(bot.sayText("local-coord", "m-admin", "名单历史")).contains("连接群", "（未连接） → 第二工作组");
    }

    @Test
    void rosterExportIsAWorkbookOfTheCurrentRoster() throws Exception {
        bot.sayAs("local-team2", "u-zhang", "张三", "你好");
        bot.sayText("local-team2", "m-fang", "同意 张三");
        JsonNode replies = bot.say("local-coord", "m-admin", "导出名单");
        JsonNode file = null;
        for (JsonNode r : replies) if (r.path("type").asText().equals("file")) file = r;
        assertThat(file).isNotNull();
        String cells = cells(bot.download(file.path("url").asText()));
        assertThat(cells).contains("张三\t第二工作组\t组员", "林晓东\t第一工作组\t组长", "投促部小周", "同意加入");
        // a 组长 exports only their own team
        JsonNode own = bot.say("local-coord", "m-lin", "导出名单");
        String ownCells = "";
        for (JsonNode r : own) if (r.path("type").asText().equals("file")) ownCells = cells(bot.download(r.path("url").asText()));
        assertThat(ownCells).contains("林晓东").doesNotContain("张三", "方若兰");
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) sb.append(f.formatCellValue(cell)).append('\t');
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private long count(String sql) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private Map<String, Object> row(String number) {
        List<Map<String, Object>> rows = bot.app.database().jdbi().withHandle(h -> h.createQuery(
                "select team_id, reporter_id from visit where number = :n").bind("n", number).mapToMap().list());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
