package zhaoshang.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import zhaoshang.config.Letterhead;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;

/**
 * 调度会材料: the paper 投资促进部 brings to the monthly 调度会 (work plan 五(三)): each team's figures against the
 * targets and the ranking, the month's signings and the year's 亿元以上 projects, the problems needing a decision,
 * next month's trips.
 */
final class MeetingPack {

    /** The figures of the table, in the order of the targets (key, column header). */
    static final List<String[]> COLUMNS = List.of(new String[] {"visits", "走访\n（月）"},
            new String[] {"leads", "线索\n（月）"}, new String[] {"inspections", "考察\n（季）"},
            new String[] {"signings", "签约\n（年）"}, new String[] {"landed", "亿元落地\n（年）"},
            new String[] {"tripDays", "外出天数\n（月）"});

    private MeetingPack() { }

    static byte[] write(OfficePapers.Facts f, Letterhead letterhead) {
        String period = f.period().label();
        Docx d = new Docx(false, false)
                .documentNumber(letterhead.documentNumber(f.period().start().getYear()))
                .title(period + "招商工作调度会材料")
                .subtitle(letterhead.office() + "　" + Dates.chinese(f.today()));

        d.heading("一、总体情况");
        d.paragraph(overall(f));

        d.heading("二、各工作组任务完成情况");
        d.paragraph("按完成率（各项任务完成比例加权，单项超额不抵补其他项）排序，“实际/目标”中考察按季度、签约和亿元以上项目落地按年度累计。");
        List<String> headers = new ArrayList<>(List.of("排名", "工作组"));
        COLUMNS.forEach(c -> headers.add(c[1]));
        headers.add("完成率");
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Place p : f.ranking()) {
            Map<String, Figure> figs = OfficePapers.byKey(p.progress());
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.rank()), p.progress().teamName()));
            for (String[] c : COLUMNS) {
                Figure fig = figs.get(c[0]);
                row.add(fig == null ? "—" : OfficePapers.figure(fig));
            }
            row.add(Math.round(p.score()) + "%");
            rows.add(row);
        }
        d.table(headers, rows, new int[] {5, 16, 8, 8, 8, 8, 9, 9, 9},
                new boolean[] {false, false, true, true, true, true, true, true, true});

        d.heading("三、签约及亿元以上项目");
        if (f.signings().isEmpty()) {
            d.paragraph("本月无新签约项目。");
        } else {
            d.paragraph("本月新签约项目" + f.signings().size() + "个，总投资" + OfficePapers.money(sum(f.signings())) + "：");
            d.table(List.of("序号", "工作组", "项目名称", "企业名称", "签约日期", "投资额", "进度"),
                    signingRows(f.signings()), new int[] {5, 14, 20, 20, 10, 10, 7},
                    new boolean[] {false, false, false, false, false, true, false});
        }
        if (f.bigProjects().isEmpty()) {
            d.paragraph(f.period().start().getYear() + "年至今暂无" + yi(f) + "以上签约项目。");
        } else {
            d.paragraph(f.period().start().getYear() + "年至今" + yi(f) + "以上项目" + f.bigProjects().size() + "个：");
            d.table(List.of("序号", "工作组", "项目名称", "企业名称", "签约日期", "投资额", "进度"),
                    signingRows(f.bigProjects()), new int[] {5, 14, 20, 20, 10, 10, 7},
                    new boolean[] {false, false, false, false, false, true, false});
        }

        d.heading("四、需要研究解决的问题");
        if (f.problems().isEmpty()) {
            d.paragraph("各工作组签约项目台账中暂无需要协调解决的问题。");
        } else {
            int i = 0;
            for (OfficePapers.Problem p : f.problems()) {
                d.paragraph("（" + OfficePapers.chineseNumber(++i) + "）" + p.project() + "（" + p.team() + "，" + p.number()
                        + "）：" + p.issue());
            }
        }

        d.heading("五、下月工作安排");
        if (f.nextTrips().isEmpty()) {
            d.paragraph("各工作组尚未报送下月外出工作计划，请于外出前报投资促进部备案。");
        } else {
            List<List<String>> trips = new ArrayList<>();
            int i = 0;
            for (OfficePapers.Trip t : f.nextTrips()) {
                trips.add(List.of(String.valueOf(++i), t.team(),
                        OfficePapers.days(t.report().departDate(), t.report().returnDate()),
                        nz(t.report().destination()), nz(LedgerLayout.plannedVisits(t.report()))));
            }
            d.table(List.of("序号", "工作组", "时间", "目标区域/城市", "拟拜访企业"), trips, new int[] {5, 14, 16, 16, 30},
                    null);
        }
        String behind = behind(f.progress());
        if (!behind.isEmpty()) d.paragraph(behind);
        d.signature(letterhead.office(), f.today());
        return d.bytes();
    }

    private static String overall(OfficePapers.Facts f) {
        long visits = 0, leads = 0, inspections = 0, days = 0;
        for (TeamProgress t : f.progress()) {
            Map<String, Figure> figs = OfficePapers.byKey(t);
            visits += actual(figs, "visits");
            leads += actual(figs, "leads");
            inspections += actual(figs, "inspections");
            days += actual(figs, "tripDays");
        }
        return f.period().label() + "，" + f.progress().size() + "个招商工作组累计外出" + days + "天，走访重点企业" + visits
                + "家，提供有价值招商线索" + leads + "条；本季度组织企业来区考察" + inspections + "家；本月新签约项目"
                + f.signings().size() + "个" + (f.signings().isEmpty() ? "" : "，总投资" + OfficePapers.money(sum(f.signings())))
                + "；本年" + yi(f) + "以上签约项目" + f.bigProjects().size() + "个。";
    }

    /** Teams short of a monthly target: what the 调度会 asks of them next month. */
    static String behind(List<TeamProgress> teams) {
        List<String> parts = new ArrayList<>();
        for (TeamProgress t : teams) {
            List<String> gaps = new ArrayList<>();
            for (Figure f : t.figures()) {
                if (f.gap() > 0 && (f.key().equals("visits") || f.key().equals("leads") || f.key().equals("tripDays"))) {
                    gaps.add(f.shortLabel() + "差" + f.gap());
                }
            }
            if (!gaps.isEmpty()) parts.add(t.teamName() + "（" + String.join("、", gaps) + "）");
        }
        return parts.isEmpty() ? "" : "本月未完成月度任务的工作组：" + String.join("；", parts) + "。请下月加大走访和线索收集力度，补齐差距。";
    }

    static List<List<String>> signingRows(List<OfficePapers.Signed> list) {
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (OfficePapers.Signed s : list) {
            rows.add(List.of(String.valueOf(++i), s.team(), nz(s.report().project()), nz(s.report().enterprise()),
                    s.report().date() == null ? "" : Dates.monthDay(s.report().date()), OfficePapers.money(s.report().amountYuan()),
                    nz(s.report().progress())));
        }
        return rows;
    }

    static long sum(List<OfficePapers.Signed> list) {
        return list.stream().mapToLong(s -> s.report().amountYuan() == null ? 0 : s.report().amountYuan()).sum();
    }

    /** 亿元 for the configured threshold (1亿元 by default). */
    static String yi(OfficePapers.Facts f) {
        return f.thresholdYuan() == 100_000_000L ? "亿元" : OfficePapers.money(f.thresholdYuan());
    }

    private static long actual(Map<String, Figure> figs, String key) {
        Figure f = figs.get(key);
        return f == null ? 0 : f.actual();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
