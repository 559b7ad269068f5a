package zhaoshang.bot.commands;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import zhaoshang.bot.Command;
import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Team;
import zhaoshang.export.InspectionPapers;
import zhaoshang.export.InspectionPlan;
import zhaoshang.export.LedgerExport;
import zhaoshang.report.ChineseDates;

/**
 * 考察计划 (企业、时间、来访人员、行程 …, one field a line): drafts of the 考察邀请函 and the 《考察接待方案》 as Word
 * documents for 投资促进部 to edit. A team's 组长 sends it in the team's group, 投资促进部 in either group.
 */
public final class InspectionPlanCommand implements Command {

    /** Field names as people write them → the field. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        for (String k : List.of("企业名称", "考察企业", "来访企业", "企业", "单位")) KEYS.put(k, "enterprise");
        for (String k : List.of("考察时间", "考察日期", "来访时间", "时间", "日期")) KEYS.put(k, "date");
        for (String k : List.of("来访人员", "来访人", "客人", "人员")) KEYS.put(k, "visitors");
        for (String k : List.of("行程安排", "考察行程", "考察内容", "行程", "安排")) KEYS.put(k, "itinerary");
        for (String k : List.of("考察区域", "区域", "地点")) KEYS.put(k, "area");
        for (String k : List.of("陪同人员", "陪同")) KEYS.put(k, "companions");
        for (String k : List.of("联系人", "联系方式")) KEYS.put(k, "contact");
        for (String k : List.of("洽谈事项", "事项", "项目", "目的")) KEYS.put(k, "purpose");
        KEYS.put("工作组", "team");
    }

    private final BotConfig config;
    private final ZoneId zone;

    public InspectionPlanCommand(BotConfig config, ZoneId zone) {
        this.config = config;
        this.zone = zone;
    }

    @Override
    public String help() {
        return PaperTexts.INSPECTION_HELP;
    }

    @Override
    public Optional<List<Reply>> handle(Request request) {
        String text = request.text().strip();
        if (!text.startsWith("考察计划") && !text.startsWith("考察接待方案") && !text.startsWith("考察邀请函")) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> itinerary = new ArrayList<>();
        String[] lines = text.split("\n");
        String first = lines[0].replaceFirst("^(考察计划|考察接待方案|考察邀请函)[：:\\s]*", "").strip();
        List<String> rest = new ArrayList<>();
        if (!first.isEmpty()) rest.add(first);
        for (int i = 1; i < lines.length; i++) rest.add(lines[i].strip());
        String last = null;
        for (String line : rest) {
            if (line.isEmpty()) continue;
            Map.Entry<String, String> kv = field(line);
            if (kv == null) {
                if ("itinerary".equals(last) || fields.containsKey("enterprise")) itinerary.add(line);
                else fields.putIfAbsent("enterprise", line);
                continue;
            }
            last = kv.getKey();
            if (kv.getKey().equals("itinerary")) {
                for (String item : kv.getValue().split("[；;]")) if (!item.isBlank()) itinerary.add(item.strip());
            } else {
                fields.put(kv.getKey(), kv.getValue());
            }
        }
        String enterprise = fields.get("enterprise");
        LocalDate today = LocalDate.ofInstant(request.now(), zone);
        if (enterprise == null || fields.get("date") == null) return text(PaperTexts.INSPECTION_TEMPLATE);
        Optional<ChineseDates.Range> range = ChineseDates.parseRange(fields.get("date"), today,
                ChineseDates.Resolution.NEAREST);
        LocalDate from = range.map(ChineseDates.Range::start)
                .or(() -> ChineseDates.parse(fields.get("date"), today, ChineseDates.Resolution.NEAREST)).orElse(null);
        if (from == null) return text(PaperTexts.inspectionBadDate(fields.get("date")));
        LocalDate to = range.map(ChineseDates.Range::end).orElse(from);

        Team named = fields.get("team") == null ? null : TeamNames.find(fields.get("team"), config.teams())
                .map(TeamNames.Found::team).orElse(null);
        Permissions.Scope scope = Permissions.inspectionPlan(request, config, named);
        if (!scope.allowed()) return text(scope.refusal());
        String teamName = scope.allTeams() ? null : scope.team().name();  // 投资促进部, no team named: none
        InspectionPlan plan = new InspectionPlan(enterprise, from, to, fields.get("visitors"), itinerary,
                fields.get("area"), fields.get("companions"), fields.get("contact"), teamName, fields.get("purpose"));
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(PaperTexts.inspectionSent(enterprise)));
        for (LedgerExport.File f : InspectionPapers.drafts(plan, config.letterhead(), today)) {
            replies.add(Reply.file(f.fileName(), f.content()));
        }
        return Optional.of(replies);
    }

    /** "企业：宁德时代" → (enterprise, 宁德时代); null when the line names no field. */
    private static Map.Entry<String, String> field(String line) {
        for (Map.Entry<String, String> k : KEYS.entrySet()) {
            if (line.startsWith(k.getKey())) {
                String v = line.substring(k.getKey().length()).replaceFirst("^\\s*[：:]?\\s*", "").strip();
                boolean colon = line.substring(k.getKey().length()).stripLeading().matches("^[：:].*");
                if (colon || !v.isEmpty() && line.length() > k.getKey().length()
                        && Character.isWhitespace(line.charAt(k.getKey().length()))) {
                    return v.isEmpty() ? null : Map.entry(k.getValue(), v);
                }
            }
        }
        return null;
    }

    private static Optional<List<Reply>> text(String s) {
        return Optional.of(List.of(Reply.text(s)));
    }
}
