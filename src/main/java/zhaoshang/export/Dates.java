package zhaoshang.export;

import java.time.LocalDate;

/** Dates as Chinese papers write them. */
final class Dates {

    private Dates() { }

    /** 2026年11月29日 (GB/T 9704: Arabic numerals, no leading zeros). */
    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 11月29日. */
    static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
