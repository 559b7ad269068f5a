package zhaoshang.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.bot.Pipeline;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Settings;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.store.FileStore;

/**
 * The bot's HTTP side: platform callbacks, the local chat simulator (API and page), file downloads, health.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** What /healthz reports besides the database. */
    public interface Health {
        boolean databaseUp();

        Map<String, Object> details();
    }

    private final Javalin app;
    private volatile int port;

    /**
     * @param clockLocked true when a real platform is configured: the simulator must not move the clock then
     * @param extraRoutes platform callback routes, added by App
     */
    public WebServer(Settings settings, BotConfig config, Pipeline pipeline, Inbox inbox, Outbox outbox,
                     FileStore files, SimulatorClock clock, Health health, Runnable onClockMoved, boolean clockLocked,
                     Consumer<JavalinConfig> extraRoutes) {
        LocalChatApi local = new LocalChatApi(config, pipeline, inbox, outbox, clock, onClockMoved, clockLocked);
        Settings.LocalChat mode = settings.localChat();
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = LocalChatApi.MAX_BODY_BYTES + 1024;
            cfg.jetty.threadPool = HttpLimits.threadPool();
            cfg.jetty.modifyHttpConfiguration(HttpLimits::configure);
            cfg.jetty.addConnector((server, http) -> HttpLimits.connector(server, http, port));
            cfg.jetty.modifyServer(HttpLimits::install);
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.routes.exception(ApiError.class, ApiError::handle);
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("error", "服务器内部错误，请稍后再试"));
            });
            cfg.routes.get("/healthz", ctx -> health(ctx, health));
            cfg.routes.get("/files/{token}/{name}", ctx -> download(ctx, files));
            if (mode != Settings.LocalChat.OFF) {
                cfg.routes.before("/local/*", ctx -> SimulatorGuard.check(ctx, mode));
                cfg.routes.before("/", ctx -> SimulatorGuard.check(ctx, mode));
                cfg.routes.get("/", WebServer::page);
                cfg.routes.post("/local/messages", local::postMessage);
                cfg.routes.get("/local/messages", local::getMessages);
                cfg.routes.get("/local/directory", local::getDirectory);
                cfg.routes.post("/local/clock", local::postClock);
            }
            extraRoutes.accept(cfg);
        });
    }

    /**
     * Opens the port.
     *
     * @throws PortInUseException when another process holds it
     */
    public WebServer start(int port) {
        this.port = port;
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new PortInUseException(port);
        }
        return this;
    }

    /**
     * Fails fast, before anything else is opened, when the port is taken (port 0 means any free port). Binds the way
     * Jetty will (all interfaces, address reuse), then lets go.
     *
     * @throws PortInUseException when another process holds the port
     */
    public static void ensurePortFree(int port) {
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            throw new PortInUseException(port);
        } catch (IOException e) {
            // not a clear "taken": let Jetty try and report
        }
    }

    public int port() {
        return app.port();
    }

    private static void health(Context ctx, Health health) {
        boolean up = health.databaseUp();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", up ? "ok" : "down");
        out.put("details", health.details());
        ctx.status(up ? 200 : 503).json(out);
    }

    private static void download(Context ctx, FileStore files) throws IOException {
        FileStore.StoredFile f = files.find(ctx.pathParam("token"))
                .orElseThrow(() -> new ApiError(404, "文件不存在或链接已过期，请在群里重新导出"));
        String encoded = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String lower = f.fileName().toLowerCase();
        String type = lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : lower.endsWith(".png") ? "image/png" : "application/octet-stream";
        ctx.contentType(type);
        ctx.header("Content-Disposition", (type.equals("image/png") ? "inline" : "attachment")
                + "; filename*=UTF-8''" + encoded);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        ctx.result(Files.readAllBytes(f.path()));
    }

    private static void page(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("/web/index.html")) {
            if (in == null) throw new ApiError(500, "页面资源缺失");
            ctx.contentType("text/html; charset=utf-8");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src 'self' data:");
            ctx.result(in.readAllBytes());
        }
    }

    @Override
    public void close() {
        app.stop();
    }

}
