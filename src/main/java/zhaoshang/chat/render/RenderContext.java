package zhaoshang.chat.render;

/**
 * What a renderer needs to know beyond the message.
 *
 * @param singleChat true in a 1:1 conversation (WeCom 智能机器人 cards are only allowed there)
 * @param taskId     a stable id for WeCom template cards (unique per message part; derived from the outbox id)
 * @param fromUnit   render from this unit on (a message continued after some parts were delivered)
 */
public record RenderContext(boolean singleChat, String taskId, int fromUnit) {

    public static final RenderContext GROUP = new RenderContext(false, null, 0);

    public RenderContext from(int unit) {
        return new RenderContext(singleChat, taskId, unit);
    }
}
