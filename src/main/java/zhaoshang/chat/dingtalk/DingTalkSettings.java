package zhaoshang.chat.dingtalk;

/**
 * DingTalk app robot settings (DINGTALK_APP_KEY, DINGTALK_APP_SECRET, DINGTALK_ROBOT_CODE, DINGTALK_OAPI_BASE,
 * DINGTALK_API_BASE, DINGTALK_AGENT_ID). Blank bases fall back to the public hosts; a blank robotCode falls back to
 * the callback's robotCode, then to the appKey (for app robots robotCode == AppKey); the agent id (the app's
 * AgentId, a number) enables 工作通知 to the people a message names when no route can @ them.
 * {@link #toString()} hides the secret.
 */
public record DingTalkSettings(String appKey, String appSecret, String robotCode, String oapiBase, String apiBase,
                               Long agentId) {

    public DingTalkSettings(String appKey, String appSecret, String robotCode, String oapiBase, String apiBase) {
        this(appKey, appSecret, robotCode, oapiBase, apiBase, null);
    }

    public static final String DEFAULT_OAPI_BASE = "https://oapi.dingtalk.com";
    public static final String DEFAULT_API_BASE = "https://api.dingtalk.com";

    public DingTalkSettings {
        appKey = blankToNull(appKey);
        appSecret = blankToNull(appSecret);
        robotCode = blankToNull(robotCode);
        oapiBase = trimSlash(oapiBase == null || oapiBase.isBlank() ? DEFAULT_OAPI_BASE : oapiBase.strip());
        apiBase = trimSlash(apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : apiBase.strip());
    }

    /** Reads the DINGTALK_* variables from a map (e.g. System.getenv() or a dotenv). */
    public static DingTalkSettings fromEnv(java.util.Map<String, String> env) {
        return new DingTalkSettings(env.get("DINGTALK_APP_KEY"), env.get("DINGTALK_APP_SECRET"),
                env.get("DINGTALK_ROBOT_CODE"), env.get("DINGTALK_OAPI_BASE"), env.get("DINGTALK_API_BASE"),
                agentId(env.get("DINGTALK_AGENT_ID")));
    }

    /** DINGTALK_AGENT_ID as a number; null when blank. */
    static Long agentId(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new zhaoshang.config.ConfigException(".env", "DINGTALK_AGENT_ID",
                    "应为数字（钉钉开发者后台 → 应用 → 基础信息里的 AgentId）");
        }
    }

    /** True when the OpenAPI (tokens, groupMessages/send, media/upload) can be used. */
    public boolean hasAppCredentials() {
        return appKey != null && appSecret != null;
    }

    @Override
    public String toString() {
        return "DingTalkSettings[appKey=" + appKey + ", appSecret=" + (appSecret == null ? "unset" : "***")
                + ", robotCode=" + robotCode + ", oapiBase=" + oapiBase + ", apiBase=" + apiBase
                + ", agentId=" + agentId + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
