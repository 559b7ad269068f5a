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
    public Rendering render(Reply reply, RenderContext ctx) {
        if (ctx.fromUnit() == 0) {
            var card = WeComCard.of(reply, ctx.taskId());
            if (card.isPresent()) {
                return new Rendering(route(), java.util.List.of(WeComCard.part(reply, card.get(), reply.blocks().size())),
                        java.util.List.of());
            }
        }
        return super.render(reply, ctx);
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
