package zhaoshang.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import zhaoshang.config.Letterhead;
import zhaoshang.progress.Figure;
import zhaoshang.progress.Ranking;
import zhaoshang.progress.TeamProgress;

/**
 * 季度通报: 投资促进部's quarterly notice on the teams' work (work plan 五(三) “每季度要对各招商组工作情况进行通报”):
 * the quarter's totals, each team's figures against the targets and its place, the year's 亿元以上 projects, the teams
 * short of a target by name, and what is asked for next quarter.
 */
final class QuarterlyBulletin {

    private QuarterlyBulletin() { }

    static byte[] write(OfficePapers.Facts f, Letterhead letterhead) {
        String quarter = f.period().label();
        Docx d = new Docx(false, false)
                .documentNumber(letterhead.documentNumber(f.period().start().getYear()))
                .title("关于" + quarter + "各招商工作组\n工作情况的通报")
                .addressee("各招商工作组：");
        d.paragraph("根据《关于组建联合招商组赴重点区域开展招商引资工作方案》“每季度要对各招商组工作情况进行通报”的要求，现将"
                + quarter + "各招商工作组工作情况通报如下：");

        d.heading("一、总体情况");
        d.paragraph(overall(f));

        d.heading("二、各工作组完成情况");
        List<String> headers = new ArrayList<>(List.of("名次", "工作组"));
        List<String> keys = new ArrayList<>();
        if (!f.progress().isEmpty()) {
            for (Figure fig : f.progress().get(0).figures()) {
                keys.add(fig.key());
                headers.add(fig.shortLabel() + "\n（" + switch (fig.period().kind()) {
                    case MONTH -> "月";
                    case QUARTER -> "季";
                    case YEAR -> "年";
                    case CUSTOM -> fig.period().label();
                } + "）");
            }
        }
        headers.add("完成率");
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Place p : f.ranking()) {
            Map<String, Figure> figs = OfficePapers.byKey(p.progress());
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.rank()), p.progress().teamName()));
            for (String k : keys) row.add(figs.containsKey(k) ? OfficePapers.figure(figs.get(k)) : "—");
            row.add(Math.round(p.score()) + "%");
            rows.add(row);
        }
        int[] weights = new int[headers.size()];
        boolean[] right = new boolean[headers.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == 1 ? 16 : i == 0 ? 5 : 9;
            right[i] = i >= 2;
        }
        d.table(headers, rows, weights, right);
        if (!f.ranking().isEmpty()) {
            Ranking.Place first = f.ranking().get(0);
            d.paragraph(first.progress().teamName() + "综合完成率" + Math.round(first.score()) + "%，位列第一"
                    + (first.score() >= 100 ? "，全面完成任务，予以通报表扬。" : "。"));
        }

        d.heading("三、签约及亿元以上项目");
        if (f.signings().isEmpty()) {
            d.paragraph("本季度无新签约项目。");
        } else {
            d.paragraph("本季度新签约项目" + f.signings().size() + "个，总投资" + OfficePapers.money(MeetingPack.sum(f.signings())) + "：");
            d.table(List.of("序号", "工作组", "项目名称", "企业名称", "签约日期", "投资额", "进度"),
                    MeetingPack.signingRows(f.signings()), new int[] {5, 14, 20, 20, 10, 10, 7},
                    new boolean[] {false, false, false, false, false, true, false});
        }
        d.paragraph(f.period().start().getYear() + "年至今" + MeetingPack.yi(f) + "以上签约项目" + f.bigProjects().size() + "个"
                + (f.bigProjects().isEmpty() ? "。" : "，总投资" + OfficePapers.money(MeetingPack.sum(f.bigProjects())) + "。"));

        d.heading("四、存在的问题");
        List<String> shortfalls = shortfalls(f.progress());
        if (shortfalls.isEmpty()) {
            d.paragraph("本季度各工作组均完成季度任务。");
        } else {
            int i = 0;
            for (String s : shortfalls) d.paragraph("（" + OfficePapers.chineseNumber(++i) + "）" + s);
        }
        if (!f.problems().isEmpty()) {
            d.paragraph("签约项目中有" + f.problems().size() + "个存在需要协调解决的问题，已提交调度会研究。");
        }

        d.heading("五、下步工作要求");
        d.paragraph("（一）各工作组要对照年度任务，查找差距，每月拜访重点企业不少于15家、提供有价值招商信息不少于6条，"
                + "每季度组织不少于6家企业来区考察。");
        d.paragraph("（二）对意向项目实行“一对一”跟踪服务，明确责任人、时间节点和推进路径，按月更新《签约项目台账》。");
        d.paragraph("（三）严格落实“一月一汇总”，每月月底前将四本台账报送投资促进部备案。");
        d.signature(letterhead.office(), f.today());
        return d.bytes();
    }

    private static String overall(OfficePapers.Facts f) {
        long visits = 0, leads = 0, inspections = 0;
        for (TeamProgress t : f.progress()) {
            Map<String, Figure> figs = OfficePapers.byKey(t);
            visits += figs.containsKey("visits") ? figs.get("visits").actual() : 0;
            leads += figs.containsKey("leads") ? figs.get("leads").actual() : 0;
            inspections += figs.containsKey("inspections") ? figs.get("inspections").actual() : 0;
        }
        return f.period().label() + "，" + f.progress().size() + "个招商工作组共走访重点企业" + visits + "家，提供有价值招商线索"
                + leads + "条，组织企业来区考察" + inspections + "家，新签约项目" + f.signings().size() + "个"
                + (f.signings().isEmpty() ? "" : "，总投资" + OfficePapers.money(MeetingPack.sum(f.signings()))) + "。";
    }

    /** 第三工作组：走访32家，距目标45家差13家；… one line per team short of a target of the quarter. */
    static List<String> shortfalls(List<TeamProgress> teams) {
        List<String> out = new ArrayList<>();
        for (TeamProgress t : teams) {
            List<String> gaps = new ArrayList<>();
            for (Figure f : t.figures()) {
                if (f.gap() > 0 && f.period().kind() != zhaoshang.progress.Period.Kind.YEAR) {
                    gaps.add(f.label() + f.actual() + "，距目标" + f.target() + "差" + f.gap());
                }
            }
            if (!gaps.isEmpty()) out.add(t.teamName() + "：" + String.join("；", gaps) + "。");
        }
        return out;
    }
}
