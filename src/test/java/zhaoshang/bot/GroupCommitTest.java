package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.inbox.Inbox;
import zhaoshang.outbox.Outbox;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/**
 * Messages waiting for the worker are handled in one transaction ({@link Pipeline#processAll}), each under a
 * savepoint: a message that fails is undone alone, the others of its group are recorded and answered, in order.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private static String visit(String enterprise) {
        return "走访\n企业：" + enterprise + "\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般";
    }

    private static long store(Inbox inbox, String id, String text) {
        return inbox.store(new ChatMessage("local", id, "local-team1", "m-he", "何雨晴", text,
                Instant.parse("2026-11-20T02:00:00Z"), Map.of()), Instant.parse("2026-11-20T02:00:00Z")).orElseThrow();
    }

    /** Three visits of three enterprises stored in the inbox, not yet handled. */
    private record Stored(Inbox inbox, Outbox outbox, long a, long b, long c) {
        static Stored threeVisits(TestBot bot) {
            Inbox inbox = new Inbox(bot.app.database().jdbi());
            return new Stored(inbox, new Outbox(bot.app.database().jdbi(), null, null),
                    store(inbox, "group-1", visit("东莞聚景实业有限公司")),
                    store(inbox, "group-2", visit("东莞华创电子有限公司")),
                    store(inbox, "group-3", visit("东莞新材科技有限公司")));
        }
    }

    private static Pipeline.Job job(Inbox inbox, long id) {
        return new Pipeline.Job(id, inbox.find(id).orElseThrow().message(), true);
    }

    @Test
    void aMessageWhoseAnswerCannotBeQueuedIsUndoneAloneAndTheOthersOfItsGroupAreRecordedAndAnswered() {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            Stored s = Stored.threeVisits(bot);
            Inbox inbox = s.inbox();
            Outbox outbox = s.outbox();
            long a = s.a(), b = s.b(), c = s.c();
            TestDatabase.refuseInserts(bot.app.database(), "outbox", "refuse_second", "NEW.inbox_id = " + b);
            bot.app.pipeline().processAll(List.of(job(inbox, a), job(inbox, b), job(inbox, c)));
            TestDatabase.allowInserts(bot.app.database(), "outbox", "refuse_second");

            assertThat(bot.app.ledger().fromMessage(a)).singleElement()
                    .satisfies(e -> assertThat(e.number()).isEqualTo("#V-0001"));
            assertThat(bot.app.ledger().fromMessage(b)).isEmpty();
            // the undone message took no number: the third report is the second recorded
            assertThat(bot.app.ledger().fromMessage(c)).singleElement()
                    .satisfies(e -> assertThat(e.number()).isEqualTo("#V-0002"));
            assertThat(outbox.forInbox(a)).singleElement().satisfies(o -> assertThat(o.text()).contains("#V-0001"));
            assertThat(outbox.forInbox(c)).singleElement().satisfies(o -> assertThat(o.text()).contains("#V-0002"));
            assertThat(outbox.forInbox(b)).isEmpty();
            assertThat(inbox.find(a).orElseThrow().status()).isEqualTo("handled");
            assertThat(inbox.find(c).orElseThrow().status()).isEqualTo("handled");
            assertThat(inbox.find(b).orElseThrow().status()).isNotEqualTo("handled");
        }
    }

    @Test
    void aMessageHandledElsewhereMeanwhileLeavesNothingOfItselfAndTheRestOfItsGroupCommits() {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            Stored s = Stored.threeVisits(bot);
            Inbox inbox = s.inbox();
            Outbox outbox = s.outbox();
            long a = s.a(), b = s.b(), c = s.c();
            List<Pipeline.Job> jobs = List.of(job(inbox, a), job(inbox, b), job(inbox, c));
            // another instance (its claim taken over) handled the second one in the meantime
            bot.app.database().jdbi().useHandle(h -> h.execute("update inbox set status = 'handled' where id = ?", b));
            bot.app.pipeline().processAll(jobs);

            assertRecordedAndAnsweredOnly(bot, outbox, List.of(a, c), b);
            // the group's messages are marked handled together at its end: the others still are, in their order
            assertThat(inbox.find(a).orElseThrow().status()).isEqualTo("handled");
            assertThat(inbox.find(c).orElseThrow().status()).isEqualTo("handled");
            assertThat(bot.app.ledger().fromMessage(a).get(0).number()).isEqualTo("#V-0001");
            assertThat(bot.app.ledger().fromMessage(c).get(0).number()).isEqualTo("#V-0002");
        }
    }

    @Test
    void aGroupThatFindsAClaimLostOnlyAtItsEndIsHandledAgainWithoutTheLostMessage() {
        Assumptions.assumeFalse(TestDatabase.postgres(), "a SQLite trigger");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            Stored s = Stored.threeVisits(bot);
            Inbox inbox = s.inbox();
            Outbox outbox = s.outbox();
            long a = s.a(), b = s.b(), c = s.c();
            List<Pipeline.Job> jobs = List.of(job(inbox, a), job(inbox, b), job(inbox, c));
            // another instance takes the second message over while this one's group runs (after its records are
            // written, before the group's end marks its messages handled)
            bot.app.database().jdbi().useHandle(h -> h.execute("""
                    create trigger taken_over after insert on visit when NEW.inbox_id = %d
                    begin update inbox set claimed_by = 'other-instance', claim_until = 9000000000000 where id = %d; end"""
                    .formatted(b, b)));
            bot.app.pipeline().processAll(jobs);

            assertRecordedAndAnsweredOnly(bot, outbox, List.of(a, c), b);
            assertThat(inbox.find(a).orElseThrow().status()).isEqualTo("handled");
            assertThat(inbox.find(b).orElseThrow().status()).isEqualTo("received");
            assertThat(inbox.find(c).orElseThrow().status()).isEqualTo("handled");
        }
    }

    /** The messages {@code kept} each have one record and one answer; {@code lost} has neither. */
    private static void assertRecordedAndAnsweredOnly(TestBot bot, Outbox outbox, List<Long> kept, long lost) {
        for (long id : kept) {
            assertThat(bot.app.ledger().fromMessage(id)).hasSize(1);
            assertThat(outbox.forInbox(id)).hasSize(1);
        }
        assertThat(bot.app.ledger().fromMessage(lost)).isEmpty();
        assertThat(outbox.forInbox(lost)).isEmpty();
    }

    /**
     * PostgreSQL undoes a statement caught in a deadlock (or a serialization conflict) with SQLSTATE 40P01 (40001):
     * nothing of the message was written, and the same work succeeds when tried again. Such a message is handled
     * again, not answered "failed" and left unrecorded — in a group and on its own alike.
     */
    @Test
    void aMessageUndoneByADeadlockIsHandledAgainNotLeftFailed() {
        Assumptions.assumeTrue(TestDatabase.postgres(), "raises PostgreSQL's deadlock SQLSTATE from a trigger");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            Stored s = Stored.threeVisits(bot);
            Inbox inbox = s.inbox();
            Outbox outbox = s.outbox();
            long a = s.a(), b = s.b(), c = s.c();
            long d = store(inbox, "alone-4", visit("东莞恒远精工有限公司"));
            // the first ledger insert of b and the first of d are each chosen as a deadlock's victim once (a
            // sequence is not rolled back with the statement, so the second try passes)
            bot.app.database().jdbi().useHandle(h -> {
                h.execute("create sequence victim_seq");
                h.execute("create function victim() returns trigger language plpgsql as 'begin"
                        + " if NEW.inbox_id in (" + b + ", " + d + ") and nextval(''victim_seq'') in (1, 3) then"
                        + " raise exception ''deadlock detected'' using errcode = ''40P01''; end if;"
                        + " return NEW; end'");
                h.execute("create trigger victim before insert on outbox for each row execute function victim()");
            });
            bot.app.pipeline().processAll(List.of(job(inbox, a), job(inbox, b), job(inbox, c)));
            bot.app.pipeline().process(d, inbox.find(d).orElseThrow().message(), true);

            for (long id : List.of(a, b, c, d)) {
                assertThat(inbox.find(id).orElseThrow().status()).as("message %d", id).isEqualTo("handled");
                assertThat(bot.app.ledger().fromMessage(id)).as("message %d", id).hasSize(1);
                String number = bot.app.ledger().fromMessage(id).get(0).number();
                assertThat(outbox.forInbox(id)).as("message %d", id).singleElement()
                        .satisfies(o -> assertThat(o.text()).contains(number));
            }
            // in the order received: b was handled again before c
            assertThat(bot.app.ledger().fromMessage(b).get(0).number()).isEqualTo("#V-0002");
            assertThat(bot.app.ledger().fromMessage(c).get(0).number()).isEqualTo("#V-0003");
        }
    }
}
