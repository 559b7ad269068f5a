package zhaoshang.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short forms of the enterprises recorded in full ({@link KnownEnterprises}): "宁德时代新能源科技股份有限公司" is
 * written "宁德时代", "深圳市英维克科技股份有限公司" "英维克". A short form is the name without its legal suffix, its
 * leading place (…省, …市, 北京 …) and what follows its first trade word (科技, 新能源, 电子 …); also the first four
 * characters. A clause naming such a short form names that enterprise.
 */
final class LearnedNames {

    private static final String[] PLACES = {"北京", "上海", "天津", "重庆", "山西", "河北", "河南", "山东", "江苏", "浙江", "安徽", "福建",
            "江西", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "辽宁", "吉林", "黑龙江",
            "内蒙古", "宁夏", "新疆", "西藏", "中国"};
    private static final String[] TRADES = {"新能源", "新材料", "科技", "电子", "能源", "智能", "汽车", "半导体", "光电", "信息", "技术",
            "实业", "控股", "集团", "化工", "医药", "生物", "材料", "装备", "电气", "电器", "通信", "网络", "软件", "数字", "重工", "机械",
            "精密", "制造", "发展", "投资", "建设", "股份", "有限", "环保", "光伏", "储能", "动力", "电池", "自动化", "微电子"};
    private static final Map<String, List<String>> FORMS = new ConcurrentHashMap<>();

    private LearnedNames() { }

    /** The full name of a known enterprise whose short form the clause holds (the longest form wins); null when none. */
    static String find(String clause, KnownEnterprises known) {
        if (known == null || known == KnownEnterprises.NONE) return null;
        String best = null;
        int bestLength = 0;
        Collection<String> names = known.fullNames();
        if (names == null) return null;
        for (String full : names) {
            if (full == null || full.length() < 6) continue;
            for (String form : forms(full)) {
                if (form.length() > bestLength && clause.contains(form) && !clause.contains(full)) {
                    best = full;
                    bestLength = form.length();
                }
            }
        }
        return best;
    }

    static List<String> forms(String full) {
        if (FORMS.size() > 20_000) FORMS.clear();
        return FORMS.computeIfAbsent(full, LearnedNames::compute);
    }

    private static List<String> compute(String full) {
        List<String> out = new ArrayList<>();
        if (OrgNames.find(full).isEmpty()) return out; // only names recorded with a legal suffix teach a short form
        String core = full;
        for (String s : OrgNames.SUFFIXES) {
            if (core.endsWith(s)) { core = core.substring(0, core.length() - s.length()); break; }
        }
        if (core.length() >= 4) out.add(core.substring(0, 4));
        String place = core;
        int city = place.indexOf('市');
        int province = place.indexOf('省');
        if (province > 0 && province <= 3) place = place.substring(province + 1);
        else if (city > 0 && city <= 3) place = place.substring(city + 1);
        else for (String p : PLACES) if (place.startsWith(p) && place.length() > p.length() + 1) { place = place.substring(p.length()); break; }
        int cut = place.length();
        for (String t : TRADES) {
            int i = place.indexOf(t);
            if (i >= 2 && i < cut) cut = i;
        }
        String shortForm = place.substring(0, cut);
        if (shortForm.length() >= 2 && ShortNames.acceptableForm(shortForm) && !out.contains(shortForm)) out.add(shortForm);
        return out;
    }
}
