package zhaoshang.report.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import zhaoshang.config.Settings;
import zhaoshang.report.ExtractedReport;
import zhaoshang.report.Extraction;
import zhaoshang.report.InspectionReport;
import zhaoshang.report.LeadReport;
import zhaoshang.report.ReportExtractor;
import zhaoshang.report.ReportKind;
import zhaoshang.report.SigningReport;
import zhaoshang.report.VisitReport;

/** WireMock stands in for a 投资促进部's own DeepSeek / Qwen server; the answers are recorded in src/test/resources/llm. */
class OpenAiCompatibleExtractorTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22); // a Sunday
    static final String KEY = "sk-llm-test-7f3a9c1e5b";
    static final String PATH = "/v1/chat/completions";

    static final String TIANJIN = "@招商助手 各位好，汇报一下今天的情况：上午和组员一起去了天津经开区，拜访了天津长荣科技集团股份有限公司"
            + "总经理助理刘总，围绕印刷装备智能化改造项目进行了座谈，企业有意在北方新设生产基地，初步估计投资2亿元左右，意向较强。";
    static final String SUZHOU = "周二在苏州见了苏州迈为科技股份有限公司的周总 聊了光伏设备区域服务中心 意向一般";
    static final String CATL = "11月20日去宁德时代拜访了副总经理，交流了储能电池项目，意向较强";
    static final String HUAYANG = "昨天走访山西华阳新材料科技有限公司，注册资本3000万元，了解企业扩产计划";
    static final String BOE_AHEAD = "11月25日拜访京东方科技集团股份有限公司，对接显示面板配套项目";
    static final String GUOLIAN = "11月18日，总投资6.5亿元的北京国联万众半导体科技有限公司碳化硅外延片项目在京签约，落户高新区。";
    static final String JINKO = "11月17日，邀请晶科能源股份有限公司副总经理一行4人来潞州区考察，我组两名同志全程陪同";

    WireMockServer wm;
    ListAppender<ILoggingEvent> logs;
    Logger root;
    Logger own;
    Level ownLevel;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        own = (Logger) LoggerFactory.getLogger(OpenAiCompatibleExtractor.class);
        ownLevel = own.getLevel();
        own.setLevel(Level.DEBUG);
        logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        own.setLevel(ownLevel);
        wm.stop();
    }

    OpenAiCompatibleExtractor extractor(Duration timeout) {
        return new OpenAiCompatibleExtractor(
                new LlmSettings(HttpUrl.get(wm.baseUrl() + PATH), "qwen2.5-14b-instruct", KEY, timeout),
                new OkHttpClient());
    }

    OpenAiCompatibleExtractor extractor() {
        return extractor(Duration.ofSeconds(5));
    }

    void answer(String recording) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(recording(recording))));
    }

    static String recording(String name) {
        try (InputStream in = OpenAiCompatibleExtractorTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ExtractedReport only(Optional<Extraction> e) {
        assertThat(e).isPresent();
        assertThat(e.get().reports()).hasSize(1);
        return e.get().reports().get(0);
    }

    List<String> logLines() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    // ---- good answers --------------------------------------------------------------------------------------

    @Test
    void correctExtractionIsBelievedFieldByField() {
        answer("visit-good.json");

        Optional<Extraction> e = extractor().extract(TIANJIN, TODAY);

        assertThat(e).isPresent();
        assertThat(e.get().reports()).hasSize(2);
        ExtractedReport visit = e.get().reports().get(0);
        assertThat(visit.doubtful()).isEmpty();
        assertThat(visit.report()).isEqualTo(new VisitReport(TODAY, "天津长荣科技集团股份有限公司", null, "天津经开区",
                "印刷装备", "刘总（总经理助理）", null, "围绕印刷装备智能化改造项目进行了座谈，企业有意在北方新设生产基地",
                "较强", 200_000_000L, null));
        ExtractedReport lead = e.get().reports().get(1);
        assertThat(lead.doubtful()).isEmpty();
        assertThat(lead.report()).isEqualTo(new LeadReport(TODAY, "天津长荣科技集团股份有限公司", "印刷装备智能化改造项目",
                null, 200_000_000L, null, null, null, null, null));
    }

    @Test
    void requestIsAnOpenAiChatCompletionWithOurSchemaTodayAndTheMessage() throws IOException {
        answer("visit-good.json");

        extractor().extract(TIANJIN, TODAY);

        List<LoggedRequest> requests = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest r = requests.get(0);
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo("qwen2.5-14b-instruct");
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.path("stream").asBoolean()).isFalse();
        assertThat(body.path("max_tokens").asInt()).isPositive();
        JsonNode messages = body.path("messages");
        assertThat(messages.path(0).path("role").asText()).isEqualTo("system");
        String system = messages.path(0).path("content").asText();
        assertThat(system).contains("JSON", "今天是 2026-11-22（星期日）", "VISIT", "LEAD", "INSPECTION", "SIGNING",
                "amountYuan", "contacts", "ourPeople", "无、一般、较强、明确", "刘总（总经理助理）", "evidence");
        // the example pairs "今天" with today's date, so it teaches nothing contradictory
        assertThat(system).contains("\"date\": \"2026-11-22\"").doesNotContain("2026-11-24");
        assertThat(messages.path(1).path("role").asText()).isEqualTo("user");
        assertThat(messages.path(1).path("content").asText()).isEqualTo(TIANJIN);
    }

    @Test
    void noKeyNoAuthorizationHeader() {
        answer("not-a-report.json");
        var extractor = new OpenAiCompatibleExtractor(
                new LlmSettings(HttpUrl.get(wm.baseUrl() + PATH), "qwen", null, Duration.ofSeconds(5)), new OkHttpClient());

        assertThat(extractor.extract("大家周末好", TODAY)).contains(new Extraction(List.of()));
        assertThat(wm.getAllServeEvents().get(0).getRequest().containsHeader("Authorization")).isFalse();
    }

    @Test
    void serverThatRefusesResponseFormatIsAskedWithoutIt() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("response_format")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"unknown field response_format\"}")));
        wm.stubFor(post(urlEqualTo(PATH)).atPriority(5).willReturn(okJson(recording("fenced.json"))));
        OpenAiCompatibleExtractor extractor = extractor();

        assertThat(only(extractor.extract(GUOLIAN, TODAY)).doubtful()).isEmpty();
        assertThat(only(extractor.extract(GUOLIAN, TODAY)).doubtful()).isEmpty();

        // the first message was asked twice, the second once and without response_format
        List<LoggedRequest> requests = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).extracting(r -> r.getBodyAsString().contains("response_format")).containsExactly(true, false, false);
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));

        assertThat(extractor().extract(GUOLIAN, TODAY)).isEmpty();
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void jsonInACodeFenceWithProseAroundIsRead() {
        answer("fenced.json");

        ExtractedReport signing = only(extractor().extract(GUOLIAN, TODAY));

        assertThat(signing.doubtful()).isEmpty();
        assertThat(signing.report()).isEqualTo(new SigningReport("碳化硅外延片项目", "北京国联万众半导体科技有限公司",
                LocalDate.of(2026, 11, 18), 650_000_000L, null, "高新区", null, null, null));
    }

    @Test
    void reasoningBeforeTheAnswerIsSkipped() {
        answer("thinking.json");

        ExtractedReport inspection = only(extractor().extract(JINKO, TODAY));

        assertThat(inspection.doubtful()).isEmpty();
        assertThat(inspection.report()).isEqualTo(new InspectionReport("晶科能源股份有限公司", LocalDate.of(2026, 11, 17),
                "副总经理一行4人", null, null, "潞州区", null));
    }

    @Test
    void notAReportIsAnEmptyExtraction() {
        answer("not-a-report.json");

        assertThat(extractor().extract("收到，谢谢大家", TODAY)).contains(new Extraction(List.of()));
    }

    @Test
    void unknownKindsAndFieldsAreDropped() {
        answer("unknown-kind.json");

        ExtractedReport visit = only(extractor().extract("今天拜访了京东方，对接显示面板配套项目", TODAY));

        assertThat(visit.report().kind()).isEqualTo(ReportKind.VISIT);
        assertThat(visit.report()).isEqualTo(new VisitReport(null, "京东方", null, null, null, null, null,
                "对接显示面板配套项目", null, null, null));
        assertThat(visit.doubtful()).isEmpty();
    }

    // ---- answers not believed ------------------------------------------------------------------------------

    @Test
    void hallucinatedEnterpriseIsLeftOutAndDoubtful() {
        answer("hallucinated-enterprise.json");

        ExtractedReport visit = only(extractor().extract(SUZHOU, TODAY));

        VisitReport r = (VisitReport) visit.report();
        assertThat(r.enterprise()).isNull();
        assertThat(visit.doubtful()).containsExactly("企业名称");
        // what the text supports is kept: "周二" read as the Tuesday just past, not the coming one
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(r.contacts()).isEqualTo("周总");
        assertThat(r.intent()).isEqualTo("一般");
    }

    @Test
    void amountTheMessageDoesNotGiveIsDoubtful() {
        answer("amount-unsupported.json");

        ExtractedReport visit = only(extractor().extract(CATL, TODAY));

        VisitReport r = (VisitReport) visit.report();
        assertThat(r.amountYuan()).isNull();
        assertThat(visit.doubtful()).containsExactly("拟投资额");
        assertThat(r.enterprise()).isEqualTo("宁德时代");
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void registeredCapitalIsNotAnInvestmentAmount() {
        answer("registered-capital.json");

        ExtractedReport visit = only(extractor().extract(HUAYANG, TODAY));

        assertThat(((VisitReport) visit.report()).amountYuan()).isNull();
        assertThat(visit.doubtful()).containsExactly("拟投资额");
        assertThat(((VisitReport) visit.report()).date()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void visitDatedAfterTodayIsDoubtfulNotMovedBackAYear() {
        answer("future-visit.json");

        ExtractedReport visit = only(extractor().extract(BOE_AHEAD, TODAY));

        assertThat(((VisitReport) visit.report()).date()).isNull();
        assertThat(visit.doubtful()).containsExactly("走访日期");
        assertThat(((VisitReport) visit.report()).enterprise()).isEqualTo("京东方科技集团股份有限公司");
    }

    // ---- failures: the rules' answer stands ----------------------------------------------------------------

    @Test
    void malformedJsonGivesNothing() {
        answer("malformed.json");

        assertThat(extractor().extract(BOE_AHEAD, TODAY)).isEmpty();
        assertThat(logLines()).singleElement().asString().contains("没有可用的 JSON");
    }

    @Test
    void responseThatIsNotAChatCompletionGivesNothing() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("<html>gateway</html>")));
        assertThat(extractor().extract(BOE_AHEAD, TODAY)).isEmpty();

        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
        assertThat(extractor().extract(BOE_AHEAD, TODAY)).isEmpty();
    }

    @Test
    void adversarialAnswersNeverThrow() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        for (String content : new String[]{deep, "{\"reports\": \"none\"}", "{\"reports\": [1, \"x\", null, []]}",
                "{\"reports\": [{\"kind\": \"VISIT\", \"fields\": {\"enterprise\": {\"name\": \"x\"}, \"date\": [\"2026-11-21\"]}}]}",
                "{\"reports\": [{\"kind\": [\"VISIT\"], \"fields\": \"京东方\"}]}", "", "null"}) {
            wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(JSON.createObjectNode().set("choices",
                    JSON.createArrayNode().add(JSON.createObjectNode().set("message",
                            JSON.createObjectNode().put("content", content)))).toString())));
            Optional<Extraction> e = extractor().extract(BOE_AHEAD, TODAY);
            // nothing usable: either no extraction at all, or records with nothing believed that was not checked
            e.ifPresent(x -> x.reports().forEach(r -> assertThat(r.doubtful()).isNotEmpty()));
        }
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"choices\": [{\"message\": {\"content\": null}}]}")));
        assertThat(extractor().extract(BOE_AHEAD, TODAY)).isEmpty(); // DeepSeek's JSON mode may answer empty content
    }

    @Test
    void serverErrorGivesNothing() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"InternalServerError\"}}")));

        assertThat(extractor().extract(TIANJIN, TODAY)).isEmpty();
        assertThat(logLines()).singleElement().asString().contains("HTTP 500").doesNotContain("CUDA");
    }

    @Test
    void redirectIsNotFollowed() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(307).withHeader("Location", "http://example.invalid/v1/chat/completions")));

        assertThat(extractor().extract(TIANJIN, TODAY)).isEmpty();
        assertThat(logLines()).singleElement().asString().contains("HTTP 307");
    }

    @Test
    void slowServerPastTheTimeoutGivesNothingAtTheTimeout() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(recording("visit-good.json")).withFixedDelay(20_000)));

        long start = System.nanoTime();
        Optional<Extraction> e = extractor(Duration.ofMillis(300)).extract(TIANJIN, TODAY);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(e).isEmpty();
        assertThat(elapsedMs).isLessThan(10_000); // gave up long before the server answered
        assertThat(logLines()).singleElement().asString().contains("超时");
    }

    @Test
    void hugeResponseIsRefusedUnread() {
        String padding = "x".repeat(OpenAiCompatibleExtractor.MAX_RESPONSE_BYTES);
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"choices\":[{\"message\":{\"content\":\"" + padding + "\"}}]}")));
        assertThat(extractor().extract(TIANJIN, TODAY)).isEmpty();
        assertThat(logLines()).singleElement().asString().contains("应答过大");

        // the same without a Content-Length (chunked)
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withChunkedDribbleDelay(4, 10)
                .withBody("{\"choices\":[{\"message\":{\"content\":\"" + padding + "\"}}]}")));
        assertThat(extractor().extract(TIANJIN, TODAY)).isEmpty();
        assertThat(logLines()).hasSize(2).last().asString().contains("应答过大");
    }

    @Test
    void connectionRefusedGivesNothing() {
        int port = wm.port();
        wm.stop();
        var extractor = new OpenAiCompatibleExtractor(new LlmSettings(HttpUrl.get("http://127.0.0.1:" + port + PATH),
                "qwen", KEY, Duration.ofSeconds(2)), new OkHttpClient());

        assertThat(extractor.extract(TIANJIN, TODAY)).isEmpty();
        assertThat(logLines()).singleElement().asString().contains("连接失败");
        wm.start();
    }

    @Test
    void messageTooLongForTheRulesIsNotSent() {
        answer("not-a-report.json");

        assertThat(extractor().extract("走访".repeat(4001), TODAY)).isEmpty();
        assertThat(extractor().extract("   ", TODAY)).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    // ---- configuration -------------------------------------------------------------------------------------

    @Test
    void unconfiguredExtractorNeverCallsOut() {
        wm.stubFor(any(anyUrl()).willReturn(okJson(recording("visit-good.json"))));
        Map<String, String> env = new HashMap<>();
        env.put("BOT_LLM_MODEL", "qwen2.5-14b-instruct");      // a model and a key alone do not turn it on
        env.put("BOT_LLM_API_KEY", KEY);

        ReportExtractor extractor = OpenAiCompatibleExtractor.fromSettings(Settings.from(env::get), new OkHttpClient());

        assertThat(extractor).isSameAs(ReportExtractor.NONE);
        assertThat(extractor.extract(TIANJIN, TODAY)).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void configuredFromSettingsCallsTheServerAtBaseUrlPlusChatCompletions() {
        answer("visit-good.json");
        Map<String, String> env = Map.of("BOT_LLM_BASE_URL", wm.baseUrl() + "/v1/", "BOT_LLM_MODEL", "deepseek-chat",
                "BOT_LLM_API_KEY", KEY, "BOT_LLM_TIMEOUT_SECONDS", "3");

        ReportExtractor extractor = OpenAiCompatibleExtractor.fromSettings(Settings.from(env::get), new OkHttpClient());

        assertThat(extractor.extract(TIANJIN, TODAY)).isPresent();
        assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void apiKeyAndMessageTextNeverAppearInLogs() {
        Map<String, String> env = Map.of("BOT_LLM_BASE_URL", wm.baseUrl() + "/v1", "BOT_LLM_MODEL", "deepseek-chat",
                "BOT_LLM_API_KEY", KEY);
        ReportExtractor extractor = OpenAiCompatibleExtractor.fromSettings(Settings.from(env::get), new OkHttpClient());
        // a server that echoes what it got in its error, one that answers well, one that answers garbage
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid key " + KEY + " for " + TIANJIN + "\"}")));
        extractor.extract(TIANJIN, TODAY);
        answer("visit-good.json");
        extractor.extract(TIANJIN, TODAY);
        answer("malformed.json");
        extractor.extract(TIANJIN, TODAY);
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"choices\":[{\"message\":{\"content\":\"{\\\"reports\\\": [" + KEY + "\"}}]}")));
        extractor.extract(TIANJIN, TODAY);
        String settingsShown = LlmSettings.from(Settings.from(env::get)).orElseThrow().toString();

        assertThat(logLines()).hasSizeGreaterThanOrEqualTo(5); // started, 401, read, malformed, garbage
        for (String line : logLines()) {
            assertThat(line).doesNotContain(KEY, "天津长荣", "刘总", "2亿元");
        }
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getThrowableProxy()).isNull();
        }
        assertThat(settingsShown).doesNotContain(KEY).contains("***");
    }
}
