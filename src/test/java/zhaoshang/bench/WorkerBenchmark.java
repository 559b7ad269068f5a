package zhaoshang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import zhaoshang.bot.Pipeline;
import zhaoshang.chat.ChatMessage;
import zhaoshang.inbox.Inbox;
import zhaoshang.support.TestBot;

/**
 * The inbound worker's CPU per message, on one thread: messages stored in the inbox, then handled in groups of 16
 * with Pipeline.processAll, as the worker does under load; thread CPU of the calling thread per message (less
 * sensitive to a shared machine's other work than a throughput). Each message is a complete visit report of a new
 * enterprise by one member (no draft, no likely duplicate). Knobs: -Dwb.rounds -Dwb.messages -Dwb.group; and
 * -Dwb.members=3 -Dwb.enterprises=5: the reports go round the team's three members and name only that many
 * enterprises, so that most records of the day have a likely duplicate reported by another member (as in
 * FullPathBenchmark, whose five report texts name four enterprises).
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -Dwb.rounds=4 -Dwb.messages=500 -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.WorkerBenchmark
 * </pre>
 */
public final class WorkerBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("wb.rounds", 6);
        int per = Integer.getInteger("wb.messages", 1000);
        int group = Integer.getInteger("wb.group", 16);
        int members = Math.max(1, Math.min(3, Integer.getInteger("wb.members", 1)));
        int enterprises = Integer.getInteger("wb.enterprises", 0); // 0: a new enterprise for every report
        String[][] team = {{"m-he", "何雨晴"}, {"m-qian", "钱思远"}, {"m-tang", "唐一鸣"}};
        String[] a = {"聚", "华", "新", "恒", "远", "景", "创", "达", "鑫", "源", "瑞", "博", "泰", "宏", "安", "盛", "嘉", "丰", "德", "腾"};
        String[] b = {"光", "电", "材", "科", "智", "能", "通", "信", "精", "工", "医", "药", "化", "纺", "机", "器", "航", "汽", "芯", "数"};
        String[] c = {"实业", "科技", "电子", "精工", "材料", "制造", "设备", "技术"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("workerbench");
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        try (TestBot bot = TestBot.start(dir, "2026-11-20T10:00:00+08:00")) {
            Inbox inbox = new Inbox(bot.app.database().jdbi());
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                List<Pipeline.Job> jobs = new ArrayList<>();
                for (int i = 0; i < per; i++, n++) {
                    int e = enterprises > 0 ? n % enterprises : n;
                    String name = "东莞" + a[e % 20] + b[(e / 20) % 20] + a[(e / 400) % 20] + c[(e / 8000) % 8] + "有限公司";
                    String text = "走访\n企业：" + name + "\n日期：昨天\n洽谈内容：介绍电子信息产业集群\n投资意向：一般";
                    ChatMessage m = new ChatMessage("local", "wb-" + n, "local-team1", team[n % members][0],
                            team[n % members][1], text, at, Map.of());
                    long id = inbox.store(m, at).orElseThrow();
                    jobs.add(new Pipeline.Job(id, m, true));
                }
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int i = 0; i < jobs.size(); i += group) {
                    bot.app.pipeline().processAll(jobs.subList(i, Math.min(jobs.size(), i + group)));
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                System.out.printf("round %d: %d messages, worker thread CPU %.1f us per message, wall %.1f us per message, load %s%n",
                        r + 1, per, cpu / 1e3 / per, wall / 1e3 / per, Files.readString(Path.of("/proc/loadavg")).trim());
            }
        }
    }
}
