package zhaoshang.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import zhaoshang.export.ExportRow;
import zhaoshang.report.VisitReport;

/** Realistic 走访 rows for samples and the benchmark, deterministic for a seed. */
final class SampleData {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final String[] TEAMS = {"第一工作组", "第二工作组", "第三工作组", "第四工作组", "第五工作组", "第六工作组"};
    static final String[] REPORTERS = {"张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷"};
    static final String[] PREFIX = {"宁德", "比亚迪", "华为", "中芯", "隆基", "京东方", "蔚来", "汇川", "迈瑞", "大疆", "科大",
            "晶科", "天合", "国轩", "亿纬", "欣旺达", "立讯", "歌尔", "三一", "中联", "潍柴", "万华", "恒力", "宝武"};
    static final String[] MIDDLE = {"新能源", "智能制造", "半导体", "光伏", "数字能源", "生物医药", "新材料", "精密电子",
            "汽车零部件", "储能", "氢能", "信息技术"};
    static final String[] SUFFIX = {"科技股份有限公司", "集团有限公司", "技术有限公司", "（深圳）有限公司", "控股有限公司"};
    static final String[] SCALE = {"世界500强", "中国500强", "上市公司", "行业龙头", "专精特新“小巨人”", "独角兽企业"};
    static final String[] BUSINESS = {"主营动力电池及储能系统", "主营光伏组件和电池片", "主营功率半导体器件", "主营工业机器人及伺服系统",
            "主营新能源汽车整车", "主营医疗器械", "主营显示面板", "主营锂电材料", "主营数据中心服务"};
    static final String[] REGIONS = {"北京市海淀区", "北京市亦庄", "天津市滨海新区", "河北省雄安新区", "上海市浦东新区", "江苏省苏州市",
            "浙江省杭州市", "安徽省合肥市", "广东省深圳市南山区", "广东省东莞市", "广东省广州市黄埔区", "山西省太原市"};
    static final String[] INDUSTRY = {"新能源", "新材料", "高端装备制造", "半导体", "生物医药", "数字经济", "节能环保", "现代物流"};
    static final String[] TITLES = {"董事长", "总经理", "副总经理", "投资总监", "战略发展部部长", "华北区总经理"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
    static final String[] TALK = {"介绍高新区产业基础、要素保障和招商政策", "对方介绍华北产能布局规划", "重点洽谈电池包生产基地项目选址",
            "对方关注用地指标、电价和人才政策", "双方就设立区域总部交换意见", "对方计划明年上半年启动新一轮扩产",
            "围绕上下游配套企业落地进行了深入交流", "对方对潞州区标准化厂房表示兴趣"};
    static final String[] INTENT = {"无", "一般", "较强", "明确"};
    static final String[] FOLLOW = {"邀请下月来长治考察", "由投资促进部牵头出具项目建议书", "保持季度回访", "对接市发改委落实能耗指标",
            "组织专班跟踪", "寄送产业园区宣传资料"};

    private SampleData() { }

    /** {@code n} visits spread over 2026, in date order, numbered #V-000001…; about 1 in 40 late, 1 in 100 withdrawn. */
    static List<ExportRow> visits(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ExportRow> rows = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate date = start.plusDays((long) i * 365 / n);
            String enterprise = pick(rnd, PREFIX) + pick(rnd, MIDDLE) + pick(rnd, SUFFIX);
            String info = pick(rnd, SCALE) + "，" + pick(rnd, BUSINESS) + "，年营收约" + (5 + rnd.nextInt(995)) + "亿元";
            String contacts = pick(rnd, SURNAMES) + "总（" + pick(rnd, TITLES) + "）、" + pick(rnd, SURNAMES) + "经理";
            String ours = pick(rnd, REPORTERS) + "、" + pick(rnd, REPORTERS);
            String content = pick(rnd, TALK) + "；" + pick(rnd, TALK) + "。";
            Long amount = rnd.nextInt(3) == 0 ? null : (long) (1 + rnd.nextInt(2000)) * 1_000_000L;
            boolean late = rnd.nextInt(40) == 0;
            Instant recorded = date.atTime(18 + rnd.nextInt(4), rnd.nextInt(60)).atZone(SHANGHAI).toInstant()
                    .plusSeconds(late ? 2 * 86_400 : 0);
            VisitReport report = new VisitReport(date, enterprise, info, pick(rnd, REGIONS), pick(rnd, INDUSTRY),
                    contacts, ours, content, pick(rnd, INTENT), amount, pick(rnd, FOLLOW));
            rows.add(new ExportRow(String.format("#V-%06d", i + 1), TEAMS[rnd.nextInt(TEAMS.length)],
                    pick(rnd, REPORTERS), recorded, late, rnd.nextInt(100) == 0, report));
        }
        return rows;
    }

    private static String pick(SplittableRandom rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

}
