package zhaoshang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated trip forms (外出计划, 外出总结 under a kind word, one "名称：值" field a line) with varied field names, values
 * and date forms, written as a corpus file ParseDump reads, so that a speed change to how such forms are read can be
 * compared old build against new over thousands of messages, not only the corpora's few dozen. Not a JUnit test. Run:
 * <pre>
 * java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.TripFormSample dir [count] [seed]
 * java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.bench.ParseDump dir &gt; dump.txt
 * </pre>
 * Writes dir/trips.yaml (a JSON array, which YAML reads) of count messages (default 3,000) from the seed (default 1).
 */
public final class TripFormSample {

    private TripFormSample() { }

    private static final String[] PLAN_HEADS = {"外出计划", "出差计划", "招商计划", "外出招商计划", "出行计划", "【外出计划】", "外出计划（第二组）",
            "本周外出计划", "外出工作计划：", "@招商助手 外出计划"};
    private static final String[] SUMMARY_HEADS = {"外出总结", "出差总结", "招商总结", "外出招商工作总结", "【外出总结】", "外出总结（第三组）", "本次出差总结"};
    private static final String[] PLACES = {"北京", "上海", "深圳", "苏州", "杭州", "上海、苏州", "京津", "合肥", "西安", "广州、东莞", "长三角", "太原",
            "成都", "武汉", "郑州、洛阳", "天津经开区"};
    private static final String[] COMPANIES = {"中信集团", "康佳集团", "比亚迪深圳弗迪电池有限公司", "宁德时代", "京东方", "天津长荣科技集团股份有限公司",
            "苏州迈为科技股份有限公司", "杭州士兰微电子股份有限公司", "晶科能源股份有限公司", "正泰电器", "海尔智家", "欣旺达", "亿纬锂能",
            "北京华科智造机器人有限公司", "中关村产业技术联盟联合会", "国轩高科", "德赛西威", "蔚来汽车"};
    private static final String[] PEOPLE = {"韦宁", "许晴", "孟凡东", "邱彤", "贺立伟", "温可馨", "卢振", "蒋一帆"};
    private static final String[] PARTNERS = {"市政府驻上海联络处", "北京河北企业商会", "山西驻京办", "长三角招商服务中心", "深圳山西商会"};
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "下周一", "下周二", "下周三", "星期一", "星期四"};
    private static final String[] CN_DAYS = {"一", "二", "三", "五", "八", "十", "十二", "十五", "二十", "二十五", "二十八"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Random r = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("text", r.nextInt(3) == 0 ? summary(r) : plan(r));
            out.add(e);
        }
        Files.createDirectories(dir);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("trips.yaml").toFile(), out);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /** A day in one of the forms members write, around the fixed clock (2026-11-22). */
    private static String day(Random r, int month, int d) {
        return switch (r.nextInt(9)) {
            case 0 -> month + "月" + d + "日";
            case 1 -> month + "." + d;
            case 2 -> "2026-" + month + "-" + (d < 10 ? "0" + d : d);
            case 3 -> month + "/" + d;
            case 4 -> d + "号";
            case 5 -> (month == 11 ? "十一" : "十二") + "月" + pick(r, CN_DAYS) + "日";
            case 6 -> pick(r, WEEKDAYS);
            case 7 -> "2026年" + month + "月" + d + "日";
            default -> month + "月" + d + "号";
        };
    }

    /** The dates of a trip in one field or two: ranges, one day, a day and a length. */
    private static List<String> dates(Random r, boolean summary) {
        int month = summary ? 11 : (r.nextBoolean() ? 11 : 12);
        int d = summary ? 1 + r.nextInt(20) : (month == 11 ? 23 + r.nextInt(7) : 1 + r.nextInt(27));
        int len = r.nextInt(5);
        int e = Math.min(d + len, month == 11 ? 30 : 31);
        String label = pick(r, summary ? new String[]{"时间", "行程", "外出时间", "行程时间"} : new String[]{"时间", "日期", "外出时间", "行程时间", "起止时间", "行程", "起止日期"});
        String colon = r.nextInt(5) == 0 ? ":" : "：";
        List<String> l = new ArrayList<>();
        switch (r.nextInt(summary ? 8 : 11)) {
            case 0 -> l.add(label + colon + month + "月" + d + "日-" + month + "月" + e + "日");
            case 1 -> l.add(label + colon + month + "月" + d + "日至" + e + "日");
            case 2 -> l.add(label + colon + month + "." + d + "-" + month + "." + e);
            case 3 -> l.add(label + colon + day(r, month, d) + "，当天往返");
            case 4 -> l.add(label + colon + day(r, month, d) + "出发，" + (len + 1) + "天");
            case 5 -> l.add(label + colon + day(r, month, d) + "至" + day(r, month, e));
            case 6 -> l.add(label + colon + month + "月" + d + "日" + pick(r, new String[]{"一天", "当天", "（一天）", " 当日往返", ""}));
            case 7 -> l.add(label + colon + month + "月" + d + "日—" + e + "日，共" + (len + 1) + "天");
            case 8 -> {
                l.add(pick(r, new String[]{"出发", "出发日期", "出发时间"}) + colon + day(r, month, d));
                l.add(pick(r, new String[]{"返回", "返回日期", "返程", "回程"}) + colon + day(r, month, e));
            }
            case 9 -> l.add(pick(r, new String[]{"出发", "出发日期", "出发时间"}) + colon + day(r, month, d));
            default -> {
                l.add(pick(r, new String[]{"出发", "出发日期"}) + colon + day(r, month, d) + pick(r, new String[]{"", "上午", "早上", " 高铁"}));
                l.add(pick(r, new String[]{"返回", "返程"}) + colon + pick(r, new String[]{"当天", "当天返回", day(r, month, e), e + "日", "待定"}));
            }
        }
        return l;
    }

    private static String companies(Random r, int n) {
        List<String> l = new ArrayList<>();
        while (l.size() < n) {
            String c = pick(r, COMPANIES);
            if (!l.contains(c)) l.add(c);
        }
        return String.join(pick(r, new String[]{"、", "，", "、", " "}), l);
    }

    private static String plan(Random r) {
        List<String> fields = new ArrayList<>();
        fields.add(pick(r, new String[]{"目的地", "目标城市", "地点", "前往", "外出地点"}) + "：" + pick(r, PLACES));
        fields.addAll(dates(r, false));
        if (r.nextInt(4) > 0) fields.add(pick(r, new String[]{"拟拜访企业", "拟拜访", "拜访企业", "拟对接企业", "计划拜访", "目标企业"}) + "：" + companies(r, 1 + r.nextInt(3)));
        if (r.nextBoolean()) fields.add(pick(r, new String[]{"人员分工", "人员", "参加人员", "外出人员"}) + "：" + pick(r, PEOPLE) + pick(r, new String[]{"带队", "、" + pick(r, PEOPLE), ""}));
        if (r.nextInt(3) == 0) fields.add(pick(r, new String[]{"对接依托单位", "依托单位", "对接单位"}) + "：" + pick(r, PARTNERS));
        if (r.nextInt(4) == 0) fields.add(pick(r, new String[]{"行程安排", "路线"}) + "：" + pick(r, PLACES) + "—" + pick(r, PLACES));
        if (r.nextInt(3) == 0) java.util.Collections.shuffle(fields.subList(1, fields.size()), r);
        return pick(r, PLAN_HEADS) + "\n" + String.join("\n", fields);
    }

    private static String summary(Random r) {
        List<String> fields = new ArrayList<>(dates(r, true));
        if (r.nextBoolean()) fields.add(0, pick(r, new String[]{"目的地", "地点"}) + "：" + pick(r, PLACES));
        fields.add(pick(r, new String[]{"走访情况", "走访企业", "工作情况"}) + "：" + pick(r, new String[]{"走访企业" + (2 + r.nextInt(5)) + "家，", "拜访了", ""})
                + companies(r, 1 + r.nextInt(3)) + pick(r, new String[]{"", "，意向较强", "，均有合作意向"}));
        if (r.nextBoolean()) fields.add(pick(r, new String[]{"意向项目", "项目情况", "洽谈项目"}) + "：" + pick(r, new String[]{"储能电站项目", "光伏组件项目", "无", "2个，拟投资5亿元"}));
        if (r.nextBoolean()) fields.add(pick(r, new String[]{"存在问题", "问题", "困难"}) + "：" + pick(r, new String[]{"无", "企业决策周期长", "用地指标紧张"}));
        if (r.nextBoolean()) fields.add(pick(r, new String[]{"下步打算", "建议", "下一步"}) + "：" + pick(r, new String[]{"保持跟踪", "邀请来区考察", "12月再次对接"}));
        return pick(r, SUMMARY_HEADS) + "\n" + String.join("\n", fields);
    }
}
