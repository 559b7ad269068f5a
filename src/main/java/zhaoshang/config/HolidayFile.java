package zhaoshang.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one {@code bot-config/holidays/YYYY.yaml}. Every problem becomes a
 * {@link ConfigException} that names the file, the entry (e.g. {@code holidays 第2项（春节）}) and
 * what is wrong, in Chinese, for the admin who edits the file.
 */
final class HolidayFile {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** 2026-02-15, also tolerating 2026-2-15. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TOP_FIELDS = Set.of("year", "source", "holidays", "workdays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");

    private final String file;
    private final int fileYear;

    private HolidayFile(String file, int fileYear) {
        this.file = file;
        this.fileYear = fileYear;
    }

    static HolidayYear read(Path path, int yearFromFileName) {
        return new HolidayFile(path.toString(), yearFromFileName).read(path);
    }

    private HolidayYear read(Path path) {
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String line = where == null ? "" : "第 " + where.getLineNr() + " 行：";
            throw new ConfigException(file, null, "YAML 格式错误，" + line + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file, null, "无法读取文件：" + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(file, null, "文件是空的，至少要写 year、holidays 和 workdays");
        }
        if (!root.isObject()) {
            throw new ConfigException(file, null, "文件应以 year: 开头，写成“字段: 值”的形式");
        }
        rejectUnknownFields((ObjectNode) root, TOP_FIELDS, null);

        int year = readYear(root.get("year"));
        String source = root.hasNonNull("source") ? root.get("source").asText().trim() : "";
        List<Holiday> holidays = readHolidays(root.get("holidays"), year);
        Set<LocalDate> workdays = readWorkdays(root.get("workdays"), year, holidays);
        return new HolidayYear(year, source, holidays, workdays);
    }

    private int readYear(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ConfigException(file, "year", "缺少年份，请写 year: " + fileYear);
        }
        if (!node.canConvertToExactIntegral() || !node.isNumber()) {
            throw new ConfigException(file, "year", "年份“" + node.asText() + "”不是数字，请写 year: " + fileYear);
        }
        int year = node.asInt();
        if (year != fileYear) {
            throw new ConfigException(file, "year",
                    "年份 " + year + " 与文件名不一致，文件 " + fileYear + ".yaml 里应写 year: " + fileYear);
        }
        return year;
    }

    private List<Holiday> readHolidays(JsonNode node, int year) {
        if (node == null || node.isNull()) {
            throw new ConfigException(file, "holidays", "缺少 holidays（放假安排），请按通知逐项填写");
        }
        if (!node.isArray()) {
            throw new ConfigException(file, "holidays",
                    "holidays 应是列表，每项写成 - {name: 春节, from: " + year + "-02-15, to: " + year + "-02-23}");
        }
        List<Holiday> holidays = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        int index = 0;
        for (JsonNode item : node) {
            index++;
            String name = item.isObject() && item.hasNonNull("name") ? item.get("name").asText().trim() : "";
            String entry = "holidays 第" + index + "项" + (name.isEmpty() ? "" : "（" + name + "）");
            if (!item.isObject()) {
                throw new ConfigException(file, entry,
                        "应写成 {name: 节日名称, from: 开始日期, to: 结束日期}");
            }
            rejectUnknownFields((ObjectNode) item, HOLIDAY_FIELDS, entry);
            if (name.isEmpty()) {
                throw new ConfigException(file, entry, "缺少节日名称 name，例如 name: 春节");
            }
            LocalDate from = readDate(item.get("from"), entry, "开始日期 from", year);
            LocalDate to = readDate(item.get("to"), entry, "结束日期 to", year);
            if (to.isBefore(from)) {
                throw new ConfigException(file, entry, "结束日期 " + to + " 早于开始日期 " + from);
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                String earlier = seen.putIfAbsent(d, entry);
                if (earlier != null) {
                    throw new ConfigException(file, entry, "日期 " + d + " 重复，已在 " + earlier + " 中列出");
                }
            }
            holidays.add(new Holiday(name, from, to));
        }
        return holidays;
    }

    private Set<LocalDate> readWorkdays(JsonNode node, int year, List<Holiday> holidays) {
        if (node == null || node.isNull()) {
            return Set.of(); // a year may have no 调休 at all; an empty "workdays:" is fine
        }
        if (!node.isArray()) {
            throw new ConfigException(file, "workdays", "workdays 应是日期列表，每行写成 - " + year + "-01-04");
        }
        Set<LocalDate> workdays = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode item : node) {
            index++;
            String entry = "workdays 第" + index + "项" + (item.isValueNode() ? "（" + item.asText() + "）" : "");
            LocalDate date = readDate(item, entry, "日期", year);
            if (!workdays.add(date)) {
                throw new ConfigException(file, entry, "日期 " + date + " 重复");
            }
            for (int i = 0; i < holidays.size(); i++) {
                Holiday h = holidays.get(i);
                if (h.contains(date)) {
                    throw new ConfigException(file, entry, "日期 " + date + " 同时写在 holidays 第" + (i + 1) + "项（"
                            + h.name() + "）里，一天不能既放假又上班");
                }
            }
            DayOfWeek dow = date.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw new ConfigException(file, entry, "日期 " + date + " 是" + weekdayName(dow)
                        + "，本来就上班；workdays 只写调休上班的周六、周日");
            }
        }
        return workdays;
    }

    private LocalDate readDate(JsonNode node, String entry, String what, int year) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            throw new ConfigException(file, entry, "缺少" + what + "，日期请写成 " + year + "-01-01 这样的格式");
        }
        String text = node.asText().trim();
        LocalDate date;
        try {
            date = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new ConfigException(file, entry,
                    what + "“" + text + "”不是有效的日期，请写成 " + year + "-01-01 这样的格式");
        }
        if (date.getYear() != year) {
            throw new ConfigException(file, entry, what + " " + date + " 不在 " + year + " 年内；"
                    + "跨年的假期请把另一年的日子写进那一年的文件");
        }
        return date;
    }

    private void rejectUnknownFields(ObjectNode node, Set<String> allowed, String entry) {
        Set<String> unknown = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            String allowedList = String.join("、", allowed.stream().sorted(HolidayFile::fieldOrder).toList());
            throw new ConfigException(file, entry == null ? unknown.iterator().next() : entry,
                    "不认识的字段“" + String.join("、", unknown.stream().sorted().toList())
                            + "”，可用的字段是 " + allowedList);
        }
    }

    private static int fieldOrder(String a, String b) {
        List<String> order = List.of("year", "source", "holidays", "workdays", "name", "from", "to");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static String weekdayName(DayOfWeek dow) {
        return switch (dow) {
            case MONDAY -> "星期一";
            case TUESDAY -> "星期二";
            case WEDNESDAY -> "星期三";
            case THURSDAY -> "星期四";
            case FRIDAY -> "星期五";
            case SATURDAY -> "星期六";
            case SUNDAY -> "星期日";
        };
    }
}
