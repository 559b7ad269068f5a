package zhaoshang.chat.wecom;

/** WeCom outbound settings: WECOM_API_BASE (default https://qyapi.weixin.qq.com). */
public record WeComSettings(String apiBase) {

    public static final String DEFAULT_API_BASE = "https://qyapi.weixin.qq.com";

    public WeComSettings {
        apiBase = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : apiBase.strip();
        if (apiBase.endsWith("/")) {
            apiBase = apiBase.substring(0, apiBase.length() - 1);
        }
    }

    public static WeComSettings fromEnv(java.util.Map<String, String> env) {
        return new WeComSettings(env.get("WECOM_API_BASE"));
    }
}
