package zhaoshang.chat.render;

/**
 * Every way a message leaves the bot, with what its client can do. The key is what the outbox records as the
 * route a message (or part of it) took.
 */
public enum Route {
    /** The sessionWebhook of a DingTalk callback (about 90 minutes): markdown, {@code at.atUserIds}. */
    DINGTALK_SESSION_WEBHOOK("dingtalk.session", "dingtalk", 18_000, true),
    /** The robot OpenAPI {@code /v1.0/robot/groupMessages/send}: sampleMarkdown etc.; no @ field at all. */
    DINGTALK_OPENAPI("dingtalk.openapi", "dingtalk", 12_000, false),
    /** A group's custom robot webhook (加签): markdown, {@code at.atUserIds}. */
    DINGTALK_CUSTOM_ROBOT("dingtalk.robot", "dingtalk", 18_000, true),
    /** 工作通知 {@code corpconversation/asyncsend_v2} to the people a message names (needs DINGTALK_AGENT_ID). */
    DINGTALK_WORK_NOTICE("dingtalk.notice", "dingtalk", 2_000, true),
    /** A WeCom group robot webhook: legacy markdown (no lists), or text with {@code mentioned_list}. */
    WECOM_WEBHOOK("wecom.webhook", "wecom", 4_096, true),
    /** WeCom 智能机器人: the response_url reply and the long connection's messages (markdown v2, 20480 bytes). */
    WECOM_AIBOT("wecom.aibot", "wecom", 20_480, false),
    /** A WeCom self-built app's message to a person ({@code message/send}): text/markdown/template_card. */
    WECOM_APP("wecom.app", "wecom", 2_048, true),
    /** The local simulator (shows everything; mentions by name). */
    SIMULATOR("local", "local", 64_000, true);

    private final String key;
    private final String platform;
    private final int maxBytes;
    private final boolean notifies;

    Route(String key, String platform, int maxBytes, boolean notifies) {
        this.key = key;
        this.platform = platform;
        this.maxBytes = maxBytes;
        this.notifies = notifies;
    }

    public String key() {
        return key;
    }

    public String platform() {
        return platform;
    }

    /** Largest message body (UTF-8 bytes) the route accepts; longer texts are split. */
    public int maxBytes() {
        return maxBytes;
    }

    /** True when a person named in a message gets a notification through this route. */
    public boolean notifies() {
        return notifies;
    }

    public static Route byKey(String key) {
        for (Route r : values()) if (r.key.equals(key)) return r;
        throw new IllegalArgumentException("unknown route " + key);
    }
}
