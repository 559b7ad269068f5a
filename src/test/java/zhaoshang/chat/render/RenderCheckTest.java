package zhaoshang.chat.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import zhaoshang.chat.Block;
import zhaoshang.chat.Mention;
import zhaoshang.chat.PlainText;
import zhaoshang.chat.Reply;
import zhaoshang.config.Member;
import zhaoshang.support.TestBot;

/**
 * The render check: every answer the bot gives (see {@link EveryAnswer}) rendered for every route, held against the
 * route's rules ({@link RouteRules}: syntax the client shows, size), and read back as a person reads it: nothing of
 * the message lost, no record split across messages, the people named shown by name and notified by id, no user id
 * in what a person reads.
 */
class RenderCheckTest {

    @TempDir
    static Path dir;
    static TestBot bot;
    static List<EveryAnswer.Answer> answers;
    static Set<String> userIds;

    @BeforeAll
    static void drive() {
        bot = TestBot.start(dir, EveryAnswer.START);
        answers = EveryAnswer.drive(bot);
        userIds = new LinkedHashSet<>();
        for (Member m : bot.app.config().members()) {
            userIds.add(m.id());
            for (String platform : List.of("dingtalk", "wecom")) {
                if (m.platformId(platform) != null) userIds.add(m.platformId(platform));
            }
        }
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** Group chats, and 1:1 with a card task id where the route has cards. */
    static List<RenderContext> contexts(Route r) {
        return r == Route.WECOM_AIBOT || r == Route.WECOM_APP
                ? List.of(RenderContext.GROUP, new RenderContext(true, "zs-42", 0)) : List.of(RenderContext.GROUP);
    }

    @Test
    void theDriverReachedEveryKindOfAnswer() {
        String all = String.join("\n", answers.stream().map(a -> a.reply().text()).toList());
        assertThat(all).contains("招商助手 · 帮助", "改进建议：", "已登记走访", "已登记线索", "已登记考察", "已登记签约",
                "已登记外出计划", "已登记外出总结", "已登记过", "逾期登记", "未登记", "（第125条）", "已确认", "已更正", "没有改动",
                "未修改", "签约 → 开工", "的留痕", "无权查看", "已撤销", "没有找到", "最近登记的记录", "还没有登记过",
                "第一工作组 2026年11月进度", "各工作组 2026年11月进度", "各工作组 2026年第四季度进度", "2026年进度", "不是有效的月份",
                "只能查看本组", "月擂台", "台账：", "已登记请假", "已销假", "已为本组静音", "已恢复本组", "请写明静音原因", "只有组长",
                "提醒规则", "（测试）", "没看懂", "已请组长确认", "本群还没有连接", "已同意", "工作组名单", "名单变动记录", "唯一的组长",
                "只有本组组长和投资促进部", "已设置：本群为第四工作组", "已指定 何雨晴", "已报送 第一工作组", "只有组长（",
                "已退回：", "已备案：", "台账报送记录", "台账报送情况", "已更新 #L-", "已记录 #S-", "已标记解决", "已提交申请领导介入",
                "还没有登记，需要您补一项", "请直接回复更正的内容", "已取消", "没有待补充的汇报", "不能作为企业名称", "疑似重复");
        for (String rule : List.of("【每日走访提醒】", "【走访 24 小时登记提醒】", "【返回报送台账提醒】", "【外出总结提醒】",
                "【月底台账提醒】", "【月度汇总】", "【季度考察提醒】", "【台账报送】", "【台账退回】", "【台账已备案】",
                "【已报送台账有改动】", "【重大意向】", "【申请领导介入】", "【同一企业两组对接】", "【跟踪时间节点已过】", "【2027年节假日安排未录入】")) {
            assertThat(answers.stream().filter(a -> !a.answer()).map(a -> a.reply().text()))
                    .as("a real %s", rule).anyMatch(t -> t.startsWith(rule));
        }
        assertThat(answers.stream().filter(a -> !a.reply().mentions().isEmpty())).as("reminders that name people").isNotEmpty();
        assertThat(answers.stream().filter(a -> !a.reply().buttons().isEmpty())).as("answers with buttons").isNotEmpty();
    }

    @Test
    void everyAnswerOnEveryRouteIsWhatTheClientShowsAndLosesNothing() {
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (EveryAnswer.Answer a : answers) {
            Reply reply = a.reply();
            for (Route route : Route.values()) {
                for (RenderContext ctx : contexts(route)) {
                    Rendering r = Renderers.of(route).render(reply, ctx);
                    rendered++;
                    String where = route + (ctx.singleChat() ? " 1:1" : "") + " ← " + first(reply);
                    for (Part p : r.parts()) {
                        RouteRules.check(route, p).forEach(x -> problems.add(where + ": " + x));
                    }
                    problems.addAll(readBack(reply, r, where));
                }
            }
        }
        assertThat(rendered).isGreaterThan(answers.size() * 8);
        assertThat(problems).as("render problems (%d of them)", problems.size()).isEmpty();
    }

    @Test
    void aHundredAndTwentyFiveRecordsSplitBetweenRecordsOnEveryRoute() {
        Reply big = answers.stream().map(EveryAnswer.Answer::reply).filter(r -> r.text().contains("（第125条）"))
                .findFirst().orElseThrow();
        List<String> numbers = numbers(big.text());
        assertThat(numbers).hasSize(125);
        for (Route route : List.of(Route.WECOM_WEBHOOK, Route.WECOM_AIBOT, Route.WECOM_APP, Route.DINGTALK_OPENAPI,
                Route.DINGTALK_WORK_NOTICE)) {
            Rendering r = Renderers.render(big, route);
            assertThat(r.parts()).as(route.name()).hasSizeGreaterThan(1);
            List<String> seen = new ArrayList<>();
            for (Part p : r.parts()) seen.addAll(numbers(p.body()));
            assertThat(seen).as("every record number once, in order, on %s", route).isEqualTo(numbers);
            assertThat(r.parts().get(r.parts().size() - 1).body()).contains("（" + r.parts().size() + "/" + r.parts().size() + "）");
        }
    }

    // ---------------------------------------------------------------- reading a rendering back

    private List<String> readBack(Reply reply, Rendering r, String where) {
        List<String> out = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        for (Part p : r.parts()) visible.add(normalize(visibleText(reply, r.route(), p)));
        String all = String.join("\n", visible);
        // nothing lost: every line of every block is read somewhere
        for (Block b : reply.blocks()) {
            for (String line : PlainText.lines(b)) {
                String n = normalize(line);
                if (!n.isBlank() && !all.contains(n)) {
                    out.add(where + ": lost \"" + line + "\"");
                    return out;
                }
            }
        }
        // a group (one record) is in one message, unless it alone is over the route's size
        List<Block> blocks = reply.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Group)) continue;
            final int unit = i;
            long parts = r.parts().stream().filter(p -> p.fromUnit() <= unit && unit < Math.max(p.toUnit(), p.fromUnit() + 1)).count();
            int bytes = String.join("\n", PlainText.lines(blocks.get(i))).getBytes(StandardCharsets.UTF_8).length;
            if (parts > 1 && bytes * 2 < r.route().maxBytes()) out.add(where + ": record " + i + " split over " + parts + " messages");
        }
        // the people named: by name in what is read, notified by their ids where the route can
        if (!reply.mentions().isEmpty()) {
            Part firstPart = r.parts().get(0);
            boolean addressed = r.route() == Route.DINGTALK_WORK_NOTICE || r.route() == Route.WECOM_APP;
            for (Mention m : reply.mentions()) {
                String id = m.userId(r.route().platform());
                if (!addressed && !visible.get(0).contains("@" + m.name())) out.add(where + ": " + m.name() + " not named");
                boolean notified = id != null && firstPart.notifyIds().contains(id);
                if (r.route().notifies() && id != null && !notified) out.add(where + ": " + m.name() + " not notified");
                if (!r.route().notifies() && !firstPart.notifyIds().isEmpty()) out.add(where + ": notifies on a route that cannot");
            }
        }
        // no user id in what a person reads
        for (String v : visible) {
            for (String id : userIds) {
                if (Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(v).find()) {
                    out.add(where + ": user id " + id + " is shown");
                }
            }
        }
        return out;
    }

    /** The text a person reads: the client's markup applied, a DingTalk @userid it notifies shown as the name. */
    static String visibleText(Reply reply, Route route, Part p) {
        if (p.format() == Part.Format.CARD) {
            StringBuilder sb = new StringBuilder(p.card().at("/main_title/title").asText()).append('\n')
                    .append(p.card().path("sub_title_text").asText()).append('\n');
            p.card().path("horizontal_content_list").forEach(f -> sb.append(f.path("keyname").asText()).append('：')
                    .append(f.path("value").asText()).append('\n'));
            return sb.toString();
        }
        String body = p.body();
        for (Mention m : reply.mentions()) {
            String id = m.userId(route.platform());
            if (id != null && p.notifyIds().contains(id) && route.platform().equals("dingtalk")) {
                body = body.replace("@" + id, "@" + m.name());
            }
        }
        Dialect d = switch (route) {
            case DINGTALK_SESSION_WEBHOOK, DINGTALK_CUSTOM_ROBOT, DINGTALK_OPENAPI, DINGTALK_WORK_NOTICE -> Dialect.DINGTALK_MARKDOWN;
            case WECOM_WEBHOOK, WECOM_APP -> Dialect.WECOM_MARKDOWN;
            case WECOM_AIBOT -> Dialect.WECOM_MARKDOWN_V2;
            case SIMULATOR -> Dialect.SIMULATOR;
        };
        return p.format() == Part.Format.TEXT ? body : VisibleText.of(body, d);
    }

    private static final Map<Character, Character> FULL_WIDTH = Map.ofEntries(Map.entry('＊', '*'), Map.entry('＿', '_'),
            Map.entry('｀', '`'), Map.entry('［', '['), Map.entry('］', ']'), Map.entry('｜', '|'), Map.entry('～', '~'),
            Map.entry('＜', '<'), Map.entry('＃', '#'), Map.entry('＞', '>'), Map.entry('－', '-'), Map.entry('＋', '+'),
            Map.entry('．', '.'));

    /** Compares texts as read: escaped characters as they look, list markers and spacing aside. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(FULL_WIDTH.getOrDefault(c, c));
        return sb.toString().replaceAll("(?m)^\\s*(· |• |- |\\d{1,3}[.．] )", "").replaceAll("[ \\t]+", " ")
                .replaceAll(" ?\\n ?", "\n").strip();
    }

    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("#V-\\d{4}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String first(Reply r) {
        String t = r.text().lines().findFirst().orElse("");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
