package zhaoshang.chat.dingtalk;

import java.time.Instant;

/**
 * Which message each robot-callback {@code sign} was first used by. DingTalk's sign covers only the timestamp, not the
 * body, so a captured timestamp/sign pair would pass for any body for an hour: a sign that already carried another
 * message is a replay. Kept persistently (a restart must not reopen the window) until the sign expires.
 */
@FunctionalInterface
public interface CallbackSigns {

    /**
     * Records that {@code sign} carries {@code msgId}, until {@code expiresAt}.
     *
     * @return true when the sign is new or carried this same message before (DingTalk redelivering); false when it
     *         carried another message
     */
    boolean claim(String sign, String msgId, Instant expiresAt);
}
