package zhaoshang.remind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;

/** Small formatting pieces shared by the reminder rules (the wording itself stays in each rule). */
final class Texts {

    private Texts() { }

    /** "11月25日" */
    static String day(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "何雨晴、钱思远" */
    static String names(BotConfig config, List<String> memberIds) {
        return memberIds.stream().map(id -> config.member(id).map(Member::name).orElse(id))
                .collect(Collectors.joining("、"));
    }

    static String hhmm(java.time.LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
