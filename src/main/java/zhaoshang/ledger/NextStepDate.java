package zhaoshang.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.report.ChineseDates;

/**
 * The 时间节点 written in a 下步计划: the first date in the text ("12月10日前邀请来区考察", "下周三回访", "2026-12-10",
 * "12.10"; not an amount such as "3.5亿"), placed at its nearest occurrence from the day it was written (a plan looks
 * ahead).
 */
public final class NextStepDate {

    private static final Pattern DATE = Pattern.compile(
            "(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"
                    + "|(?<![\\d.])\\d{1,2}[./]\\d{1,2}(?![\\d.]|\\s*[亿万千百元%％倍个])|(?:本|下|这)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天");

    private NextStepDate() { }

    public static Optional<LocalDate> find(String text, LocalDate written) {
        if (text == null) return Optional.empty();
        Matcher m = DATE.matcher(EnterpriseName.foldWidth(text));
        while (m.find()) {
            Optional<LocalDate> d = ChineseDates.parse(m.group(), written, ChineseDates.Resolution.NEAREST);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}
