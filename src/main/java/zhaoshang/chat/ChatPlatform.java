package zhaoshang.chat;

/**
 * The outbound port of a chat platform. Implementations never throw for platform errors: they classify them.
 * Secrets (tokens, keys, full webhook URLs) never appear in {@link SendResult#detail()}.
 */
public interface ChatPlatform {
    /** "local", "dingtalk", "wecom". */
    String name();

    SendResult send(Delivery delivery);

    /**
     * Messages a minute the outbox may send into this conversation; 0 (the default) for the outbox's own limit (the
     * group robots' 20). The platform knows when a conversation's route has another limit.
     */
    default int messagesPerMinute(String conversationId) {
        return 0;
    }
}
