package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/**
 * A WeCom self-built app's message to a person ({@code /cgi-bin/message/send}, doc 90236): legacy markdown (the
 * webhook subset, 2048 bytes), text for a template to copy, and a {@code button_interaction} template card for a
 * short message with buttons. The message goes to the people themselves, so nobody is @-mentioned in it.
 */
final class WeComAppRenderer extends MessageRenderer {

    WeComAppRenderer() {
        super(Route.WECOM_APP);
    }

    @Override
    boolean cardAllowed(RenderContext ctx) {
        return true;
    }

    @Override
    Dialect dialect(Reply reply) {
        return reply.copyableOnly() ? Dialect.TEXT : Dialect.WECOM_MARKDOWN;
    }

    @Override
    Mentions mentions(Reply reply) {
        return Mentions.ADDRESSED;
    }

    @Override
    Buttons buttons(Reply reply, RenderContext ctx) {
        return Buttons.TYPED;
    }
}
