package zhaoshang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.inbox.Inbox;
import zhaoshang.support.TestBot;

/** The local chat simulator's JSON API, through HTTP, with a real SQLite file. */
class LocalChatApiTest {

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
    void helpListsCommandsAndTemplates() {
        JsonNode replies = bot.say("local-team1", "m-he", "@招商助手 帮助");
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("type").asText()).isEqualTo("markdown");
        String text = TestBot.plain(replies.get(0));
        assertThat(text).contains("帮助").contains("走访").contains("签约").contains("模板 走访").contains("本月进度")
                .doesNotContain("```").doesNotContain("企业：");   // a short list; the templates come with 模板 走访
    }

    @Test
    void theHistoryRendersAsTheChosenPlatformShowsIt() {
        bot.say("local-team1", "m-he", "帮助");
        var ding = bot.get("/local/messages?conversation=local-team1&platform=dingtalk").body().path("messages").get(1);
        assertThat(ding.path("route").asText()).isEqualTo("dingtalk.session");
        assertThat(ding.path("text").asText()).startsWith("#### 招商助手 · 帮助").contains("  \n");
        assertThat(ding.path("plain").asText()).startsWith("招商助手 · 帮助").doesNotContain("####");
        var wecom = bot.get("/local/messages?conversation=local-team1&platform=wecom").body().path("messages").get(1);
        assertThat(wecom.path("route").asText()).isEqualTo("wecom.aibot");
        assertThat(wecom.path("dialect").asText()).isEqualTo("wecom_v2");
        TestBot.Http bad = bot.get("/local/messages?conversation=local-team1&platform=feishu");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("error").asText()).contains("platform");
    }

    @Test
    void unknownSenderIsToldWhomToAsk() {
        String text = bot.sayText("local-team1", "stranger-01", "走访 企业：某公司");
        assertThat(text).contains("还不在第一工作组的名单里", "已请组长确认", "同意").doesNotContain("stranger-01");
        assertThat(bot.sayText("local-team1", "stranger-01", "帮助")).as("answered once").isEmpty();
    }

    @Test
    void unknownConversationIsExplained() {
        String text = bot.sayText("no-such-group", "m-he", "帮助");
        assertThat(text).contains("本群还没有连接", "本群为第二工作组", "投资促进部");
    }

    @Test
    void unknownTextGetsAPointerToHelp() {
        String text = bot.sayText("local-team1", "m-he", "今天天气不错");
        assertThat(text).contains("没看懂").contains("帮助");
    }

    @Test
    void duplicateMessageIdIsProcessedOnce() {
        Map<String, String> body = Map.of("conversation", "local-team1", "sender", "m-he", "text", "帮助", "id", "same-1");
        TestBot.Http first = bot.post("/local/messages", body);
        TestBot.Http second = bot.post("/local/messages", body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("replies")).hasSize(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("replies")).isEmpty();
        assertThat(second.body().get("duplicate").asBoolean()).isTrue();
        assertThat(bot.history("local-team1")).hasSize(2); // one question, one answer
    }

    @Test
    void historyHasQuestionAndAnswerOldestFirst() {
        bot.say("local-team1", "m-he", "帮助");
        var history = bot.history("local-team1");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("from").asText()).isEqualTo("何雨晴");
        assertThat(history.get(0).get("text").asText()).isEqualTo("帮助");
        assertThat(history.get(1).get("from").asText()).isEqualTo("招商助手");
        assertThat(history.get(1).get("type").asText()).isEqualTo("markdown");
        assertThat(history.get(1).has("time")).isTrue();
    }

    @Test
    void directoryListsConversationsAndMembers() {
        JsonNode d = bot.get("/local/directory").body();
        assertThat(d.get("conversations").findValuesAsText("id")).contains("local-team1", "local-coord");
        assertThat(d.get("members").findValuesAsText("name")).contains("林晓东", "投促部小周");
        assertThat(d.get("members").findValuesAsText("role")).contains("组长", "组员", "投资促进部", "领导");
    }

    @Test
    void clockMovesForwardOnly() {
        TestBot.Http forward = bot.post("/local/clock", Map.of("now", "2026-11-30T19:05:00+08:00"));
        assertThat(forward.status()).isEqualTo(200);
        assertThat(forward.body().get("now").asText()).startsWith("2026-11-30T19:05");
        TestBot.Http back = bot.post("/local/clock", Map.of("now", "2026-11-21T09:00:00+08:00"));
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.body().get("error").asText()).contains("只能向前");
        TestBot.Http bad = bot.post("/local/clock", Map.of("now", "明天"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bot.get("/local/directory").body().get("now").asText()).startsWith("2026-11-30T19:05");
    }

    @Test
    void malformedJsonIsA400WithAClearMessage() {
        TestBot.Http r = bot.post("/local/messages", "{\"conversation\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).contains("JSON");
    }

    @Test
    void missingFieldsAreNamed() {
        TestBot.Http r = bot.post("/local/messages", Map.of("conversation", "local-team1", "text", "帮助"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).contains("sender");
        TestBot.Http r2 = bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he"));
        assertThat(r2.status()).isEqualTo(400);
        assertThat(r2.body().get("error").asText()).contains("text");
    }

    @Test
    void aMegabyteTextIsRefusedButKept() {
        String huge = "走访 " + "很".repeat(1024 * 1024);
        TestBot.Http r = bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he",
                "text", huge, "id", "huge-1"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("error").asText()).contains("消息太长").contains("原消息已保存");
        Inbox inbox = new Inbox(bot.app.database().jdbi());
        assertThat(inbox.conversation("local", "local-team1", 10))
                .anySatisfy(e -> assertThat(e.message().text()).isEqualTo(huge));
        // and the bot still answers
        assertThat(bot.sayText("local-team1", "m-he", "帮助")).contains("招商助手");
    }

    @Test
    void healthzSaysOk() {
        TestBot.Http r = bot.get("/healthz");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void healthzWarnsAboutAYearWithoutHolidayData() {
        bot.post("/local/clock", Map.of("now", "2027-01-05T09:00:00+08:00"));
        JsonNode warnings = bot.get("/healthz").body().get("details").get("calendarWarnings");
        assertThat(warnings.toString()).contains("2027 年没有节假日数据").contains("周一至周五");
        assertThat(warnings.toString()).doesNotContain("2026 年");
    }

    @Test
    void pageIsServed() {
        TestBot.Http r = bot.get("/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("招商助手").contains("/local/messages");
    }
}
