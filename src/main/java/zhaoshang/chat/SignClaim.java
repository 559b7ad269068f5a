package zhaoshang.chat;

import java.time.Instant;

/**
 * A verified callback's {@code sign}, to be recorded with its message in the same write (the inbox's): DingTalk's sign
 * covers only the callback's timestamp, so a sign that already carried another message is a replay, and the message
 * it carries now must not be stored. Recorded until {@code expiresAt}, when the timestamp it covers goes stale.
 *
 * @param sign      the sign as the callback carried it (trimmed)
 * @param expiresAt when the sign's timestamp is too old to pass the check anyway
 */
public record SignClaim(String sign, Instant expiresAt) { }
