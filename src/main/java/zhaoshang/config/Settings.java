package zhaoshang.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Function;

import io.github.cdimascio.dotenv.Dotenv;

/**
 * Deployment settings from the environment, with {@code .env} as defaults (real environment variables win).
 * Every variable is documented in {@code .env.example}.
 */
public record Settings(
        int port,
        String dbUrl,
        Path configDir,
        ZoneId zone,
        String publicUrl,
        LocalChat localChat,
        Function<String, String> env) {

    /** BOT_LOCAL_CHAT: the local chat simulator. */
    public enum LocalChat {
        /** Off. */
        OFF,
        /** On, loopback requests only. */
        LOOPBACK,
        /** On for anyone who can reach the port (BOT_LOCAL_CHAT=public): demos on a trusted network only. */
        PUBLIC
    }

    public static Settings fromEnvironment() {
        Dotenv dotenv = Dotenv.configure().ignoreIfMissing().ignoreIfMalformed().load();
        // Dotenv.get() already prefers the real environment over the .env file.
        return from(dotenv::get);
    }

    public static Settings from(Function<String, String> env) {
        String portText = value(env, "BOT_PORT", "8080");
        int port;
        try {
            port = Integer.parseInt(portText);
            if (port < 0 || port > 65535) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new ConfigException(".env", "BOT_PORT", "端口 \"" + portText + "\" 无效，应为 0–65535 的整数");
        }
        String tz = value(env, "BOT_TIMEZONE", "Asia/Shanghai");
        ZoneId zone;
        try {
            zone = ZoneId.of(tz);
        } catch (RuntimeException e) {
            throw new ConfigException(".env", "BOT_TIMEZONE", "时区 \"" + tz + "\" 无效，例如 Asia/Shanghai");
        }
        String local = value(env, "BOT_LOCAL_CHAT", "");
        boolean platformConfigured = !value(env, "DINGTALK_APP_SECRET", "").isEmpty()
                || !value(env, "DINGTALK_CALLBACK_TOKEN", "").isEmpty()
                || !value(env, "WECOM_TOKEN", "").isEmpty();
        LocalChat localChat = switch (local.toLowerCase()) {
            case "" -> platformConfigured ? LocalChat.OFF : LocalChat.LOOPBACK;
            case "true", "on", "yes", "1" -> LocalChat.LOOPBACK;
            case "false", "off", "no", "0" -> LocalChat.OFF;
            case "public" -> LocalChat.PUBLIC;
            default -> throw new ConfigException(".env", "BOT_LOCAL_CHAT",
                    "取值 \"" + local + "\" 无效，只能是 true、false 或 public");
        };
        return new Settings(port,
                value(env, "BOT_DB_URL", "jdbc:sqlite:data/zhaoshang.db"),
                Path.of(value(env, "BOT_CONFIG_DIR", "bot-config")),
                zone,
                stripSlash(value(env, "BOT_PUBLIC_URL", "")),
                localChat,
                env);
    }

    private static String value(Function<String, String> env, String key, String fallback) {
        String v = env.apply(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** An environment variable or null. */
    public String get(String key) {
        String v = env.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
