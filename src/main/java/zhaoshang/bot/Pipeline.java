package zhaoshang.bot;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;

/**
 * The one path every inbound message takes: inbox (stored first, once per platform message id) → bot →
 * outbox. {@link #receive} is quick and safe to call from an HTTP callback; {@link #process} does the work.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What happened to a message: its inbox id, whether it was seen before, and the replies queued. */
    public record Result(long inboxId, boolean duplicate, List<Outbox.Entry> replies) { }

    private final Inbox inbox;
    private final Bot bot;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;

    public Pipeline(Inbox inbox, Bot bot, Outbox outbox, OutboxSender sender, Clock clock) {
        this.inbox = inbox;
        this.bot = bot;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** Stores the raw message; empty when the same platform message id was received before. */
    public Optional<Long> receive(ChatMessage message) {
        return inbox.store(message, clock.instant());
    }

    /** Handles a stored message: the bot answers, the answers are queued for sending. Never throws. */
    public List<Outbox.Entry> process(long inboxId, ChatMessage message) {
        List<Outbox.Entry> answered = outbox.forInbox(inboxId);
        if (!answered.isEmpty()) {
            // handled before a restart, answer already queued: only the status was not written
            inbox.markHandled(inboxId);
            return answered;
        }
        List<Reply> replies;
        String error = null;
        try {
            replies = bot.handle(message, inboxId);
        } catch (RuntimeException e) {
            LOG.error("message {} ({} {}) failed", inboxId, message.platform(), message.conversationId(), e);
            error = e.toString();
            replies = List.of(Reply.text(BotTexts.FAILED));
        }
        // Queue the answer before marking the message handled: a crash in between leaves a message that is
        // handled again at startup (and finds its answer queued), never one that is handled but unanswered.
        List<Outbox.Entry> queued = replies.isEmpty() ? List.of()
                : outbox.enqueue(message.platform(), message.conversationId(), inboxId, replies, message.replyContext());
        if (error == null) inbox.markHandled(inboxId);
        else inbox.markFailed(inboxId, error);
        if (!queued.isEmpty()) sender.wake();
        return queued;
    }

    /** Receive and process in one go (the simulator, tests). */
    public Result accept(ChatMessage message) {
        Optional<Long> id = receive(message);
        if (id.isEmpty()) return new Result(-1, true, List.of());
        return new Result(id.get(), false, process(id.get(), message));
    }

    /** Handles messages that were stored but never handled (the bot stopped in between). */
    public int recover() {
        List<Inbox.Entry> pending = inbox.unhandled();
        for (Inbox.Entry e : pending) {
            process(e.id(), e.message());
        }
        if (!pending.isEmpty()) LOG.info("handled {} message(s) left over from before the restart", pending.size());
        return pending.size();
    }
}
