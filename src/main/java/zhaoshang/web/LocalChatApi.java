package zhaoshang.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

import zhaoshang.bot.Pipeline;
import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.chat.local.SimulatorView;
import zhaoshang.chat.local.LocalChatPlatform;
import zhaoshang.chat.local.SimulatorClock;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Conversation;
import zhaoshang.config.Member;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;

/**
 * The local chat simulator's JSON API (the page at / uses it; so do the functional tests).
 * <ul>
 *   <li>{@code POST /local/messages {"conversation","sender","text"[,"id"][,"platform"]}} →
 *       {@code {"replies":[{type,text,name,url,...}]}}</li>
 *   <li>{@code GET /local/messages?conversation=ID[&platform=local|dingtalk|wecom]} →
 *       {@code {"messages":[{type,text,name,url,from,sender,time,...}]}}, oldest first; each bot message rendered as that
 *       platform shows it ({@link SimulatorView}): {@code route}, {@code dialect}, {@code sent} (the text as sent),
 *       {@code notify} (user ids notified), {@code buttons}, {@code losses} (what the platform does not show)</li>
 *   <li>{@code GET /local/directory} → conversations and members</li>
 *   <li>{@code POST /local/clock {"now": ISO-8601 with offset}} → moves the bot's clock forward only; refused when a
 *       real platform is configured (signatures of genuine callbacks are checked against this clock)</li>
 * </ul>
 */
final class LocalChatApi {

    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    static final int MAX_TEXT_CHARS = 8000;
    static final String BOT_NAME = "招商助手";

    private final BotConfig config;
    private final Pipeline pipeline;
    private final Inbox inbox;
    private final Outbox outbox;
    private final SimulatorClock clock;
    private final Runnable onClockMoved;
    private final boolean clockLocked;

    static final String CLOCK_LOCKED = "已配置钉钉或企业微信，模拟器时钟已锁定，不能拨动：拨动后真实平台回调的签名时间校验会失败，"
            + "提醒也会按错误的时间发到真实群里。只在未配置任何平台的演示环境中拨动时钟。";

    /** @param clockLocked true when a real platform is configured: POST /local/clock is refused */
    LocalChatApi(BotConfig config, Pipeline pipeline, Inbox inbox, Outbox outbox, SimulatorClock clock,
                 Runnable onClockMoved, boolean clockLocked) {
        this.config = config;
        this.pipeline = pipeline;
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        this.onClockMoved = onClockMoved;
        this.clockLocked = clockLocked;
    }

    void postMessage(Context ctx) {
        JsonNode body = body(ctx);
        String conversation = field(body, "conversation");
        String sender = field(body, "sender");
        JsonNode textNode = body.get("text");
        if (textNode == null || !textNode.isTextual()) {
            throw new ApiError(400, "缺少字段 text（消息内容，字符串）。示例：{\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":\"帮助\"}");
        }
        String text = textNode.asText();
        SimulatorView.Platform view = platform(body.hasNonNull("platform") ? body.get("platform").asText() : null);
        String id = body.hasNonNull("id") ? body.get("id").asText() : UUID.randomUUID().toString();
        if (id.isBlank() || id.length() > 128) throw new ApiError(400, "id 应为 1–128 个字符");
        // the name a platform shows: the member's; for someone not on the roster, the optional senderName field
        String given = body.hasNonNull("senderName") ? body.get("senderName").asText("").strip() : "";
        if (given.length() > 32) throw new ApiError(400, "senderName 应在 32 个字以内");
        String name = config.memberByPlatformId(LocalChatPlatform.NAME, sender).map(Member::name).orElse(given);
        // the people the message @-mentions, by their simulator id, as DingTalk's atUsers carries them
        Map<String, String> context = new java.util.HashMap<>();
        JsonNode at = body.get("atUsers");
        if (at != null && !at.isNull()) {
            if (!at.isArray() || at.size() > 20) throw new ApiError(400, "atUsers 应为最多 20 个用户 ID 的数组");
            List<String> ids = new ArrayList<>();
            at.forEach(n -> ids.add(n.asText("")));
            zhaoshang.chat.AtUsers.put(context, ids);
        }
        ChatMessage message = new ChatMessage(LocalChatPlatform.NAME, id, conversation, sender, name, text,
                clock.instant(), context);
        if (text.length() > MAX_TEXT_CHARS) {
            // Keep the raw message (nothing a member sent is lost), but do not try to read it.
            pipeline.receive(message).ifPresent(inboxId -> inbox.markFailed(inboxId, "text too long: " + text.length()));
            throw new ApiError(400, "消息太长（" + text.length() + " 字），请控制在 " + MAX_TEXT_CHARS
                    + " 字以内，可以分几条发送。原消息已保存。");
        }
        Pipeline.Result result = pipeline.accept(message);
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> replies = new ArrayList<>();
        for (Outbox.Entry e : result.replies()) replies.addAll(rendered(e, view));
        out.put("replies", replies);
        if (result.duplicate()) out.put("duplicate", true);
        ctx.json(out);
    }

    void getMessages(Context ctx) {
        String conversation = ctx.queryParam("conversation");
        if (conversation == null || conversation.isBlank()) {
            throw new ApiError(400, "缺少参数 conversation，例如 /local/messages?conversation=local-team1");
        }
        SimulatorView.Platform view = platform(ctx.queryParam("platform"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Inbox.Entry e : inbox.conversation(LocalChatPlatform.NAME, conversation, 500)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "text");
            m.put("text", e.message().text());
            m.put("from", e.message().senderName().isEmpty() ? e.message().senderId() : e.message().senderName());
            m.put("sender", e.message().senderId());
            m.put("time", e.receivedAt().toString());
            m.put("order", 0);
            m.put("seq", e.id());
            items.add(m);
        }
        for (Outbox.Entry e : outbox.conversation(LocalChatPlatform.NAME, conversation, 500)) {
            for (Map<String, Object> m : rendered(e, view)) {
                m.put("from", BOT_NAME);
                m.put("time", e.createdAt().toString());
                m.put("order", 1);
                m.put("seq", e.id());
                items.add(m);
            }
        }
        items.sort(Comparator.<Map<String, Object>, String>comparing(m -> (String) m.get("time"))
                .thenComparing(m -> (Integer) m.get("order"))
                .thenComparing(m -> (Long) m.get("seq")));
        items.forEach(m -> {
            m.remove("order");
            m.remove("seq");
        });
        ctx.json(Map.of("messages", items));
    }

    void getDirectory(Context ctx) {
        List<Map<String, Object>> conversations = new ArrayList<>();
        for (Conversation c : config.conversations()) {
            if (!c.platform().equals(LocalChatPlatform.NAME)) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("team", c.teamId());
            conversations.add(m);
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Member mb : config.members()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", mb.platformId(LocalChatPlatform.NAME));
            m.put("name", mb.name());
            m.put("team", mb.teamId());
            m.put("role", mb.role().label());
            members.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversations", conversations);
        out.put("members", members);
        out.put("now", OffsetDateTime.ofInstant(clock.instant(), config.conversations().isEmpty()
                ? java.time.ZoneOffset.UTC : clock.getZone()).toString());
        ctx.json(out);
    }

    void postClock(Context ctx) {
        if (clockLocked) throw new ApiError(403, CLOCK_LOCKED);
        JsonNode body = body(ctx);
        String now = field(body, "now");
        Instant target;
        try {
            target = OffsetDateTime.parse(now).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "now 应为带时区的 ISO-8601 时间，例如 2026-11-30T19:05:00+08:00");
        }
        if (!clock.moveTo(target)) {
            throw new ApiError(400, "时钟只能向前拨，不能回到过去（当前时间 "
                    + OffsetDateTime.ofInstant(clock.instant(), clock.getZone()) + "）");
        }
        onClockMoved.run();
        ctx.json(Map.of("now", OffsetDateTime.ofInstant(clock.instant(), clock.getZone()).toString()));
    }

    /** A bot message as the chosen platform shows it: one item per message it takes there. */
    private List<Map<String, Object>> rendered(Outbox.Entry e, SimulatorView.Platform view) {
        if (e.type() != Reply.Type.TEXT) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type().name().toLowerCase());
            m.put("text", e.text());
            if (e.fileToken() != null) {
                m.put("name", e.fileName());
                m.put("url", "/files/" + e.fileToken() + "/" + URLEncoder.encode(e.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return List.of(m);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (SimulatorView.Item item : SimulatorView.of(e.message(), e.inboxId() != null, view)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", item.type());
            m.put("text", item.text());
            m.put("plain", item.plain());
            m.put("route", item.route());
            m.put("dialect", item.dialect());
            m.put("title", item.title());
            if (!item.sent().equals(item.text())) m.put("sent", item.sent());
            if (!e.mentions().isEmpty()) m.put("mentions", e.mentions());
            if (!item.notifyIds().isEmpty()) m.put("notify", item.notifyIds());
            if (!item.buttons().isEmpty()) {
                m.put("buttons", item.buttons().stream().map(b -> Map.of("label", b.label(), "command", b.command())).toList());
            }
            if (!item.losses().isEmpty()) m.put("losses", item.losses());
            if (item.card() != null) m.put("card", item.card());
            out.add(m);
        }
        return out;
    }

    private static SimulatorView.Platform platform(String name) {
        SimulatorView.Platform p = SimulatorView.Platform.parse(name);
        if (p == null) throw new ApiError(400, "platform 应为 local、dingtalk 或 wecom");
        return p;
    }

    private static JsonNode body(Context ctx) {
        byte[] bytes = RequestBody.read(ctx, MAX_BODY_BYTES, "请求体过大（超过 4 MB）");
        if (bytes.length == 0) throw new ApiError(400, "请求体为空，应为 JSON，例如 {\"conversation\":\"local-team1\",\"sender\":\"m-he\",\"text\":\"帮助\"}");
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) throw new ApiError(400, "请求体应为 JSON 对象");
            return n;
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "请求体不是合法的 JSON：" + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiError(400, "请求体无法读取");
        }
    }

    private static String field(JsonNode body, String name) {
        JsonNode n = body.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new ApiError(400, "缺少字段 " + name + "（字符串）");
        }
        return n.asText();
    }
}
