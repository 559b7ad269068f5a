package zhaoshang.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.ChatMessage;
import zhaoshang.inbox.Inbox;
import zhaoshang.ledger.HistoryEntry;
import zhaoshang.outbox.Outbox;
import zhaoshang.support.TestBot;
import zhaoshang.support.TestDatabase;

/** A message stored but not handled when the bot stopped is handled at the next start, once. */
class PipelineRecoveryTest {

    @TempDir
    Path dir;

    static final String VISIT = "走访\n企业：东莞聚景实业有限公司\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般";

    @Test
    void aMessageLeftInTheInboxIsHandledAfterARestartOnce() {
        long inboxId;
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            // the bot stored the message, then died before handling it
            inboxId = new Inbox(bot.app.database().jdbi()).store(new ChatMessage("local", "crash-1", "local-team1",
                    "m-he", "何雨晴", VISIT, Instant.parse("2026-11-20T02:00:00Z"), Map.of()),
                    Instant.parse("2026-11-20T02:00:00Z")).orElseThrow();
        }
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:05:00+08:00")) {
            assertThat(bot.app.ledger().fromMessage(inboxId)).hasSize(1);
            assertThat(new Outbox(bot.app.database().jdbi(), null, null).forInbox(inboxId)).hasSize(1);
            assertThat(bot.history("local-team1")).extracting(n -> n.get("from").asText())
                    .containsExactly("何雨晴", "招商助手");
        }
        // a third start finds nothing left to do
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:10:00+08:00")) {
            assertThat(bot.app.ledger().fromMessage(inboxId)).hasSize(1);
            assertThat(bot.history("local-team1")).hasSize(2);
        }
    }

    @Test
    void aMessageHandledButNotMarkedIsNotAnsweredTwice() {
        long inboxId;
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            bot.say("local-team1", "m-he", VISIT);
            inboxId = new Inbox(bot.app.database().jdbi()).conversation("local", "local-team1", 5).get(0).id();
            // as if the bot died after queueing the answer but before marking the message handled
            bot.app.database().jdbi().useHandle(h -> h.execute("update inbox set status = 'received' where id = ?", inboxId));
        }
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:05:00+08:00")) {
            assertThat(bot.app.ledger().fromMessage(inboxId)).hasSize(1);
            assertThat(bot.history("local-team1")).hasSize(2);
            assertThat(new Inbox(bot.app.database().jdbi()).unhandled()).isEmpty();
        }
    }

    /**
     * Found by the crash test: the message was marked handled before its answer was queued, so a kill in between
     * left a recorded report that was never answered (and never looked at again).
     */
    @Test
    void aMessageWhoseAnswerWasNotYetQueuedWhenTheBotDiedIsAnsweredAfterARestart() {
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            // the bot "dies" while queueing the answer: the outbox insert fails
            TestDatabase.refuseInserts(bot.app.database(), "outbox", "die_before_answer");
            bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he", "text", VISIT,
                    "id", "killed-1"));
            TestDatabase.allowInserts(bot.app.database(), "outbox", "die_before_answer");
        }
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:05:00+08:00")) {
            long inboxId = new Inbox(bot.app.database().jdbi()).conversation("local", "local-team1", 5).get(0).id();
            assertThat(bot.app.ledger().fromMessage(inboxId)).hasSize(1);
            assertThat(new Outbox(bot.app.database().jdbi(), null, null).forInbox(inboxId)).hasSize(1);
            assertThat(new Inbox(bot.app.database().jdbi()).unhandled()).isEmpty();
            assertThat(bot.history("local-team1")).extracting(n -> n.get("from").asText())
                    .containsExactly("何雨晴", "招商助手");
        }
    }

    /**
     * Issue 16 item 2: a 更正 or 撤销 whose process died after its ledger write but before its answer was queued was
     * applied again on recovery (the 撤销 then answered "已撤销，不能再修改", the 更正 "没有改动"). Now the change and
     * its answer are one unit: the "kill" (the outbox refusing the answer, then the process stopping) leaves neither,
     * and the restart applies each once and answers it once.
     */
    @Test
    void aCorrectionOrWithdrawalCutOffBeforeItsAnswerIsAppliedAndAnsweredOnceAfterARestart() {
        String no;
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            no = TestBot.number(bot.sayText("local-team1", "m-he", VISIT), "V");
        }
        cutOffBeforeTheAnswer("更正 " + no + " 投资意向：较强", "correct-1", "2026-11-20T10:05:00+08:00");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:10:00+08:00")) {
            assertThat(answers(bot, "correct-1")).singleElement()
                    .satisfies(text -> assertThat(text).contains("已更正 " + no).contains("一般 → 较强"));
            assertThat(bot.app.ledger().history(no)).extracting(HistoryEntry::action)
                    .containsExactly(HistoryEntry.Action.CREATE, HistoryEntry.Action.CORRECT);
        }
        cutOffBeforeTheAnswer("撤销 " + no + " 重复登记", "withdraw-1", "2026-11-20T10:15:00+08:00");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:20:00+08:00")) {
            assertThat(answers(bot, "withdraw-1")).singleElement()
                    .satisfies(text -> assertThat(text).startsWith("🗑 已撤销 " + no + "（"));
            assertThat(bot.app.ledger().history(no)).extracting(HistoryEntry::action)
                    .containsExactly(HistoryEntry.Action.CREATE, HistoryEntry.Action.CORRECT, HistoryEntry.Action.WITHDRAW);
            assertThat(bot.app.ledger().find(no).orElseThrow().active()).isFalse();
            assertThat(new Inbox(bot.app.database().jdbi()).unhandled()).isEmpty();
        }
    }

    /** Sends a message whose answer cannot be queued, then stops the bot (as if killed at that instant). */
    private void cutOffBeforeTheAnswer(String text, String id, String now) {
        try (TestBot bot = TestBot.start(dir, now)) {
            int before = bot.app.ledger().history(TestBot.number(text, "V")).size();
            TestDatabase.refuseInserts(bot.app.database(), "outbox", "die_before_answer");
            bot.post("/local/messages", Map.of("conversation", "local-team1", "sender", "m-he", "text", text, "id", id));
            TestDatabase.allowInserts(bot.app.database(), "outbox", "die_before_answer");
            // the change does not stand without its answer
            assertThat(bot.app.ledger().history(TestBot.number(text, "V"))).hasSize(before);
        }
    }

    private static List<String> answers(TestBot bot, String msgId) {
        long inboxId = new Inbox(bot.app.database().jdbi()).conversation("local", "local-team1", 20).stream()
                .filter(m -> m.message().msgId().equals(msgId)).findFirst().orElseThrow().id();
        return new Outbox(bot.app.database().jdbi(), null, null).forInbox(inboxId).stream().map(Outbox.Entry::text).toList();
    }
}
