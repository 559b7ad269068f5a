package zhaoshang.export;

import java.util.function.Function;

/**
 * One column of a ledger sheet.
 *
 * @param header   the header text
 * @param type     how values are written
 * @param maxWidth the widest the column gets, in Excel character units (a CJK character counts 2)
 * @param value    the value of a row: String, LocalDate, Instant, Long (元) or Boolean (flag); null for an empty cell.
 *                 Unused for {@link ColumnType#INDEX}.
 */
record LedgerColumn(String header, ColumnType type, int maxWidth, Function<ExportRow, Object> value) {
}
