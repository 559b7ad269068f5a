package zhaoshang.chat.wecom;

import java.util.List;

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
 * Sends a WeCom self-built app's messages through its own API ({@link WeComAppApi}), rendered for
 * {@link Route#WECOM_APP}:
 * <ul>
 *   <li>conversation {@code app:<AgentID>}: to the member who wrote (the answer), or to the people a push names
 *       (a reminder), by {@code message/send}; a message with nobody to send to fails permanently;</li>
 *   <li>conversation {@code appchat:<chatid>}: into the group the app created, by {@code appchat/send} (cards are sent
 *       as their text there).</li>
 * </ul>
 * Files and images are uploaded with {@code media/upload} and sent as {@code file}/{@code image}. Parts already
 * delivered are recorded with the outbox row.
 */
final class WeComAppSender {

    static final String APP_PREFIX = "app:";
    static final String APPCHAT_PREFIX = "appchat:";

    private final WeComAppApi api;

    WeComAppSender(WeComAppApi api) {
        this.api = api;
    }

    static boolean handles(String conversationId) {
        return conversationId.startsWith(APP_PREFIX) || conversationId.startsWith(APPCHAT_PREFIX);
    }

    SendResult send(Delivery d) {
        boolean chat = d.conversationId().startsWith(APPCHAT_PREFIX);
        List<String> users = chat ? List.of() : recipients(d);
        if (!chat && users.isEmpty()) {
            return SendResult.permanent("wecom app: nobody to send to in " + d.conversationId()
                    + " (not an answer, and the message names nobody with a WeCom id)");
        }
        Reply reply = d.reply();
        if (reply.type() != Reply.Type.TEXT) return file(d, chat, users);
        RenderContext ctx = new RenderContext(!chat, "zs-" + d.id(), 0);
        for (Part part : Renderers.remaining(Route.WECOM_APP, reply, ctx, d.progress().unitsSent())) {
            ObjectNode message = PlatformHttp.JSON.createObjectNode();
            if (part.format() == Part.Format.CARD && !chat) {
                message.put("msgtype", "template_card").set("template_card", part.card());
            } else if (part.format() == Part.Format.MARKDOWN) {
                message.put("msgtype", "markdown").putObject("markdown").put("content", part.body());
            } else {
                message.put("msgtype", "text").putObject("text").put("content", part.body());
            }
            SendResult r = deliver(d, chat, users, message);
            if (r.status() != SendResult.Status.SENT) return r;
            d.progress().sent(part.toUnit(), Route.WECOM_APP.key());
        }
        return SendResult.sent();
    }

    private SendResult file(Delivery d, boolean chat, List<String> users) {
        Reply reply = d.reply();
        byte[] content = reply.content();
        if (content == null || content.length < WeComPlatform.MIN_FILE_BYTES) {
            return SendResult.permanent("wecom app: file must be larger than 5 bytes");
        }
        if (content.length > WeComPlatform.MAX_FILE_BYTES) {
            return SendResult.permanent("wecom app: file is " + content.length + " bytes, over the 20 MB limit");
        }
        String type = reply.type() == Reply.Type.IMAGE ? "image" : "file";
        String name = reply.fileName() == null || reply.fileName().isBlank() ? "file.xlsx" : reply.fileName();
        String mediaId;
        try {
            mediaId = api.upload(type, name, content);
        } catch (WeComAppApi.Unavailable e) {
            return e.result;
        } catch (WeComAppApi.Failed e) {
            return e.result;
        }
        ObjectNode message = PlatformHttp.JSON.createObjectNode().put("msgtype", type);
        message.putObject(type).put("media_id", mediaId);
        return deliver(d, chat, users, message);
    }

    private SendResult deliver(Delivery d, boolean chat, List<String> users, ObjectNode message) {
        return chat ? api.sendToChat(d.conversationId().substring(APPCHAT_PREFIX.length()), message)
                : api.sendToUsers(users, message);
    }

    /** The member who wrote (an answer), else the people the message names. */
    private static List<String> recipients(Delivery d) {
        String from = d.replyContext().get(WeComInbound.USER_ID);
        if (from != null && !from.isBlank()) return List.of(from);
        return d.reply().mentions().stream().map(m -> m.userId("wecom")).filter(id -> id != null && !id.isBlank())
                .distinct().toList();
    }
}
