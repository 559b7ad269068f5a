package zhaoshang.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static zhaoshang.support.TestBot.number;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.report.LeadReport;
import zhaoshang.report.VisitReport;
import zhaoshang.support.TestBot;

/**
 * Issue 11 item 6 through the pipeline: WireMock stands in for a 投资促进部's own model server (recorded answers in
 * src/test/resources/llm). The model is asked only when the rules read nothing but an organisation is named; what it
 * reads is confirmed by the member before it is recorded, a field that fails its check is asked for, a timeout falls
 * back to the rules.
 */
class ModelFlowTest {

    static final String PATH = "/v1/chat/completions";
    static final String CALL = "天津长荣科技集团股份有限公司刘总来电，印刷装备智能化改造项目北方基地的事基本定了，规模2亿元左右";
    static final String WRONG_NAME = "苏州迈为科技股份有限公司周总 光伏设备区域服务中心 意向一般";

    @TempDir
    Path dir;
    WireMockServer wm;
    TestBot bot;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("刘总来电"))
                .willReturn(okJson(recording("ask-lead-call.json"))));
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("迈为科技股份有限公司周总"))
                .willReturn(okJson(recording("ask-visit-wrong-name.json"))));
        bot = start(dir, 20); // generous: a busy test machine must not turn a good answer into a timeout
    }

    TestBot start(Path where, int timeoutSeconds) {
        return TestBot.start(where, "2026-11-22T10:00:00+08:00", Map.of("BOT_LLM_BASE_URL", wm.baseUrl() + "/v1",
                "BOT_LLM_MODEL", "deepseek-chat", "BOT_LLM_API_KEY", "sk-ask-test",
                "BOT_LLM_TIMEOUT_SECONDS", Integer.toString(timeoutSeconds)));
    }

    @AfterEach
    void stop() {
        bot.close();
        wm.stop();
    }

    static String recording(String name) {
        try (InputStream in = ModelFlowTest.class.getResourceAsStream("/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theModelsReadingIsConfirmedWithOneWordAndRecorded() {
        JsonNode replies = bot.say("local-team1", "m-he", CALL);
        String asked = TestBot.plain(replies.get(0));
        assertThat(asked).contains("这是一条线索吗").contains("天津长荣科技集团股份有限公司").contains("印刷装备智能化改造项目")
                .contains("20000万元").contains("语言模型").doesNotContain("#L-");
        assertThat(replies.get(0).path("buttons").findValuesAsText("command")).containsExactly("对", "不对");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)));

        String done = bot.sayText("local-team1", "m-he", "对");
        LeadReport lead = (LeadReport) bot.app.ledger().find(number(done, "L")).orElseThrow().report();
        assertThat(lead.enterprise()).isEqualTo("天津长荣科技集团股份有限公司");
        assertThat(lead.project()).isEqualTo("印刷装备智能化改造项目");
        assertThat(lead.amountYuan()).isEqualTo(200_000_000L);
        assertThat(lead.owner()).isEqualTo("何雨晴");
    }

    @Test
    void theKindIsCorrectedWithOneAnswerKeepingWhatWasRead() {
        assertThat(bot.sayText("local-team1", "m-he", CALL)).contains("这是一条线索吗");
        String asked = bot.sayText("local-team1", "m-he", "不对，是走访");
        assertThat(asked).contains("走访还没有登记").contains("请补充 洽谈内容").contains("天津长荣科技集团股份有限公司");
        String done = bot.sayText("local-team1", "m-he", "电话沟通北方生产基地选址");
        VisitReport v = (VisitReport) bot.app.ledger().find(number(done, "V")).orElseThrow().report();
        assertThat(v.enterprise()).isEqualTo("天津长荣科技集团股份有限公司");
        assertThat(v.amountYuan()).isEqualTo(200_000_000L);
        assertThat(v.content()).isEqualTo("电话沟通北方生产基地选址");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).hasSize(1);
    }

    @Test
    void aNameTheModelMadeUpIsAskedForNotRecorded() {
        String asked = bot.sayText("local-team1", "m-he", WRONG_NAME);
        assertThat(asked).contains("企业名称").contains("核对不上").doesNotContain("苏州迈为新能源集团有限公司")
                .contains("光伏设备区域服务中心");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        String done = bot.sayText("local-team1", "m-he", "苏州迈为科技股份有限公司");
        VisitReport v = (VisitReport) bot.app.ledger().find(number(done, "V")).orElseThrow().report();
        assertThat(v.enterprise()).isEqualTo("苏州迈为科技股份有限公司");
        assertThat(v.intent()).isEqualTo("一般");
        assertThat(v.content()).isEqualTo("光伏设备区域服务中心");
    }

    @Test
    void aSlowModelFallsBackToTheRulesAndTextWithoutAnOrganisationIsNotSent() throws Exception {
        bot.close();
        bot = start(java.nio.file.Files.createDirectories(dir.resolve("slow")), 1);
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("刘总来电"))
                .willReturn(aResponse().withFixedDelay(4000).withStatus(200).withBody(recording("ask-lead-call.json"))));
        // the rules' reading stands: no kind word, so the likeliest kind (an investment told: a lead) is asked about, never "没看懂"
        String answer = bot.sayText("local-team1", "m-he", CALL);
        assertThat(answer).contains("这是一条线索吗").contains("天津长荣科技集团股份有限公司").doesNotContain("没看懂");
        assertThat(bot.app.ledger().recentBy("m-he", 5)).isEmpty();
        assertThat(bot.sayText("local-team1", "m-he", "取消")).contains("已取消");
        // no organisation named: the model is not asked, the short pointer answers
        wm.resetRequests();
        assertThat(bot.sayText("local-team1", "m-he", "今天天气不错")).contains("没看懂");
        wm.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }
}
