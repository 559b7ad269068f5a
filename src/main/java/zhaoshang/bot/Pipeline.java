package zhaoshang.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.chat.ChatMessage;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SignClaim;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.store.Database;
import zhaoshang.store.StorageFailure;

/**
 * The one path every inbound message takes: inbox (stored first, once per platform message id) → bot →
 * outbox. {@link #receive} is quick and safe to call from an HTTP callback; {@link #process} does the work.
 *
 * <p>Handling a message is one unit of work ({@link Database#unit}): whatever the command writes (records,
 * corrections, withdrawals, drafts, settings), the answers it queues and the message's status commit together or
 * not at all. So a crash or a full disk never leaves a change without its answer, nor an answer without its
 * change, and a message handled again after a restart starts from nothing. When the unit fails, the message is
 * answered in a second unit: a storage failure with "nothing was recorded, send it again later", anything else
 * with the general apology; and when even that cannot be saved, the answer goes out directly, unsaved.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What happened to a message: its inbox id, whether it was seen before, and the replies queued. */
    public record Result(long inboxId, boolean duplicate, List<Outbox.Entry> replies) { }

    private final Database database;
    private final Inbox inbox;
    private final Bot bot;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final Clock clock;
    /** Messages answered with a failure whose status could not be saved: marked at the next chance. */
    private final Map<Long, String> failuresToMark = new ConcurrentHashMap<>();

    public Pipeline(Database database, Inbox inbox, Bot bot, Outbox outbox, OutboxSender sender, Clock clock) {
        this.database = database;
        this.inbox = inbox;
        this.bot = bot;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Stores the raw message; empty when the same platform message id was received before, or when the message
     * could not be stored at all (the storage failed: the sender is told directly that nothing was saved).
     */
    public Optional<Long> receive(ChatMessage message) {
        return store(message, null).stored().filter(Inbox.Received::stored).map(Inbox.Received::id);
    }

    /**
     * Stores a callback's raw message with its sign's record in one write ({@link Inbox#store(ChatMessage, Instant,
     * SignClaim)}): what the inbox did, or empty when it could not be stored at all (the storage failed: the sender
     * is told directly that nothing was saved, and neither the message nor the sign's record is stored).
     */
    public Optional<Inbox.Received> receive(ChatMessage message, SignClaim sign) {
        return store(message, sign).stored();
    }

    /** The outcome of storing a message: what the inbox did, or none ({@code refusal} when it was not stored). */
    private record Stored(Optional<Inbox.Received> stored, Reply refusal) { }

    private Stored store(ChatMessage message, SignClaim sign) {
        try {
            return new Stored(Optional.of(inbox.store(message, clock.instant(), sign)), null);
        } catch (RuntimeException e) {
            StorageFailure f = database.noteFailure(e).orElseThrow(() -> e);
            LOG.error("{} message {} in {} from {} not stored, nothing recorded: {} ({})", message.platform(),
                    message.msgId(), message.conversationId(), message.senderId(), f.reason(), f.code());
            Reply refusal = Reply.text(BotTexts.notStored(f.reason()));
            sender.sendUnsaved(message.platform(), message.conversationId(), refusal, message.replyContext());
            return new Stored(Optional.empty(), refusal);
        }
    }

    /**
     * A stored message to handle. {@code fresh}: stored a moment ago by this process and never handled (a callback's),
     * so nothing can have been made from it yet; false for a message that may have been handled before (left over
     * from before a restart, taken over), whose earlier answers and records are looked for first.
     */
    public record Job(long inboxId, ChatMessage message, boolean fresh) { }

    /** Handles a stored message that may have been handled before: see {@link #process(long, ChatMessage, boolean)}. */
    public List<Outbox.Entry> process(long inboxId, ChatMessage message) {
        return process(inboxId, message, false);
    }

    /**
     * Handles a stored message: the bot answers, the answers are queued for sending. Never throws.
     *
     * @param fresh see {@link Job}
     */
    public List<Outbox.Entry> process(long inboxId, ChatMessage message, boolean fresh) {
        markOwedFailures();
        List<Outbox.Entry> queued = processOne(new Job(inboxId, message, fresh));
        if (!queued.isEmpty()) sender.wake();
        return queued;
    }

    private List<Outbox.Entry> processOne(Job job) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.unit(() -> handle(job, inbox::markHandled));
            } catch (Inbox.ClaimLost elsewhere) {
                claimLost(job);
                return List.of();
            } catch (RuntimeException e) {
                if (attempt < CONFLICT_TRIES && StorageFailure.passingConflict(e)) {
                    // the server undid the unit for a reason of the moment (a deadlock, a serialization conflict,
                    // a busy SQLite file): nothing of it was written, so it is simply handled again
                    LOG.warn("message {} ({} {}): the database undid its handling ({}), trying again", job.inboxId(),
                            job.message().platform(), job.message().conversationId(), e.toString());
                    pause(attempt);
                    continue;
                }
                return answerFailure(job.inboxId(), job.message(), e);
            }
        }
    }

    /** How often a message is handled when the database undoes its unit for a passing reason. */
    static final int CONFLICT_TRIES = 4;

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void claimLost(Job job) {
        LOG.info("message {} ({} {}) handled by another instance: nothing done here", job.inboxId(),
                job.message().platform(), job.message().conversationId());
    }

    /**
     * Handles several stored messages in their order, as {@link #process} would one by one, but in one transaction
     * (group commit: one BEGIN and COMMIT, one connection and its prepared statement handlers for all of them): each
     * message runs under a savepoint of its own, so each message's writes, answers and status still commit together
     * or not at all. A message that fails is undone alone: the messages before it commit, it is answered as
     * {@link #process} answers a failure, and the group goes on after it. When the group as a whole cannot commit (a
     * storage failure undoes the whole transaction), nothing of it was written and each message is handled again on
     * its own. Never throws.
     */
    public void processAll(List<Job> jobs) {
        database.keepHandle(); // the worker's groups share one handle and its SqlObjects
        markOwedFailures();
        boolean queued = false;
        int from = 0;
        while (from < jobs.size()) {
            if (jobs.size() - from == 1) {
                queued |= !processOne(jobs.get(from)).isEmpty();
                break;
            }
            List<Job> rest = jobs.subList(from, jobs.size());
            Database.Group<Boolean> group;
            // the group's replies are written together at its end, in one statement (the works only note them)
            Outbox.Gathering replies = outbox.gather();
            // likewise their status: one update for the group at its end (a claim lost meanwhile fails the whole
            // group there, and its messages are handled again one by one below, the lost one not at all)
            List<Long> handled = new java.util.ArrayList<>();
            try {
                group = database.group(rest.stream().<java.util.function.Supplier<Boolean>>map(j -> () -> {
                    int mark = replies.mark();
                    int marked = handled.size();
                    try {
                        boolean answeredBefore = !handle(j, handled::add).isEmpty(); // a leftover's replies found queued
                        return answeredBefore || replies.mark() > mark;
                    } catch (RuntimeException e) {
                        replies.undoTo(mark); // undone with the rest of the message
                        handled.subList(marked, handled.size()).clear();
                        throw e;
                    }
                }).toList(), done -> {
                    inbox.markHandled(handled);
                    replies.flush();
                });
            } catch (RuntimeException wholeGroup) {
                replies.stop();
                LOG.warn("a group of {} messages could not be committed ({}): handling them one by one", rest.size(),
                        StorageFailure.of(wholeGroup).map(StorageFailure::reason).orElse(wholeGroup.toString()));
                for (Job j : rest) queued |= !processOne(j).isEmpty();
                break;
            }
            replies.stop();
            for (boolean done : group.results()) queued |= done;
            from += group.results().size();
            if (group.failure() != null) {
                Job failed = jobs.get(from);
                if (group.failure() instanceof Inbox.ClaimLost) {
                    claimLost(failed);
                } else if (StorageFailure.passingConflict(group.failure())) {
                    queued |= !processOne(failed).isEmpty(); // undone for a passing reason: handled again, alone
                } else {
                    queued |= !answerFailure(failed.inboxId(), failed.message(), group.failure()).isEmpty();
                }
                from++;
            }
        }
        if (queued) sender.wake();
    }

    /**
     * Handles one message inside its unit; {@code markHandled} marks its inbox row handled (at once, or noted for its
     * group's end).
     */
    private List<Outbox.Entry> handle(Job job, java.util.function.LongConsumer markHandled) {
        long inboxId = job.inboxId();
        ChatMessage message = job.message();
        if (!job.fresh()) {
            List<Outbox.Entry> answered = outbox.forInbox(inboxId);
            if (!answered.isEmpty()) {
                // answered before this change made handling one unit (a database from an older version)
                markHandled.accept(inboxId);
                return answered;
            }
        }
        List<Reply> replies = bot.handle(message, inboxId, job.fresh());
        List<Outbox.Entry> queued = replies.isEmpty() ? List.of()
                : outbox.enqueue(message.platform(), message.conversationId(), inboxId, replies, message.replyContext());
        markHandled.accept(inboxId);
        return queued;
    }

    /** The unit failed and left nothing behind: says so, in a unit of its own, or directly when that fails too. */
    private List<Outbox.Entry> answerFailure(long inboxId, ChatMessage message, RuntimeException e) {
        Optional<StorageFailure> storage = StorageFailure.of(e);
        if (storage.isPresent()) {
            LOG.error("message {} ({} {}) not handled, nothing recorded: {} ({})", inboxId, message.platform(),
                    message.conversationId(), storage.get().reason(), storage.get().code());
        } else {
            LOG.error("message {} ({} {}) failed, nothing recorded", inboxId, message.platform(),
                    message.conversationId(), e);
        }
        Reply answer = Reply.text(storage.map(f -> BotTexts.storageFailed(f.reason())).orElse(BotTexts.FAILED));
        String error = storage.map(f -> "storage: " + f.code() + " " + f.reason()).orElse(e.toString());
        try {
            return database.unit(() -> {
                List<Outbox.Entry> queued = outbox.enqueue(message.platform(), message.conversationId(), inboxId,
                        List.of(answer), message.replyContext());
                inbox.markFailed(inboxId, error);
                return queued;
            });
        } catch (Inbox.ClaimLost elsewhere) {
            LOG.info("message {}: handled by another instance meanwhile; its failure here is not answered", inboxId);
            return List.of();
        } catch (RuntimeException again) {
            LOG.error("message {}: its failure could not be saved either ({}); answering without saving", inboxId,
                    StorageFailure.of(again).map(StorageFailure::reason).orElse(again.toString()));
            failuresToMark.put(inboxId, error);
            sender.sendUnsaved(message.platform(), message.conversationId(), answer, message.replyContext());
            return List.of(Outbox.unsaved(message.platform(), message.conversationId(), inboxId, answer));
        }
    }

    /**
     * Marks the messages answered "nothing recorded" whose status could not be saved then, so that a restart does
     * not handle them after all (the member was told to send them again). Until this succeeds, a restart would.
     */
    private void markOwedFailures() {
        for (Map.Entry<Long, String> owed : failuresToMark.entrySet()) {
            try {
                database.unit(() -> {
                    inbox.markFailed(owed.getKey(), owed.getValue());
                    return null;
                });
                failuresToMark.remove(owed.getKey());
            } catch (Inbox.ClaimLost elsewhere) {
                failuresToMark.remove(owed.getKey());
            } catch (RuntimeException stillFailing) {
                return;
            }
        }
    }

    /** Receive and process in one go (the simulator, tests). */
    public Result accept(ChatMessage message) {
        Stored s = store(message, null);
        if (s.refusal() != null) {
            return new Result(-1, false, List.of(Outbox.unsaved(message.platform(), message.conversationId(), null,
                    s.refusal())));
        }
        if (s.stored().isEmpty() || !s.stored().get().stored()) return new Result(-1, true, List.of());
        long id = s.stored().get().id();
        return new Result(id, false, process(id, message, true));
    }
}
