package zhaoshang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The platform HTTP client keeps the sending threads' connections: replies sent 8 at a time, burst after burst, to
 * one platform host go over the same 8 connections instead of reopening (on DingTalk and WeCom, a TLS handshake each)
 * every connection beyond OkHttp's default of 5 idle ones after each burst.
 */
class PlatformClientTest {

    @Test
    void burstsOfConcurrentRepliesReuseTheirConnections() throws Exception {
        Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
        HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        platform.setExecutor(Executors.newFixedThreadPool(16));
        byte[] ok = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
        platform.createContext("/", exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(20); // the 8 sends of a burst overlap, as when the platform takes time to answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        });
        platform.start();
        int concurrency = 8;
        OkHttpClient client = App.platformClient(concurrency);
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        try {
            String url = "http://127.0.0.1:" + platform.getAddress().getPort() + "/robot/sendBySession?session=1";
            for (int burst = 0; burst < 15; burst++) {
                List<Future<Integer>> sent = new ArrayList<>();
                for (int i = 0; i < concurrency; i++) {
                    sent.add(senders.submit(() -> {
                        Request r = new Request.Builder().url(url)
                                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
                        try (Response response = client.newCall(r).execute()) {
                            response.body().bytes();
                            return response.code();
                        }
                    }));
                }
                for (Future<Integer> f : sent) assertThat(f.get()).isEqualTo(200);
                Thread.sleep(30); // the burst is over: its connections wait idle in the pool
            }
            assertThat(clientPorts).as("connections opened for 15 bursts of 8 concurrent replies").hasSizeLessThanOrEqualTo(10);
        } finally {
            senders.shutdownNow();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
            platform.stop(0);
        }
    }
}
