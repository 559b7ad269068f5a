package zhaoshang.chat;

/**
 * The outbound port of a chat platform. Implementations never throw for platform errors: they classify them.
 * Secrets (tokens, keys, full webhook URLs) never appear in {@link SendResult#detail()}.
 */
public interface ChatPlatform {
    /** "local", "dingtalk", "wecom". */
    String name();

    SendResult send(Delivery delivery);
}
