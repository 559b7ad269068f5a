package zhaoshang.chat.dingtalk;

import java.util.Locale;
import java.util.Map;

import zhaoshang.config.ConfigException;

/**
 * How DingTalk messages reach the bot (DINGTALK_MODE): {@code stream}, a connection the bot opens itself (no public
 * address needed), or {@code callback}, DingTalk posting to {@code BOT_PUBLIC_URL/dingtalk/callback}. Unset: stream
 * when the app credentials are set and no public URL is, else callback. The reason is said in the startup log.
 */
public record DingTalkMode(Kind kind, String reason) {

    public enum Kind { STREAM, CALLBACK }

    public boolean stream() {
        return kind == Kind.STREAM;
    }

    public static DingTalkMode choose(Map<String, String> env, String publicUrl) {
        String v = env.get("DINGTALK_MODE");
        boolean credentials = notBlank(env.get("DINGTALK_APP_KEY")) && notBlank(env.get("DINGTALK_APP_SECRET"));
        boolean publicAddress = notBlank(publicUrl);
        if (v != null && !v.isBlank()) {
            switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "stream" -> {
                    if (!credentials) {
                        throw new ConfigException(".env", "DINGTALK_MODE",
                                "Stream 模式需要 DINGTALK_APP_KEY 和 DINGTALK_APP_SECRET（开发者后台“凭证与基础信息”中的 Client ID 和 Client Secret）");
                    }
                    return new DingTalkMode(Kind.STREAM, "DINGTALK_MODE=stream");
                }
                case "callback" -> {
                    return new DingTalkMode(Kind.CALLBACK, "DINGTALK_MODE=callback");
                }
                default -> throw new ConfigException(".env", "DINGTALK_MODE",
                        "应为 stream（机器人主动连接钉钉，无需公网地址）或 callback（钉钉回调 BOT_PUBLIC_URL/dingtalk/callback）");
            }
        }
        if (credentials && !publicAddress) {
            return new DingTalkMode(Kind.STREAM, "已设置应用凭证且未设置 BOT_PUBLIC_URL，默认使用 Stream 模式，无需公网地址");
        }
        return new DingTalkMode(Kind.CALLBACK, publicAddress
                ? "已设置 BOT_PUBLIC_URL，默认使用 HTTP 回调（如需 Stream 模式请设置 DINGTALK_MODE=stream）"
                : "未设置 DINGTALK_APP_KEY/DINGTALK_APP_SECRET，只能使用 HTTP 回调");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
