package zhaoshang.remind;

import java.time.YearMonth;
import java.util.List;

import zhaoshang.chat.Reply;

/**
 * The month's ledgers of every team as files for the month-end summary to 投资促进部 (the Excel export plugs in
 * here). Called only when the summary is actually sent.
 */
@FunctionalInterface
public interface MonthlyWorkbook {

    /** No attachment: the summary goes out as text alone. */
    MonthlyWorkbook NONE = month -> List.of();

    List<Reply> files(YearMonth month);
}
