package zhaoshang.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header line saying a report is passed on from another member or group ("【转发】", "↓↓转自二组↓↓", "转发自第三组群：",
 * "赵志刚的消息：", "以下为转发内容：", "---转发---"): the report under it is read as if posted directly, and the header
 * with whoever it names (the forwarder, a group) is none of its fields. Only where what follows tells of our own work
 * (a visit, someone met, an inspection or signing here): forwarded news about others stays news
 * ("【转发】晋中开发区：…签约落户", "转发：X阿根廷盐湖项目投产").
 */
final class ForwardHeader {

    private ForwardHeader() { }

    /**
     * The header at the message's start, with the words after the mark that end its line and say whose it is ("[转发]
     * 王主任转来的", "【转发】招商二组工作群").
     */
    private static final Pattern HEADER = Patterns.compile(
            "^\\s*(?:"
            // "【转发】", "[转发]", "【转自三组】", "【转发自李娜】"
            + "[【\\[［](?:转发|转自|转发自|转)[^】\\]］\\n]{0,10}[】\\]］](?:[ \\t\\u3000]*[^\\n：:。，,]{0,12}?(?:转来的|转过来的|转的|发来的|发的|群|群聊|组)[ \\t\\u3000]*(?=\\n))?"
            // "↓↓转自二组↓↓", "↓转发↓", "⬇️转自李娜⬇️"
            + "|[↓⬇]+\\uFE0F?\\s*(?:转发|转自|转发自)[^↓⬇\\n]{0,12}[↓⬇]+\\uFE0F?"
            // "---转发---", "——转发——", "====转发自二组===="
            + "|[-—=－]{2,}\\s*(?:转发|转自|转发自)[^-—=－\\n]{0,12}[-—=－]{2,}"
            // "转发自第三组群：", "转自李娜：", "转发王磊的消息：", "转发一下张科长的：", "转发韦宁：", "转发 林琳：", "转发：",
            // "转发宋志芳组长微信：", "转发赵斌微信（1月16日）：", and a line of its own naming what is passed on and whose it is
            // ("转发二组外出计划（孔令辉发的）"); not "转发一条新闻：", "转一条线索：" (what a count calls it is read by the prose reader)
            + "|(?:转发自|转自|转发(?:一下)?)(?!一[条个则篇份])[^：:\\n。，,！!？?；;“\"]{0,16}(?:[：:]|[ \\t\\u3000]*(?=\\n))"
            // "宋组长早上发的：", "韦宁刚发来的：", "二组转来的：": whose words are passed on, and when they came
            + "|[\\u4e00-\\u9fff]{2,6}?(?:今天|昨天|早上|上午|中午|下午|晚上|刚才|刚刚|刚)?(?:发的|发来的|转来的|转过来的)[：:]"
            // "以下为转发内容：", "以下是转发的消息："
            + "|以下(?:为|是)?转发(?:的)?(?:内容|消息|信息)?[：:]"
            // "赵志刚的消息：", "二组的消息："
            + "|[\\u4e00-\\u9fff]{2,6}的消息[：:]"
            + ")[ \\t\\u3000]*\\n?");

    /** What the words after the header tell when they are a report of our own. */
    private static final Pattern OURS = Patterns.compile(
            "拜访|走访|拜会|见了|对接人|联系人|接待|陪同|意向|我们|我组|咱们|线索|台账|责任人|跟进|跟踪"
            + "|(?:来|到|在|落户|落地)(?:我区|我市|长治|高新区|潞州区)");

    /** A header naming what was published: news, a notice, an article, a channel's post. */
    private static final Pattern PUBLISHED = Patterns.compile("新闻|通知|文章|报道|链接|公众号|推文|文件|快讯|资讯");
    /** "帮忙登签约台账", "我们三组引进的", "报条线索": the member asks for what was published to be recorded as ours. */
    private static final Pattern RECORD_IT = Patterns.compile("台账|登记|录入|帮忙登|帮忙录|(?:我们|我组|咱们)[^。，,\\n]{0,6}(?:引进|引来|对接|谈)的|报(?:一?条|个)?线索|列(?:入)?线索");
    /** "彭越：": the name of whoever wrote the words passed on, before them. */
    private static final Pattern SPEAKER = Patterns.compile("([\\u4e00-\\u9fff]{2,4})[：:]");

    /** "晋中开发区：…", "运城市：…": what follows is another place's news (our 高新区 and 潞州区 tell our own). */
    private static final Pattern PLACE_LABEL = Patterns.compile("^(?!高新区|潞州区|长治高新区)[\\u4e00-\\u9fff]{2,10}(?:区|县|市|园区|开发区|示范区)[：:]");

    /** What a forward header passes on: the report under it, or news of another place. */
    record Forwarded(String report, boolean news) { }

    /**
     * The message's forward header read: the report without it, news (another place's, under its name: "【转发】\n运城经开区：
     * …签约落户"), or null when the message opens with no header or what follows is neither.
     */
    static Forwarded read(String text) {
        if (text == null || text.indexOf('转') < 0 && text.indexOf('发') < 0 && !text.contains("的消息")) return null;
        Matcher m = HEADER.matcher(text);
        if (!m.lookingAt()) return null;
        String rest = text.substring(m.end()).strip();
        if (rest.isEmpty()) return null;
        // "转发高新区公众号：近日…签约…": what was published is news unless the member says it is ours to record
        String header = text.substring(0, m.end());
        if (PUBLISHED.matcher(header).find() && !RECORD_IT.matcher(rest).find()) return null;
        // "【转】彭越：12月3日…", "转发韦宁：\n林琳：…": whose words they are, named before them
        Matcher who = SPEAKER.matcher(rest);
        if (who.lookingAt() && PersonNames.isName(who.group(1))) rest = rest.substring(who.end()).strip();
        if (PLACE_LABEL.matcher(rest).lookingAt()) return new Forwarded(null, true);
        return OURS.matcher(rest).find() ? new Forwarded(rest, false) : null;
    }
}
