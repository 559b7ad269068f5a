package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/**
 * DingTalk: markdown (headings, bold, lists; lines end with two spaces, a bare newline is no break) — or text for a
 * template to copy. Mentions: the webhooks put {@code @userid} in the text and the ids in {@code at.atUserIds} (the
 * client shows the names); the robot OpenAPI has no @ field (names only); a work notification goes to the people.
 * Buttons: {@code dtmd://dingtalkclient/sendMessage?content=} links, which make the client send the command as the
 * member's own message (they work in markdown messages only), labelled with the command itself.
 */
final class DingTalkRenderer extends MessageRenderer {

    DingTalkRenderer(Route route) {
        super(route);
        if (!route.platform().equals("dingtalk")) throw new IllegalArgumentException(route.name());
    }

    @Override
    Dialect dialect(Reply reply) {
        return reply.copyableOnly() ? Dialect.TEXT : Dialect.DINGTALK_MARKDOWN;
    }

    @Override
    Mentions mentions(Reply reply) {
        return switch (route()) {
            case DINGTALK_SESSION_WEBHOOK, DINGTALK_CUSTOM_ROBOT -> Mentions.AT_USER_ID;
            case DINGTALK_WORK_NOTICE -> Mentions.ADDRESSED;
            default -> Mentions.NAMES_ONLY;
        };
    }

    @Override
    Buttons buttons(Reply reply, RenderContext ctx) {
        return Buttons.DTMD_LINKS;
    }
}
