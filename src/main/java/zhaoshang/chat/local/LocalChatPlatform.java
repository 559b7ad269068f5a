package zhaoshang.chat.local;

import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.SendResult;

/**
 * The local chat simulator's platform: a message is delivered once it is in the outbox, because the simulator
 * page reads the conversation's history from there. Sending only marks it delivered.
 */
public final class LocalChatPlatform implements ChatPlatform {

    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SendResult send(Delivery delivery) {
        return SendResult.sent();
    }
}
