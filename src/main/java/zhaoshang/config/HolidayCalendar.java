package zhaoshang.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The official Chinese holiday arrangement for the years an admin has entered in
 * {@code bot-config/holidays/YYYY.yaml}: which days are statutory days off and which weekend days
 * are 调休 make-up working days. It knows nothing about ordinary weekends; see
 * {@code zhaoshang.progress.WorkingCalendar} for the working-day rule.
 */
public final class HolidayCalendar {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yaml");

    private final Map<Integer, HolidayYear> years;
    private final Map<LocalDate, Holiday> daysOff;
    private final Set<LocalDate> workdays;

    private HolidayCalendar(Map<Integer, HolidayYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        Map<LocalDate, Holiday> off = new HashMap<>();
        Set<LocalDate> work = new HashSet<>();
        for (HolidayYear year : years.values()) {
            for (Holiday holiday : year.holidays()) {
                for (LocalDate d = holiday.from(); !d.isAfter(holiday.to()); d = d.plusDays(1)) {
                    off.put(d, holiday);
                }
            }
            work.addAll(year.workdays());
        }
        this.daysOff = Map.copyOf(off);
        this.workdays = Set.copyOf(work);
    }

    /**
     * Reads every {@code YYYY.yaml} in the directory (other files, e.g. a README, are ignored).
     *
     * @throws ConfigException naming the file and entry when the directory is missing or a file is wrong
     */
    public static HolidayCalendar load(Path holidaysDir) {
        if (!Files.isDirectory(holidaysDir)) {
            throw new ConfigException(holidaysDir.toString(), null,
                    "找不到节假日目录，请创建该目录并放入按年份命名的文件，例如 2026.yaml");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(holidaysDir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(holidaysDir.toString(), null, "无法读取节假日目录：" + e.getMessage(), e);
        }
        Map<Integer, HolidayYear> years = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                continue;
            }
            var matcher = YEAR_FILE.matcher(name);
            if (!matcher.matches()) {
                throw new ConfigException(file.toString(), null,
                        "节假日文件应按年份命名，例如 2026.yaml（扩展名用 .yaml）");
            }
            HolidayYear year = HolidayFile.read(file, Integer.parseInt(matcher.group(1)));
            years.put(year.year(), year);
        }
        return new HolidayCalendar(years);
    }

    /** A calendar from years built in code (tests, or config assembled elsewhere). */
    public static HolidayCalendar of(Collection<HolidayYear> years) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        for (HolidayYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("year " + year.year() + " given twice");
            }
        }
        return new HolidayCalendar(byYear);
    }

    /** A calendar without any holiday data: every year falls back to Monday–Friday. */
    public static HolidayCalendar empty() {
        return new HolidayCalendar(Map.of());
    }

    /** The years that have a holiday file, ascending. */
    public Set<Integer> years() {
        return years.keySet();
    }

    public Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /** The same years with the same days off and make-up working days. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    /** A statutory day off (including weekend days that are part of a holiday break). */
    public boolean isHoliday(LocalDate date) {
        return daysOff.containsKey(date);
    }

    /** A 调休 weekend day that is worked. */
    public boolean isMakeUpWorkday(LocalDate date) {
        return workdays.contains(date);
    }

    /** The holiday's name on a day off, e.g. 春节; empty on any other day. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(daysOff.get(date)).map(Holiday::name);
    }
}
