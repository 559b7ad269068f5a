package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/**
 * WeCom 智能机器人 (response_url replies and long-connection messages): markdown v2 (headings, bold, lists, code
 * blocks; 20480 bytes; no @ — doc 101138 / 91770). In a 1:1 chat a short message with buttons becomes a
 * {@code button_interaction} template card (cards are only allowed there); elsewhere the buttons are given as text.
 */
final class WeComAiBotRenderer extends MessageRenderer {

    WeComAiBotRenderer() {
        super(Route.WECOM_AIBOT);
    }

    @Override
    boolean cardAllowed(RenderContext ctx) {
        return ctx.singleChat();
    }

    @Override
    Dialect dialect(Reply reply) {
        return Dialect.WECOM_MARKDOWN_V2;
    }

    @Override
    Mentions mentions(Reply reply) {
        return Mentions.NAMES_ONLY;
    }

    @Override
    Buttons buttons(Reply reply, RenderContext ctx) {
        return Buttons.TYPED;
    }
}
