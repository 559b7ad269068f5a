package zhaoshang.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.config.Letterhead;

/**
 * Drafts of the 考察邀请函 and the 《考察接待方案》 from an inspection plan (细则 三(一): 投资促进部 sends the invitation and
 * helps the team write the reception plan). Both are marked 草稿 for the office to edit before they go out.
 */
public final class InspectionPapers {

    private InspectionPapers() { }

    /** The invitation and the reception plan, as .docx files named after the enterprise. */
    public static List<LedgerExport.File> drafts(InspectionPlan plan, Letterhead letterhead, LocalDate today) {
        String name = safe(plan.enterprise());
        return List.of(new LedgerExport.File("考察邀请函_" + name + ".docx", invitation(plan, letterhead, today)),
                new LedgerExport.File("考察接待方案_" + name + ".docx", receptionPlan(plan, letterhead, today)));
    }

    static byte[] invitation(InspectionPlan p, Letterhead letterhead, LocalDate today) {
        String area = area(p);
        Docx d = new Docx(false, true).title("邀　请　函").addressee(p.enterprise() + "：");
        d.paragraph("感谢贵公司长期以来对" + area + "发展的关注和支持！" + (p.purpose() == null ? "" : "经前期就" + p.purpose() + "沟通对接，")
                + "为进一步加深了解、推动合作，我们诚挚邀请贵公司" + (p.visitors() == null ? "" : p.visitors())
                + "于" + when(p) + "莅临" + area + "考察指导，实地了解区域产业基础、要素保障和营商环境，共商合作事宜。");
        if (!p.itinerary().isEmpty()) {
            d.paragraph("考察期间拟作如下安排：");
            int i = 0;
            for (String item : p.itinerary()) d.paragraph("（" + OfficePapers.chineseNumber(++i) + "）" + item);
        }
        d.paragraph("我们将为贵公司考察做好全程服务保障，热忱期待贵公司的到来！");
        String contact = p.contact() != null ? p.contact() : letterhead.contact();
        d.paragraph("联系人：" + (contact == null ? "＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿" : contact));
        d.signature(letterhead.host(), today);
        return d.bytes();
    }

    static byte[] receptionPlan(InspectionPlan p, Letterhead letterhead, LocalDate today) {
        String area = area(p);
        Docx d = new Docx(false, true).title(p.enterprise() + "\n来" + area + "考察接待方案");
        d.paragraph("为做好" + p.enterprise() + "来" + area + "考察接待工作，推动项目尽快落地，特制定本方案。");
        d.heading("一、考察时间");
        d.paragraph(when(p) + "。");
        d.heading("二、来访人员");
        d.paragraph((p.visitors() == null ? "（待确认）" : p.visitors()) + "。");
        d.heading("三、考察区域及内容");
        d.paragraph(area + (p.purpose() == null ? "" : "；洽谈事项：" + p.purpose()) + "。");
        d.heading("四、行程安排");
        if (p.itinerary().isEmpty()) {
            d.paragraph("（待各招商组与企业确认后补充）");
        } else {
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (String item : p.itinerary()) rows.add(List.of(String.valueOf(++i), item, "", ""));
            d.table(List.of("序号", "时间及内容", "地点", "陪同人员"), rows, new int[] {6, 44, 20, 18}, null);
        }
        d.heading("五、接待分工");
        d.paragraph("（一）总体协调：" + letterhead.office() + "负责制定方案、发出邀请、协调各方。");
        d.paragraph("（二）对接联络：" + (p.teamName() == null ? "相关招商工作组" : p.teamName())
                + "负责与企业确认行程、人员和需求，全程陪同。");
        d.paragraph("（三）陪同人员：" + (p.companions() == null ? "（待确定）" : p.companions()) + "。");
        d.paragraph("（四）参观点位、座谈会场、宣传资料（两区产业政策汇编、产业图谱、重点招商项目清单）由投资促进部会同有关部门准备。");
        d.heading("六、有关要求");
        d.paragraph("（一）严格遵守中央八项规定精神，接待从简，不得超标准安排。");
        d.paragraph("（二）坚持诚信招商，不得作出不符合政策规定的承诺。");
        d.paragraph("（三）考察结束后，" + (p.teamName() == null ? "招商工作组" : p.teamName())
                + "及时将考察情况录入《邀请来高新区、潞州区考察台账》，做好后续跟踪。");
        d.signature(letterhead.office(), today);
        return d.bytes();
    }

    /** 2026年12月10日至11日 / 2026年12月10日. */
    static String when(InspectionPlan p) {
        if (p.to().equals(p.from())) return Dates.chinese(p.from());
        if (p.to().getYear() == p.from().getYear() && p.to().getMonth() == p.from().getMonth()) {
            return Dates.chinese(p.from()) + "至" + p.to().getDayOfMonth() + "日";
        }
        return Dates.chinese(p.from()) + "至" + (p.to().getYear() == p.from().getYear() ? Dates.monthDay(p.to())
                : Dates.chinese(p.to()));
    }

    private static String area(InspectionPlan p) {
        return p.area() == null || p.area().isBlank() ? "长治高新区、潞州区" : p.area().startsWith("长治") ? p.area()
                : "长治" + p.area();
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        return t.length() > 30 ? t.substring(0, 30) : t.isEmpty() ? "企业" : t;
    }
}
