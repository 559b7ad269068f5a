package zhaoshang.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads and validates bot-config/. Every problem stops startup with a {@link ConfigException} naming
 * the file, the entry and what is wrong, in Chinese, so that an admin can fix it.
 * Values may refer to environment variables as {@code ${NAME}} so that secrets stay out of git.
 */
public final class ConfigLoader {

    static final List<String> PLATFORMS = List.of("local", "dingtalk", "wecom");
    static final List<String> TARGET_PERIODS = List.of("day", "month", "quarter", "year");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Path dir;
    private final Function<String, String> env;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public ConfigLoader(Path dir, Function<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    public BotConfig load() {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir.toString(), "", "配置目录不存在，请检查 BOT_CONFIG_DIR");
        }
        List<Team> teams = teams();
        Set<String> teamIds = new HashSet<>();
        teams.forEach(t -> teamIds.add(t.id()));
        List<Member> members = members(teamIds);
        List<Conversation> conversations = conversations(teamIds);
        Targets targets = targets();
        Schedules schedules = schedules();
        Path holidaysDir = dir.resolve("holidays");
        HolidayCalendar holidays = Files.isDirectory(holidaysDir) ? HolidayCalendar.load(holidaysDir) : HolidayCalendar.empty();
        return new BotConfig(teams, members, conversations, targets, schedules, holidays, List.of(), letterhead());
    }

    // ---------------------------------------------------------------- documents (optional)

    private Letterhead letterhead() {
        String file = "documents.yaml";
        if (!Files.isRegularFile(dir.resolve(file))) return Letterhead.DEFAULT;
        JsonNode n = read(file);
        Letterhead d = Letterhead.DEFAULT;
        String office = text(n, "office");
        String entry = "documents";
        return new Letterhead(office == null ? d.office() : substitute(file, entry, office),
                orDefault(file, text(n, "unitPrefix"), d.unitPrefix()),
                orDefault(file, text(n, "documentNumber"), d.documentNumber()),
                orDefault(file, text(n, "host"), d.host()),
                orDefault(file, text(n, "contact"), d.contact()));
    }

    private String orDefault(String file, String value, String fallback) {
        return value == null ? fallback : substitute(file, "documents", value);
    }

    // ---------------------------------------------------------------- teams

    private List<Team> teams() {
        String file = "teams.yaml";
        JsonNode list = list(file, "teams");
        List<Team> teams = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String entry = "工作组 第" + (i + 1) + "项";
            String id = required(file, entry, n, "id");
            entry = "工作组 \"" + id + "\"（第" + (i + 1) + "项）";
            String name = required(file, entry, n, "name");
            if (!ids.add(id)) throw new ConfigException(path(file), entry, "id \"" + id + "\" 重复");
            if (!names.add(name)) throw new ConfigException(path(file), entry, "名称 \"" + name + "\" 重复");
            teams.add(new Team(id, name, text(n, "region"), text(n, "directions"), text(n, "radiation"), text(n, "partners")));
        }
        if (teams.isEmpty()) throw new ConfigException(path(file), "teams", "至少需要一个工作组");
        return teams;
    }

    // ---------------------------------------------------------------- members

    private List<Member> members(Set<String> teamIds) {
        String file = "members.yaml";
        JsonNode list = list(file, "members");
        List<Member> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> platformIds = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String entry = "成员 第" + (i + 1) + "项";
            String id = required(file, entry, n, "id");
            entry = "成员 \"" + id + "\"（第" + (i + 1) + "项）";
            if (!ids.add(id)) throw new ConfigException(path(file), entry, "id \"" + id + "\" 重复");
            String name = required(file, entry, n, "name");
            String roleText = required(file, entry, n, "role");
            Role role = Role.fromLabel(roleText);
            if (role == null) {
                throw new ConfigException(path(file), entry,
                        "角色 \"" + roleText + "\" 无效，只能是 组员、组长、投资促进部、领导");
            }
            String team = text(n, "team");
            if (team != null && !teamIds.contains(team)) {
                throw new ConfigException(path(file), entry, "所属工作组 \"" + team + "\" 在 teams.yaml 中不存在");
            }
            if (team == null && (role == Role.MEMBER || role == Role.LEADER)) {
                throw new ConfigException(path(file), entry, role.label() + "必须填写所属工作组 team");
            }
            Map<String, String> pids = new LinkedHashMap<>();
            JsonNode idsNode = n.get("ids");
            if (idsNode != null && !idsNode.isNull()) {
                if (!idsNode.isObject()) throw new ConfigException(path(file), entry, "ids 应为 平台: 用户ID 的映射");
                for (Iterator<Map.Entry<String, JsonNode>> it = idsNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!PLATFORMS.contains(e.getKey())) {
                        throw new ConfigException(path(file), entry, "未知平台 \"" + e.getKey() + "\"，只能是 " + PLATFORMS);
                    }
                    String uid = substitute(file, entry, e.getValue().asText("").trim());
                    if (uid.isEmpty()) continue;
                    String prev = platformIds.putIfAbsent(e.getKey() + ":" + uid, id);
                    if (prev != null) {
                        throw new ConfigException(path(file), entry,
                                e.getKey() + " 用户ID \"" + uid + "\" 与成员 \"" + prev + "\" 重复");
                    }
                    pids.put(e.getKey(), uid);
                }
            }
            // The local simulator always knows a member by our own id.
            if (!pids.containsKey("local")) {
                String prev = platformIds.putIfAbsent("local:" + id, id);
                if (prev != null) {
                    throw new ConfigException(path(file), entry, "local 用户ID \"" + id + "\" 与成员 \"" + prev + "\" 重复");
                }
                pids.put("local", id);
            }
            members.add(new Member(id, name, team, role, pids));
        }
        return members;
    }

    // ---------------------------------------------------------------- conversations

    private List<Conversation> conversations(Set<String> teamIds) {
        String file = "conversations.yaml";
        JsonNode list = list(file, "conversations");
        List<Conversation> result = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String entry = "群 第" + (i + 1) + "项";
            String id = required(file, entry, n, "id");
            entry = "群 \"" + id + "\"（第" + (i + 1) + "项）";
            String platform = required(file, entry, n, "platform");
            if (!PLATFORMS.contains(platform)) {
                throw new ConfigException(path(file), entry, "未知平台 \"" + platform + "\"，只能是 " + PLATFORMS);
            }
            if (!keys.add(platform + ":" + id)) throw new ConfigException(path(file), entry, "id \"" + id + "\" 重复");
            String name = required(file, entry, n, "name");
            String team = text(n, "team");
            boolean coordination = n.path("coordination").asBoolean(false);
            if (team != null && !teamIds.contains(team)) {
                throw new ConfigException(path(file), entry, "所属工作组 \"" + team + "\" 在 teams.yaml 中不存在");
            }
            if (team == null && !coordination) {
                throw new ConfigException(path(file), entry, "请填写 team（工作组群）或 coordination: true（投资促进部协调群）");
            }
            if (team != null && coordination) {
                throw new ConfigException(path(file), entry, "team 与 coordination 只能二选一");
            }
            Map<String, String> settings = new LinkedHashMap<>();
            JsonNode s = n.get("settings");
            if (s != null && s.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    settings.put(e.getKey(), substitute(file, entry, e.getValue().asText("")));
                }
            }
            result.add(new Conversation(id, platform, name, team, coordination, settings));
        }
        return result;
    }

    // ---------------------------------------------------------------- targets

    private Targets targets() {
        String file = "targets.yaml";
        JsonNode root = read(file);
        JsonNode node = root.get("targets");
        if (node == null || !node.isObject()) throw new ConfigException(path(file), "targets", "缺少 targets");
        List<Target> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String entry = "目标 \"" + e.getKey() + "\"";
            JsonNode n = e.getValue();
            String label = required(file, entry, n, "label");
            JsonNode amount = n.get("amount");
            if (amount == null || !amount.canConvertToInt() || !amount.isIntegralNumber() || amount.asInt() < 0) {
                throw new ConfigException(path(file), entry, "amount 应为不小于 0 的整数");
            }
            String period = required(file, entry, n, "period");
            if (!TARGET_PERIODS.contains(period)) {
                throw new ConfigException(path(file), entry, "period \"" + period + "\" 无效，只能是 " + TARGET_PERIODS);
            }
            JsonNode w = n.get("weight");
            double weight = w == null ? 0 : w.asDouble(Double.NaN);
            if (Double.isNaN(weight) || weight < 0) throw new ConfigException(path(file), entry, "weight 应为不小于 0 的数");
            list.add(new Target(e.getKey(), label, amount.asInt(), period, weight));
        }
        JsonNode threshold = root.path("landedThresholdYuan");
        long thresholdYuan = threshold.isMissingNode() ? 100_000_000L : threshold.asLong(-1);
        if (thresholdYuan <= 0) throw new ConfigException(path(file), "landedThresholdYuan", "应为正整数（元）");
        return new Targets(list, thresholdYuan);
    }

    // ---------------------------------------------------------------- schedules

    private Schedules schedules() {
        String file = "schedules.yaml";
        JsonNode root = read(file);
        JsonNode quiet = root.path("quietHours");
        LocalTime from = time(file, "quietHours.from", quiet.path("from").asText("21:00"));
        LocalTime to = time(file, "quietHours.to", quiet.path("to").asText("08:00"));
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        JsonNode reminders = root.path("reminders");
        for (Iterator<Map.Entry<String, JsonNode>> it = reminders.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, Object> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> v = f.next();
                String entry = "reminders." + e.getKey() + "." + v.getKey();
                JsonNode value = v.getValue();
                if (v.getKey().toLowerCase().endsWith("time")) {
                    values.put(v.getKey(), time(file, entry, value.asText()));
                } else if (value.isBoolean()) {
                    values.put(v.getKey(), value.asBoolean());
                } else if (value.isIntegralNumber()) {
                    if (value.asInt() < 0) throw new ConfigException(path(file), entry, "应为不小于 0 的整数");
                    values.put(v.getKey(), value.asInt());
                } else {
                    values.put(v.getKey(), value.asText());
                }
            }
            rules.put(e.getKey(), values);
        }
        return new Schedules(from, to, rules);
    }

    private LocalTime time(String file, String entry, String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new ConfigException(path(file), entry, "时间 \"" + text + "\" 无效，请写成 24 小时制 HH:mm，例如 19:00");
        }
    }

    // ---------------------------------------------------------------- helpers

    private String path(String file) {
        return dir.resolve(file).toString();
    }

    private JsonNode read(String file) {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) throw new ConfigException(p.toString(), "", "文件不存在");
        try {
            JsonNode n = yaml.readTree(p.toFile());
            if (n == null || !n.isObject()) throw new ConfigException(p.toString(), "", "文件为空或格式不对");
            return n;
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new ConfigException(p.toString(), "", "YAML 格式错误：" + msg, e);
        }
    }

    private JsonNode list(String file, String key) {
        JsonNode n = read(file).get(key);
        if (n == null || !n.isArray()) throw new ConfigException(path(file), key, "缺少列表 " + key);
        return n;
    }

    private String required(String file, String entry, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) throw new ConfigException(path(file), entry, "缺少 " + field);
        return substitute(file, entry, v);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        String s;
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            s = String.join("、", parts);
        } else {
            s = v.asText();
        }
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    private String substitute(String file, String entry, String value) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = env.apply(m.group(1));
            if (v == null) {
                throw new ConfigException(path(file), entry, "引用的环境变量 " + m.group(1) + " 未设置（请写进 .env）");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
