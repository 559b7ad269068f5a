package zhaoshang.chat;

import java.time.Instant;
import java.util.Map;

/**
 * A message as it arrived from any platform, after signature checks and decryption.
 *
 * @param platform       "local", "dingtalk" or "wecom"
 * @param msgId          the platform's message id (dedupe key within the platform)
 * @param conversationId the platform's conversation (group) id
 * @param senderId       the platform's user id of the sender (DingTalk senderStaffId, WeCom userid, local member id)
 * @param senderName     display name as the platform gave it (may be empty)
 * @param text           the text, with a leading @-mention of the bot removed and trimmed
 * @param sentAt         when the platform says it was sent
 * @param replyContext   platform data needed to answer (e.g. DingTalk sessionWebhook + expiry, WeCom response_url)
 */
public record ChatMessage(
        String platform,
        String msgId,
        String conversationId,
        String senderId,
        String senderName,
        String text,
        Instant sentAt,
        Map<String, String> replyContext) {

    public ChatMessage {
        replyContext = replyContext == null ? Map.of() : Map.copyOf(replyContext);
        senderName = senderName == null ? "" : senderName;
        text = text == null ? "" : text;
    }
}
