package zhaoshang.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.javalin.http.Context;

import zhaoshang.config.Settings;

/**
 * The simulator lets anyone speak as any member and move the bot's clock, so only this machine's own page (or a
 * script on this machine) may use it:
 * <ul>
 *   <li>the caller's address is loopback (unless BOT_LOCAL_CHAT=public);</li>
 *   <li>the {@code Host} it asked for is a loopback name (127.0.0.1, localhost, [::1]) — a page from a rebinding
 *       domain (evil.example resolving to 127.0.0.1) is refused (unless BOT_LOCAL_CHAT=public);</li>
 *   <li>a browser's {@code Origin}, when sent, is this very host, and {@code Sec-Fetch-Site} is not cross-site: a page
 *       on another site cannot post here;</li>
 *   <li>a POST is JSON ({@code Content-Type: application/json}): a plain form or {@code text/plain} post — the kinds a
 *       foreign page can send without asking — is refused.</li>
 * </ul>
 */
final class SimulatorGuard {

    static final String NOT_LOCAL_HOST = "本地聊天模拟器只接受以 127.0.0.1、localhost 或 [::1] 访问（当前请求的主机名为 %s）。"
            + "如需在可信网络中用其他地址演示，请设置 BOT_LOCAL_CHAT=public。";
    static final String FOREIGN_ORIGIN = "拒绝来自其他网站的请求（来源 %s）：模拟器只接受本页面发出的请求。";
    static final String NOT_JSON = "请求须为 JSON：请设置请求头 Content-Type: application/json（当前为 %s）。";

    private SimulatorGuard() { }

    static void check(Context ctx, Settings.LocalChat mode) {
        if (mode == Settings.LocalChat.LOOPBACK) {
            if (!LoopbackGuard.isLoopback(ctx.req().getRemoteAddr())) throw new ApiError(403, LoopbackGuard.REFUSED);
            String host = ctx.header("Host");
            if (!isLoopbackHost(host)) throw new ApiError(403, NOT_LOCAL_HOST.formatted(host == null ? "（无）" : host));
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new ApiError(403, FOREIGN_ORIGIN.formatted(origin));
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            throw new ApiError(403, FOREIGN_ORIGIN.formatted(origin == null ? site : origin));
        }
        if (ctx.method().name().equals("POST")) {
            String type = ctx.header("Content-Type");
            String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!media.equals("application/json")) {
                throw new ApiError(415, NOT_JSON.formatted(type == null ? "（无）" : type));
            }
        }
    }

    /** "127.0.0.1:8080", "localhost", "[::1]:8080" — never a name that DNS could point anywhere. */
    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String host = hostName(hostHeader.strip());
        if (host == null) return false;
        return host.equalsIgnoreCase("localhost") || LoopbackGuard.isLoopback(host);
    }

    /** True when {@code origin} (scheme://host[:port]) names exactly the host:port the request was sent to. */
    static boolean sameOrigin(String origin, String hostHeader) {
        if (hostHeader == null || origin.equalsIgnoreCase("null")) return false;
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) return false;
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return false;
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) return false;
            return uri.getRawAuthority().equalsIgnoreCase(hostHeader.strip())
                    || uri.getRawAuthority().equalsIgnoreCase(withDefaultPortRemoved(hostHeader.strip(), scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withDefaultPortRemoved(String host, String scheme) {
        String port = scheme.equals("https") ? ":443" : ":80";
        return host.endsWith(port) ? host.substring(0, host.length() - port.length()) : host;
    }

    /** The host part of a Host header ("[::1]:80" → "::1", "localhost:8080" → "localhost"); null when malformed. */
    private static String hostName(String hostHeader) {
        if (hostHeader.startsWith("[")) {
            int end = hostHeader.indexOf(']');
            return end < 0 ? null : hostHeader.substring(1, end);
        }
        int colon = hostHeader.indexOf(':');
        if (colon >= 0 && hostHeader.indexOf(':', colon + 1) >= 0) return null; // bare IPv6 is not a valid Host
        return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
    }
}
