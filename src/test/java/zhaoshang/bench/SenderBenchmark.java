package zhaoshang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import zhaoshang.chat.ChatPlatform;
import zhaoshang.chat.Delivery;
import zhaoshang.chat.Mention;
import zhaoshang.chat.Reply;
import zhaoshang.chat.SendResult;
import zhaoshang.outbox.Outbox;
import zhaoshang.outbox.OutboxSender;
import zhaoshang.store.Database;
import zhaoshang.store.FileStore;

/**
 * The outbox sender's own CPU per message, without the HTTP call: a SQLite outbox, messages queued as the inbound
 * worker queues them (groups of 16 in one unit, each to a conversation of its own, so the 20-a-minute limit holds none
 * back), sent by the running {@link OutboxSender} (8 sending threads) to a platform that answers "sent" at once; thread
 * CPU of the {@code outbox-sender*} threads (and {@code outbox-sent}, their "sent" writes) per message, from the first
 * queued to the last marked sent (less sensitive
 * to a shared machine's other work than a throughput). Knobs: -Dsb.rounds -Dsb.messages.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Dsb.rounds=8 -Dsb.messages=2000 -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.SenderBenchmark
 * </pre>
 */
public final class SenderBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("sb.rounds", 8);
        int per = Integer.getInteger("sb.messages", 2000);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("senderbench");
        Clock clock = Clock.systemUTC();
        ChatPlatform platform = new ChatPlatform() {
            @Override
            public String name() {
                return "bench";
            }

            @Override
            public SendResult send(Delivery delivery) {
                return SendResult.sent();
            }
        };
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
            Outbox outbox = new Outbox(db.jdbi(), new FileStore(dir.resolve("files"), db.jdbi(), clock, Duration.ofDays(1)),
                    clock);
            try (OutboxSender sender = new OutboxSender(outbox, Map.of("bench", platform), clock, "", 20, 8)) {
                outbox.whenQueued(() -> db.afterUnit(sender::wake));
                sender.start();
                int n = 0;
                for (int r = 0; r < rounds; r++) {
                    Map<Long, Long> before = senderCpu(mx);
                    long main0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < per; i += 16) {
                        List<Outbox.Replies> group = new ArrayList<>();
                        for (int j = i; j < Math.min(per, i + 16); j++, n++) {
                            group.add(new Outbox.Replies("bench", "c-" + n, null, List.of(reply(n)), context(n)));
                        }
                        db.unit(() -> outbox.enqueueAll(group));
                    }
                    long queueing = mx.getCurrentThreadCpuTime() - main0;
                    while (outbox.pendingCount() > 0) Thread.sleep(5);
                    Map<Long, Long> after = senderCpu(mx);
                    long spent = 0;
                    for (Map.Entry<Long, Long> e : after.entrySet()) spent += e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    System.out.printf("round %d: %d messages, sender threads CPU %.1f us per message, queueing %.1f us per message, load %s%n",
                            r + 1, per, spent / 1e3 / per, queueing / 1e3 / per,
                            Files.readString(Path.of("/proc/loadavg")).trim());
                }
            }
        }
    }

    /** CPU time of the outbox-sender threads alive now, by thread id. */
    private static Map<Long, Long> senderCpu(ThreadMXBean mx) {
        Map<Long, Long> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("outbox-sen")) out.put(t.getId(), Math.max(0, mx.getThreadCpuTime(t.getId())));
        }
        return out;
    }

    /** A confirmation as the bot writes one (a group of fields, a hint, two buttons, a person named). */
    private static Reply reply(int n) {
        String number = "#V-" + (10000 + n);
        return Reply.message(null)
                .group(g -> g.line("✅ 已登记走访 " + number + "：深圳欣迪新能源装备技术有限公司（储能项目选址）")
                        .field("企业", "深圳欣迪新能源装备技术有限公司").field("日期", "2026-11-20（周五）")
                        .field("洽谈内容", "储能项目选址").field("投资意向", "较强").field("下一步", "寄送产业政策汇编"))
                .blank()
                .line("有误请发“更正 " + number + " 字段：新值”，撤销请发“撤销 " + number + "”。")
                .mention(new Mention("m-he", "何雨晴", Map.of("bench", "user-" + (n % 50))))
                .button("更正", "更正 " + number).button("撤销", "撤销 " + number)
                .build();
    }

    /** A callback's reply context (DingTalk's keys). */
    private static Map<String, String> context(int n) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("sessionWebhook", "http://127.0.0.1:1/robot/sendBySession?session=" + n);
        c.put("sessionWebhookExpiredTime", "1796000000000");
        c.put("conversationType", "2");
        c.put("senderStaffId", "staff-" + (n % 50));
        c.put("robotCode", "ding-bench");
        c.put("msgtype", "text");
        return c;
    }
}
