package zhaoshang.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Reply;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.chat.wecom.WeComPlatform;
import zhaoshang.chat.wecom.WeComSettings;
import zhaoshang.inbox.Inbox;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.support.TestDatabase;

/**
 * A WeCom 智能机器人 confirmation of 125 records (issue 10: it used to be cut, "已截断", and ~125 record numbers were
 * never shown) goes out whole — its response_url for the first part, the group webhook for the rest, split between
 * records — and how far it got is kept with the outbox row (issue 16): a restart in the middle neither calls the
 * response_url again nor repeats a part already delivered. Without a webhook it is sent compact in the one call, every
 * record number still in it.
 */
class SplitReplyRestartTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONV = "wrk-team1";
    static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    @TempDir
    Path dir;
    WireMockServer wm;
    SimulatorClock clock;
    Database db;
    long inboxId;

    @BeforeEach
    void setUp() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        db = Database.open(TestDatabase.url(dir, "t.db"));
        Map<String, String> ctx = Map.of("kind", "aibot", "chattype", "group", "msgtype", "text",
                "responseUrl", wm.baseUrl() + "/cgi-bin/aibot/response?response_code=RC",
                "responseUrlExpiresAt", Long.toString(clock.instant().plus(Duration.ofHours(1)).toEpochMilli()));
        inboxId = new Inbox(db.jdbi()).store(new ChatMessage("wecom", "msg-125", CONV, "heyuqing", "何雨晴",
                "走访 ×125", clock.instant(), ctx), clock.instant()).orElseThrow();
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/aibot/response")).willReturn(okJson(OK)));
    }

    @AfterEach
    void tearDown() {
        wm.stop();
    }

    /** A fresh process: new outbox, platform and sender over the same database. */
    private OutboxSender process(Map<String, String> webhookKeys) {
        Outbox outbox = new Outbox(db.jdbi(), new FileStore(dir.resolve("files"), db.jdbi(), clock, Duration.ofDays(7)), clock);
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
        Map<String, ChatPlatform> platforms = Map.of("wecom", new WeComPlatform(new WeComSettings(wm.baseUrl()),
                webhookKeys, clock, http));
        return new OutboxSender(outbox, platforms, clock, "", 20);
    }

    static Reply confirmation(int n) {
        Reply.Builder r = Reply.message(null);
        for (int i = 1; i <= n; i++) {
            int k = i;
            r.group(g -> g.line("✅ 已登记走访（第" + k + "条） " + String.format("#V-%04d", k) + "：2026-11-20 批量测试企业" + k + "有限公司")
                    .field("走访日期", "2026-11-20").field("企业名称", "批量测试企业" + k + "有限公司")
                    .field("洽谈内容", "储能设备生产基地选址，关注标准化厂房和电价")).blank();
        }
        return r.line("有误请发“更正 编号 字段：新值”，撤销请发“撤销 编号”。").build();
    }

    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("#V-\\d{4}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static List<String> expected(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(String.format("#V-%04d", i));
        return out;
    }

    /** Texts of the requests to a path the platform answered with success, in order. */
    private List<String> delivered(String path, String field) throws Exception {
        // the journal lists the newest first; its logged dates have millisecond steps, so two parts sent within one
        // millisecond tie: reverse to arrival order rather than sort by time (a sort kept such a tie newest-first)
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        java.util.Collections.reverse(events);
        List<String> out = new ArrayList<>();
        for (ServeEvent e : events) {
            if (!e.getRequest().getUrl().startsWith(path) || !e.getResponse().getBodyAsString().contains("\"errcode\":0")) continue;
            out.add(JSON.readTree(e.getRequest().getBodyAsString()).at(field).asText());
        }
        return out;
    }

    private void drain(OutboxSender sender, int rounds) {
        for (int i = 0; i < rounds; i++) {
            sender.drainOnce();
            clock.moveTo(clock.instant().plusSeconds(5));
        }
    }

    @Test
    void aRestartInTheMiddleContinuesWithTheNextPartAndNeverReusesTheResponseUrl() throws Exception {
        // the webhook takes the first part, refuses the second (rate limit) — then the process dies
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("w").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(OK)).willSetStateTo("limited"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("w").whenScenarioStateIs("limited")
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("w").whenScenarioStateIs("ok")
                .willReturn(okJson(OK)));
        Map<String, String> keys = Map.of(CONV, "k-team1");
        OutboxSender first = process(keys);
        new Outbox(db.jdbi(), null, clock).enqueue("wecom", CONV, inboxId,
                List.of(confirmation(125), Reply.text("另一条回复")), Map.of(
                        "kind", "aibot", "chattype", "group", "msgtype", "text",
                        "responseUrl", wm.baseUrl() + "/cgi-bin/aibot/response?response_code=RC",
                        "responseUrlExpiresAt", Long.toString(clock.instant().plus(Duration.ofHours(1)).toEpochMilli())));
        first.drainOnce();   // response_url, webhook part 1, webhook part 2 refused (45009): retry later
        Outbox.Entry row = new Outbox(db.jdbi(), null, clock).forInbox(inboxId).get(0);
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.routes()).containsExactly("wecom.aibot", "wecom.webhook");
        assertThat(row.unitsSent()).isBetween(1, 249);

        // the process is gone; a new one over the same database finishes the message and the next one
        OutboxSender second = process(keys);
        drain(second, 30);
        Outbox outbox = new Outbox(db.jdbi(), null, clock);
        assertThat(outbox.forInbox(inboxId)).extracting(Outbox.Entry::status).containsOnly("sent");

        wm.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response")));
        String viaResponseUrl = delivered("/cgi-bin/aibot/response", "/markdown/content").get(0);
        List<String> webhook = delivered("/cgi-bin/webhook/send", "/markdown/content");
        assertThat(viaResponseUrl.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_480);
        assertThat(webhook).allSatisfy(t -> assertThat(t.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4_096));
        List<String> seen = new ArrayList<>(numbers(viaResponseUrl));
        webhook.forEach(t -> seen.addAll(numbers(t)));
        assertThat(seen).as("every record number once, in order, none cut").isEqualTo(expected(125));
        // the second answer knew the response_url was used: it went through the webhook
        assertThat(webhook.get(webhook.size() - 1)).isEqualTo("另一条回复");
    }

    @Test
    void withoutAWebhookTheOneResponseUrlCallCarriesEveryRecordNumber() throws Exception {
        OutboxSender sender = process(Map.of());
        new Outbox(db.jdbi(), null, clock).enqueue("wecom", CONV, inboxId, List.of(confirmation(125)), Map.of(
                "kind", "aibot", "chattype", "group", "msgtype", "text",
                "responseUrl", wm.baseUrl() + "/cgi-bin/aibot/response?response_code=RC",
                "responseUrlExpiresAt", Long.toString(clock.instant().plus(Duration.ofHours(1)).toEpochMilli())));
        drain(sender, 3);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response")));
        String content = delivered("/cgi-bin/aibot/response", "/markdown/content").get(0);
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(20_480);
        assertThat(numbers(content)).isEqualTo(expected(125));
        assertThat(content).contains("每条只列首行").doesNotContain("已截断");
        Outbox outbox = new Outbox(db.jdbi(), null, clock);
        assertThat(outbox.forInbox(inboxId).get(0).status()).isEqualTo("sent");
        assertThat(outbox.warned(5)).extracting(Outbox.Entry::warning).anyMatch(w -> w.contains("没有群机器人 Webhook"));
    }
}
