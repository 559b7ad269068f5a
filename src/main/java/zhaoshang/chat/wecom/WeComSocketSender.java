package zhaoshang.chat.wecom;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import zhaoshang.chat.Delivery;
import zhaoshang.chat.PlatformHttp;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.chat.render.Part;
import zhaoshang.chat.render.RenderContext;
import zhaoshang.chat.render.Renderers;
import zhaoshang.chat.render.Route;

/**
 * Sends a message over the 智能机器人 long connection ({@link WeComBotSocket}), rendered for {@link Route#WECOM_AIBOT}
 * (markdown v2, 20480 bytes; a template card in a 1:1 chat): the first part answering a message goes as
 * {@code aibot_respond_msg} on the message's req_id (a finished stream), every other part and every push (reminders)
 * as {@code aibot_send_msg} to the chat; files and images are uploaded over the connection first. Parts already
 * delivered are recorded with the outbox row, so a retry continues with the next part.
 *
 * <p>Not connected, a lost connection or no answer in 10 s → RETRY; errcode -1/45009/45011/45033 → RETRY; any other
 * errcode → PERMANENT.
 */
final class WeComSocketSender {

    private static final Set<Integer> RETRY_CODES = Set.of(-1, 45009, 45011, 45033);
    static final int MAX_FILE_BYTES = WeComBotSocket.CHUNK_BYTES * WeComBotSocket.MAX_CHUNKS;

    private final WeComBotSocket socket;

    WeComSocketSender(WeComBotSocket socket) {
        this.socket = socket;
    }

    SendResult send(Delivery d) {
        try {
            return d.reply().type() == Reply.Type.TEXT ? text(d) : file(d);
        } catch (WeComBotSocket.Refused e) {
            String detail = "wecom socket " + e.getMessage();
            return RETRY_CODES.contains(e.errcode) ? SendResult.retry(detail) : SendResult.permanent(detail);
        } catch (IllegalStateException e) {
            return SendResult.retry("wecom socket: " + e.getMessage());
        }
    }

    /** The chat to push to: a group's chatid, or the user of a 1:1 chat ({@code single:<userid>}). */
    static String chatId(String conversationId) {
        return conversationId.startsWith("single:") ? conversationId.substring("single:".length()) : conversationId;
    }

    private SendResult text(Delivery d) {
        Delivery.Progress p = d.progress();
        boolean single = "single".equals(d.replyContext().get(WeComInbound.CHATTYPE))
                || d.conversationId().startsWith("single:");
        RenderContext ctx = new RenderContext(single, "zs-" + d.id(), 0);
        List<Part> parts = Renderers.remaining(Route.WECOM_AIBOT, d.reply(), ctx, p.unitsSent());
        for (Part part : parts) {
            ObjectNode body = PlatformHttp.JSON.createObjectNode();
            String reqId = respondTo(d);
            if (reqId != null && part.format() != Part.Format.CARD) {
                body.put("msgtype", "stream").putObject("stream").put("id", "zs-" + d.id()).put("finish", true)
                        .put("content", part.body());
            } else if (part.format() == Part.Format.CARD) {
                body.put("msgtype", "template_card").set("template_card", part.card());
            } else {
                body.put("msgtype", "markdown").putObject("markdown").put("content", part.body());
            }
            if (reqId != null) {
                JsonNode answer = socket.request("aibot_respond_msg", reqId, body);
                int code = answer.path("errcode").asInt(0);
                if (code == 0) {
                    p.sent(part.toUnit(), Route.WECOM_AIBOT.key());
                    continue;
                }
                if (RETRY_CODES.contains(code)) WeComBotSocket.check("aibot_respond_msg", answer);
                // the req_id is no longer good (e.g. it came over a connection since replaced): push to the chat
                p.sent(p.unitsSent(), Route.WECOM_AIBOT.key());
                body = PlatformHttp.JSON.createObjectNode();
                body.put("msgtype", "markdown").putObject("markdown").put("content", part.body());
            }
            body.put("chatid", chatId(d.conversationId()));
            WeComBotSocket.check("aibot_send_msg", socket.request("aibot_send_msg", null, body));
            p.sent(part.toUnit(), Route.WECOM_AIBOT.key());
        }
        return SendResult.sent();
    }

    /** The inbound message's req_id while no answer to it used it yet (one respond per message, like response_url). */
    private static String respondTo(Delivery d) {
        String reqId = d.replyContext().get(WeComBotSocket.REQ_ID);
        if (reqId == null || reqId.isBlank()) return null;
        String used = Route.WECOM_AIBOT.key();
        return d.progress().routes().contains(used) || d.progress().threadRoutes().contains(used) ? null : reqId;
    }

    private SendResult file(Delivery d) {
        Reply reply = d.reply();
        byte[] content = reply.content();
        if (content == null || content.length < WeComPlatform.MIN_FILE_BYTES) {
            return SendResult.permanent("wecom socket: file must be larger than 5 bytes");
        }
        if (content.length > MAX_FILE_BYTES) {
            return SendResult.permanent("wecom socket: file is " + content.length + " bytes, over "
                    + WeComBotSocket.MAX_CHUNKS + " chunks of 512 KB");
        }
        boolean image = reply.type() == Reply.Type.IMAGE;
        String type = image ? "image" : "file";
        String name = reply.fileName() == null || reply.fileName().isBlank() ? (image ? "image.png" : "file.xlsx")
                : reply.fileName();
        String mediaId = socket.upload(type, name, content);
        ObjectNode body = PlatformHttp.JSON.createObjectNode().put("chatid", chatId(d.conversationId()))
                .put("msgtype", type);
        body.putObject(type).put("media_id", mediaId);
        WeComBotSocket.check("aibot_send_msg", socket.request("aibot_send_msg", null, body));
        return SendResult.sent();
    }
}
