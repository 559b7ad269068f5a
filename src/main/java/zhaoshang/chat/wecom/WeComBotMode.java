package zhaoshang.chat.wecom;

import java.util.Locale;
import java.util.Map;

import zhaoshang.config.ConfigException;

/**
 * How the WeCom 智能机器人 reaches the bot (WECOM_BOT_MODE): {@code websocket}, the long connection the bot opens
 * itself with WECOM_BOT_ID and WECOM_BOT_SECRET (no public address; reminders and files go over it, no webhook key
 * needed), or {@code callback}, WeCom posting encrypted messages to {@code BOT_PUBLIC_URL/wecom/callback}
 * (WECOM_TOKEN, WECOM_ENCODING_AES_KEY). Unset: websocket when the bot id and secret are set, else callback.
 */
public record WeComBotMode(boolean websocket, String reason) {

    public static WeComBotMode choose(Map<String, String> env) {
        String v = env.get("WECOM_BOT_MODE");
        boolean credentials = notBlank(env.get("WECOM_BOT_ID")) && notBlank(env.get("WECOM_BOT_SECRET"));
        if (v != null && !v.isBlank()) {
            switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "websocket" -> {
                    if (!credentials) {
                        throw new ConfigException(".env", "WECOM_BOT_MODE",
                                "长连接模式需要 WECOM_BOT_ID 和 WECOM_BOT_SECRET（管理后台“智能机器人 → API 模式 → 长连接”中的 Bot ID 和 Secret）");
                    }
                    return new WeComBotMode(true, "WECOM_BOT_MODE=websocket");
                }
                case "callback" -> {
                    return new WeComBotMode(false, "WECOM_BOT_MODE=callback");
                }
                default -> throw new ConfigException(".env", "WECOM_BOT_MODE",
                        "应为 websocket（机器人主动连接企业微信，无需公网地址）或 callback（企业微信回调 BOT_PUBLIC_URL/wecom/callback）");
            }
        }
        return credentials ? new WeComBotMode(true, "已设置 WECOM_BOT_ID 和 WECOM_BOT_SECRET，默认使用长连接，无需公网地址")
                : new WeComBotMode(false, "未设置 WECOM_BOT_ID/WECOM_BOT_SECRET");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
