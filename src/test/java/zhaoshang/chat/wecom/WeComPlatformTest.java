package zhaoshang.chat.wecom;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.Mention;
import zhaoshang.chat.MutableClock;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.Span;
import zhaoshang.chat.SendResult.Status;

/** WireMock stands in for qyapi.weixin.qq.com. */
class WeComPlatformTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONV = "wrkSFfCgAAxxxx";
    static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    static final String SEND = "/cgi-bin/webhook/send?key=" + KEY;

    WireMockServer wm;
    MutableClock clock;
    WeComPlatform platform;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).build();
        platform = new WeComPlatform(new WeComSettings(wm.baseUrl()), Map.of(CONV, KEY), clock, http);
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    Delivery delivery(long id, Reply reply, Map<String, String> ctx) {
        return new Delivery(id, "wecom", CONV, reply, ctx, null, 1, clock.instant());
    }

    Map<String, String> aibot(Duration validFor) {
        return Map.of("kind", "aibot", "chattype", "group", "msgtype", "text",
                "responseUrl", wm.baseUrl() + "/cgi-bin/aibot/response?response_code=RC-secret-1",
                "responseUrlExpiresAt", Long.toString(clock.instant().plus(validFor).toEpochMilli()));
    }

    void stubOk() {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    static void assertNoSecrets(SendResult r) {
        assertThat(r.detail()).doesNotContain(KEY, "RC-secret", "key=");
    }

    static Mention person(String name, String wecomId) {
        return new Mention("m-" + wecomId, name, Map.of("wecom", wecomId));
    }

    @Test
    void messageNamingPeopleIsTextWithMentionedListAndNamesNotIds() throws Exception {
        stubOk();
        SendResult r = platform.send(delivery(1, Reply.text("请今天补报拜访")
                .mentioning(List.of(person("张三", "zhangsan"), person("李四", "lisi"))), Map.of()));
        assertThat(r.status()).isEqualTo(Status.SENT);
        JsonNode body = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(SEND))).get(0).getBodyAsString());
        assertThat(body.path("msgtype").asText()).isEqualTo("text");
        assertThat(body.at("/text/mentioned_list")).extracting(JsonNode::asText).containsExactly("zhangsan", "lisi");
        assertThat(body.at("/text/content").asText()).isEqualTo("请今天补报拜访\n\n@张三 @李四")
                .doesNotContain("zhangsan", "lisi");
    }

    @Test
    void messageWithoutMentionsIsLegacyMarkdownWithoutListSyntax() throws Exception {
        stubOk();
        Reply reply = Reply.message("进度").heading("本月进度").item("走访 ", Span.strong("3/15")).item("线索 1/6").build();
        assertThat(platform.send(delivery(2, reply, Map.of())).status()).isEqualTo(Status.SENT);
        JsonNode body = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(SEND))).get(0).getBodyAsString());
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.at("/markdown/content").asText()).isEqualTo("### 本月进度\n· 走访 **3/15**\n· 线索 1/6");
    }

    @Test
    void longTextIsSplitBetweenLinesAndARetryResumesWithTheMissingPart() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            sb.append("第").append(i).append("行：拜访记录汇总内容\n");
        }
        String text = sb.toString().strip();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(2049, 4096);
        // the second part is rate-limited once
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")).willSetStateTo("limited"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("s").whenScenarioStateIs("limited")
                .willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Reply reply = Reply.text(text).mentioning(List.of(person("王五", "wangwu")));
        Delivery.Progress progress = new Delivery.Progress.InMemory();
        SendResult first = platform.send(new Delivery(3, "wecom", CONV, reply, Map.of(), null, 1, clock.instant(), progress));
        assertThat(first.status()).isEqualTo(Status.RETRY);
        assertThat(first.detail()).contains("45009", "part 2/");
        SendResult second = platform.send(new Delivery(3, "wecom", CONV, reply, Map.of(), null, 2, clock.instant(), progress));
        assertThat(second.status()).isEqualTo(Status.SENT);

        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send")));
        assertThat(sent).hasSize(3); // part 1, part 2 (45009), part 2 again
        JsonNode p1 = JSON.readTree(sent.get(0).getBodyAsString());
        JsonNode p2 = JSON.readTree(sent.get(2).getBodyAsString());
        assertThat(p1.at("/text/mentioned_list/0").asText()).isEqualTo("wangwu");
        assertThat(p2.at("/text/mentioned_list").isMissingNode()).isTrue();
        String c1 = p1.at("/text/content").asText();
        String c2 = p2.at("/text/content").asText();
        assertThat(c1.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(c2.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(c1).startsWith("第0行").endsWith("（1/2）").contains("@王五");
        assertThat(c2).startsWith("第").endsWith("（2/2）");
        // every line once, in order, none cut
        List<String> lines = new java.util.ArrayList<>();
        for (String c : List.of(c1, c2)) {
            for (String l : c.split("\n")) if (l.startsWith("第")) lines.add(l);
        }
        assertThat(String.join("\n", lines)).isEqualTo(text);
    }

    @Test
    void imageAsBase64WithMd5() throws Exception {
        stubOk();
        byte[] png = new byte[1000];
        png[0] = (byte) 0x89; png[1] = 'P'; png[2] = 'N'; png[3] = 'G'; png[500] = 42;
        assertThat(platform.send(delivery(4, Reply.image("chart.png", png), Map.of())).status()).isEqualTo(Status.SENT);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(png));
        wm.verify(postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(
                "{\"msgtype\":\"image\",\"image\":{\"base64\":\"" + Base64.getEncoder().encodeToString(png) + "\",\"md5\":\"" + md5 + "\"}}")));
    }

    @Test
    void oversizeOrWrongImageIsPermanentWithoutCalls() {
        byte[] big = new byte[WeComPlatform.MAX_IMAGE_BYTES + 1];
        big[0] = (byte) 0xFF; big[1] = (byte) 0xD8; big[2] = (byte) 0xFF;
        SendResult r = platform.send(delivery(5, Reply.image("big.jpg", big), Map.of()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(r.detail()).contains("2 MB");
        assertThat(platform.send(delivery(6, Reply.image("x.gif", "GIF89a....".getBytes()), Map.of())).status())
                .isEqualTo(Status.PERMANENT);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void xlsxUploadedThenSentAsFile() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/upload_media")).willReturn(okJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"1G6nrLmr5EC3MMb\",\"created_at\":\"1380000000\"}")));
        stubOk();
        byte[] xlsx = "PK\u0003\u0004 workbook bytes".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(platform.send(delivery(7, Reply.file("ledger-2026-11.xlsx", xlsx), Map.of())).status()).isEqualTo(Status.SENT);
        assertThat(platform.send(delivery(8, Reply.file("ledger-2026-11.xlsx", xlsx), Map.of())).status()).isEqualTo(Status.SENT);
        // uploaded per send (media_id lives 3 days)
        wm.verify(2, postRequestedFor(urlEqualTo("/cgi-bin/webhook/upload_media?key=" + KEY + "&type=file"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("media")
                        .withHeader("Content-Disposition", containing("filename=\"ledger-2026-11.xlsx\""))
                        .build()));
        wm.verify(2, postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(
                "{\"msgtype\":\"file\",\"file\":{\"media_id\":\"1G6nrLmr5EC3MMb\"}}")));
    }

    @Test
    void tinyOrHugeFileIsPermanent() {
        assertThat(platform.send(delivery(9, Reply.file("a.txt", new byte[5]), Map.of())).status()).isEqualTo(Status.PERMANENT);
        assertThat(platform.send(delivery(10, Reply.file("a.xlsx", new byte[WeComPlatform.MAX_FILE_BYTES + 1]), Map.of())).status())
                .isEqualTo(Status.PERMANENT);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aiBotResponseUrlIsUsedOnceThenWebhook() {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/aibot/response")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        stubOk();
        Map<String, String> ctx = aibot(Duration.ofHours(1));
        Delivery.Progress first = new Delivery.Progress.InMemory();
        assertThat(platform.send(new Delivery(11, "wecom", CONV, Reply.text("已记录"), ctx, null, 1, clock.instant(), first))
                .status()).isEqualTo(Status.SENT);
        assertThat(first.routes()).containsExactly("wecom.aibot");
        // the second answer to the same message knows (from the outbox) that the response_url was used
        Delivery.Progress second = new Delivery.Progress.InMemory(first.routes());
        assertThat(platform.send(new Delivery(12, "wecom", CONV, Reply.text("另一条"), ctx, null, 1, clock.instant(), second))
                .status()).isEqualTo(Status.SENT);
        wm.verify(1, postRequestedFor(urlEqualTo("/cgi-bin/aibot/response?response_code=RC-secret-1"))
                .withRequestBody(equalToJson("{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"已记录\"}}")));
        wm.verify(1, postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(
                "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"另一条\"}}")));
    }

    @Test
    void anAnswerNamingPeopleTakesTheWebhookWhichCanAtThemRatherThanTheResponseUrl() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/aibot/response")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        stubOk();
        Reply named = Reply.text("请补报走访").mentioning(List.of(person("王五", "wangwu")));
        assertThat(platform.send(delivery(15, named, aibot(Duration.ofHours(1)))).status()).isEqualTo(Status.SENT);
        wm.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response")));
        JsonNode body = JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo(SEND))).get(0).getBodyAsString());
        assertThat(body.at("/text/mentioned_list/0").asText()).isEqualTo("wangwu");
    }

    @Test
    void expiredResponseUrlGoesToWebhook() {
        stubOk();
        Map<String, String> ctx = aibot(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(31));
        assertThat(platform.send(delivery(13, Reply.text("x"), ctx)).status()).isEqualTo(Status.SENT);
        wm.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response")));
        wm.verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void responseUrlNetworkErrorIsRetriedOnTheSameUrl() {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/aibot/response")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/aibot/response")).inScenario("r").whenScenarioStateIs("up")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Map<String, String> ctx = aibot(Duration.ofHours(1));
        SendResult r = platform.send(delivery(14, Reply.text("x"), ctx));
        assertThat(r.status()).isEqualTo(Status.RETRY);
        assertNoSecrets(r);
        assertThat(platform.send(delivery(14, Reply.text("x"), ctx)).status()).isEqualTo(Status.SENT);
        wm.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/aibot/response")));
        wm.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send")));
    }

    @Test
    void errorClassification() {
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")));
        assertThat(platform.send(delivery(20, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}")));
        assertThat(platform.send(delivery(21, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(aResponse().withStatus(500)));
        assertThat(platform.send(delivery(22, Reply.text("x"), Map.of())).status()).isEqualTo(Status.RETRY);
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SendResult reset = platform.send(delivery(23, Reply.text("x"), Map.of()));
        assertThat(reset.status()).isEqualTo(Status.RETRY);
        assertNoSecrets(reset);
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send")).willReturn(okJson("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}")));
        SendResult bad = platform.send(delivery(24, Reply.text("x"), Map.of()));
        assertThat(bad.status()).isEqualTo(Status.PERMANENT);
        assertThat(bad.detail()).contains("93000");
        assertNoSecrets(bad);
        wm.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/upload_media")).willReturn(okJson("{\"errcode\":45009,\"errmsg\":\"freq\"}")));
        assertThat(platform.send(delivery(25, Reply.file("a.xlsx", new byte[100]), Map.of())).status()).isEqualTo(Status.RETRY);
    }

    @Test
    void conversationWithoutKeyIsPermanent() {
        SendResult r = platform.send(new Delivery(30, "wecom", "app:1000002", Reply.text("x"), Map.of("kind", "app"), null, 1,
                clock.instant()));
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
