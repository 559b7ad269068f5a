package zhaoshang.chat.render;

import zhaoshang.chat.Reply;

/**
 * WeCom group robot webhook. Legacy {@code markdown} (headings, bold; no lists: items are written "· "), which every
 * client shows; {@code markdown_v2} is not used because clients below 4.1.36 (Android 4.1.38) show it as raw text
 * and it cannot @ anyone (doc 91770). A message that names people goes as {@code text} (2048 bytes) with the ids
 * in {@code mentioned_list} and the names in the text; a template to copy goes as text too.
 */
final class WeComWebhookRenderer extends MessageRenderer {

    static final int TEXT_BYTES = 2048;

    WeComWebhookRenderer() {
        super(Route.WECOM_WEBHOOK);
    }

    @Override
    Dialect dialect(Reply reply) {
        return reply.copyableOnly() || !reply.mentions().isEmpty() ? Dialect.TEXT : Dialect.WECOM_MARKDOWN;
    }

    @Override
    int maxBytes(Dialect d) {
        return d.markdown() ? route().maxBytes() : TEXT_BYTES;
    }

    @Override
    Mentions mentions(Reply reply) {
        return Mentions.NAMES_AND_FIELD;
    }

    @Override
    Buttons buttons(Reply reply, RenderContext ctx) {
        return Buttons.TYPED;
    }
}
