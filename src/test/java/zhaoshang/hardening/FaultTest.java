package zhaoshang.hardening;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.dingtalk.CustomRobot;
import zhaoshang.chat.dingtalk.DingTalkPlatform;
import zhaoshang.chat.dingtalk.DingTalkSettings;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.chat.wecom.WeComPlatform;
import zhaoshang.chat.wecom.WeComSettings;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;
import zhaoshang.support.TestDatabase;

/**
 * Issue 7 item 4: the platforms fail for a while (5xx, answers slower than the client's timeout, connection resets,
 * empty responses, DingTalk 130101 / WeCom 45009 rate-limit codes), then recover. The real {@link DingTalkPlatform}
 * (custom robot webhooks) and {@link WeComPlatform} (group robot webhooks) send through the real
 * {@link OutboxSender} to WireMock; the clock is a {@link SimulatorClock} moved by the test, the sender driven by
 * {@link OutboxSender#drainOnce()} (no sleeping). Afterwards every message reached the platform exactly once, in
 * order per conversation, never more than 20 in any minute per conversation. Nothing depends on how fast this machine
 * is: the clock is moved, and the only short timeout (the slow gateway's) applies during the outage alone.
 */
class FaultTest {

    static final int PER_CONVERSATION = 30;
    static final int PER_MINUTE = 20;
    static final List<String> DINGTALK = List.of("d1", "d2");
    static final List<String> WECOM = List.of("w1", "w2");
    static final Pattern MARK = Pattern.compile("故障测试 (\\w+) 第(\\d+)条");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    /** How the platforms fail during the outage. */
    enum Outage {
        HTTP_5XX, SLOWER_THAN_TIMEOUT, CONNECTION_RESET, EMPTY_RESPONSE, RATE_LIMIT_CODES
    }

    @TempDir
    Path dir;
    WireMockServer platform;
    SimulatorClock clock;
    Database db;
    Outbox outbox;
    OutboxSender sender;
    final List<StubMapping> okStubs = new ArrayList<>();
    /** While true, the client gives up on an answer after {@link #OUTAGE_READ_TIMEOUT_MS}. */
    volatile boolean outageOn;
    static final int OUTAGE_READ_TIMEOUT_MS = 300;
    /** The message of each conversation whose (successful) answer takes {@link #SLOW_OK_MS} after the outage. */
    static final String SLOW_OK = "第05条";
    static final int SLOW_OK_MS = 2 * OUTAGE_READ_TIMEOUT_MS;
    /** Conversation → simulated instants of the sends the platform adapter reported SENT. */
    final Map<String, List<Instant>> sentAt = new TreeMap<>();

    @BeforeEach
    void setUp() {
        platform = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(20));
        platform.start();
        okStubs.add(platform.stubFor(any(urlPathEqualTo("/robot/send")).atPriority(5).willReturn(okJson(OK))));
        okStubs.add(platform.stubFor(any(urlPathEqualTo("/cgi-bin/webhook/send")).atPriority(5).willReturn(okJson(OK))));
        // a healthy answer that takes longer than the outage's timeout: it must count as sent, once
        okStubs.add(platform.stubFor(any(urlPathEqualTo("/robot/send")).withRequestBody(containing(SLOW_OK)).atPriority(3)
                .willReturn(okJson(OK).withFixedDelay(SLOW_OK_MS))));
        okStubs.add(platform.stubFor(any(urlPathEqualTo("/cgi-bin/webhook/send")).withRequestBody(containing(SLOW_OK))
                .atPriority(3).willReturn(okJson(OK).withFixedDelay(SLOW_OK_MS))));
        clock = new SimulatorClock(Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        db = Database.open(TestDatabase.url(dir, "fault.db"));
        outbox = new Outbox(db.jdbi(), new FileStore(dir.resolve("files"), db.jdbi(), clock, Duration.ofDays(7)), clock);
        // App's client and timeouts; during the outage the read timeout is cut to 300 ms (below the slow gateway's
        // 1 s) so that a test need not wait 15 s per slow answer. Only then: a healthy answer must never be given up
        // on, or a message the platform got would count as failed and be sent again — which a busy machine (or a GC
        // pause of the test JVM) used to cause with a fixed 300 ms, failing "each once, in order".
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15)).callTimeout(Duration.ofSeconds(60))
                .addInterceptor(chain -> outageOn
                        ? chain.withReadTimeout(OUTAGE_READ_TIMEOUT_MS, TimeUnit.MILLISECONDS).proceed(chain.request())
                        : chain.proceed(chain.request()))
                .build();
        Map<String, CustomRobot> robots = new LinkedHashMap<>();
        for (String c : DINGTALK) robots.put(c, new CustomRobot(platform.baseUrl() + "/robot/send?access_token=" + c, null));
        Map<String, String> keys = new LinkedHashMap<>();
        for (String c : WECOM) keys.put(c, "key-" + c);
        Map<String, ChatPlatform> platforms = Map.of(
                "dingtalk", recording(new DingTalkPlatform(new DingTalkSettings(null, null, null, null, null), robots, clock, http)),
                "wecom", recording(new WeComPlatform(new WeComSettings(platform.baseUrl()), keys, clock, http)));
        sender = new OutboxSender(outbox, platforms, clock, "", PER_MINUTE);
    }

    @AfterEach
    void tearDown() {
        platform.stop();
        db.close();
    }

    private ChatPlatform recording(ChatPlatform real) {
        return new ChatPlatform() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public SendResult send(Delivery d) {
                SendResult r = real.send(d);
                if (r.status() == SendResult.Status.SENT) {
                    sentAt.computeIfAbsent(d.conversationId(), k -> new ArrayList<>()).add(clock.instant());
                }
                return r;
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void everyMessageIsDeliveredOnceInOrderWithinTheRateLimitAfterTheOutage(Outage outage) throws IOException {
        for (int i = 1; i <= PER_CONVERSATION; i++) {
            for (String c : DINGTALK) outbox.enqueue("dingtalk", c, null, List.of(Reply.text(text(c, i))), Map.of());
            for (String c : WECOM) outbox.enqueue("wecom", c, null, List.of(Reply.text(text(c, i))), Map.of());
        }
        List<StubMapping> faults = List.of(
                platform.stubFor(failing(any(urlPathEqualTo("/robot/send")), outage, "{\"errcode\":130101,\"errmsg\":\"send too fast\"}")),
                platform.stubFor(failing(any(urlPathEqualTo("/cgi-bin/webhook/send")), outage,
                        "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}")));

        // the outage: three simulated minutes, the sender keeps trying (with its backoff)
        outageOn = true;
        Instant outageEnds = clock.instant().plus(Duration.ofMinutes(3));
        int passes = 0;
        while (clock.instant().isBefore(outageEnds)) {
            passes++;
            assertThat(sender.drainOnce()).as("nothing gets through during the outage").isZero();
            clock.moveTo(clock.instant().plusSeconds(5));
        }
        long failedAttempts = platform.getAllServeEvents().size();
        assertThat(failedAttempts).as("the platforms were tried during the outage").isGreaterThan(4);
        assertThat(outbox.pendingCount()).isEqualTo(PER_CONVERSATION * 4);

        // recovery: the platforms answer again
        faults.forEach(platform::removeStub);
        outageOn = false;
        Instant start = clock.instant();
        for (int step = 0; step < 2 * 3600 && outbox.pendingCount() > 0; step++) {
            while (sender.drainOnce() > 0) {
                passes++;
            }
            clock.moveTo(clock.instant().plusSeconds(2));
        }
        assertThat(outbox.pendingCount()).as("everything delivered after the outage").isZero();
        Duration catchUp = Duration.between(start, clock.instant());

        // exactly once, in order, per conversation (what the platform received and answered with success)
        Map<String, List<Integer>> delivered = new TreeMap<>();
        // in the order received: WireMock lists the newest first (sorting by the logged time, in milliseconds,
        // would keep that reversed order for two sends within one millisecond)
        List<ServeEvent> events = new ArrayList<>(platform.getAllServeEvents());
        Collections.reverse(events);
        for (ServeEvent e : events) {
            if (e.getStubMapping() == null || okStubs.stream().noneMatch(s -> s.getId().equals(e.getStubMapping().getId()))) {
                continue;
            }
            Matcher m = MARK.matcher(content(e.getRequest().getBodyAsString()));
            assertThat(m.find()).isTrue();
            delivered.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
        }
        long slowAnswers = events.stream().filter(e -> e.getStubMapping() != null
                && e.getStubMapping().getResponse().getFixedDelayMilliseconds() != null
                && e.getStubMapping().getResponse().getFixedDelayMilliseconds() == SLOW_OK_MS).count();
        assertThat(slowAnswers).as("message 5 of each conversation was answered slowly, and once").isEqualTo(4);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= PER_CONVERSATION; i++) expected.add(i);
        assertThat(delivered.keySet()).containsExactly("d1", "d2", "w1", "w2");
        delivered.forEach((c, seq) -> assertThat(seq).as("conversation %s: each once, in order", c).isEqualTo(expected));

        // never more than 20 in any minute per conversation (sliding window over the simulated send times)
        int busiest = 0;
        for (Map.Entry<String, List<Instant>> e : sentAt.entrySet()) {
            List<Instant> t = new ArrayList<>(e.getValue());
            Collections.sort(t);
            assertThat(t).hasSize(PER_CONVERSATION);
            for (int i = 0; i + PER_MINUTE < t.size(); i++) {
                assertThat(Duration.between(t.get(i), t.get(i + PER_MINUTE)))
                        .as("%s: message %d and %d are a minute apart at least", e.getKey(), i + 1, i + PER_MINUTE + 1)
                        .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
            }
            for (Instant a : t) {
                int inMinute = (int) t.stream().filter(b -> !b.isBefore(a) && b.isBefore(a.plusSeconds(60))).count();
                busiest = Math.max(busiest, inMinute);
            }
        }
        assertThat(busiest).isLessThanOrEqualTo(PER_MINUTE);
        System.out.printf("fault test %s: %d messages in 4 conversations, %d failed requests during a 3-minute outage, "
                        + "all delivered once %s s (simulated) after recovery, busiest minute %d, %d sender passes%n",
                outage, PER_CONVERSATION * 4, failedAttempts, catchUp.toSeconds(), busiest, passes);
    }

    private static MappingBuilder failing(MappingBuilder request, Outage outage, String rateLimitBody) {
        MappingBuilder m = request.atPriority(1);
        return switch (outage) {
            case HTTP_5XX -> m.willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>"));
            // a gateway that hangs past the client's read timeout, then fails
            case SLOWER_THAN_TIMEOUT -> m.willReturn(aResponse().withStatus(504).withFixedDelay(1_000));
            case CONNECTION_RESET -> m.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
            case EMPTY_RESPONSE -> m.willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE));
            case RATE_LIMIT_CODES -> m.willReturn(okJson(rateLimitBody));
        };
    }

    static String text(String conversation, int i) {
        return "故障测试 %s 第%02d条".formatted(conversation, i);
    }

    private static String content(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.path("text").path("content").asText("") + n.path("markdown").path("text").asText("")
                    + n.path("markdown").path("content").asText("");
        } catch (IOException e) {
            return body;
        }
    }
}
