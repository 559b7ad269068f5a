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
 * @param internal kept for the office's own use (编号, 登记人, 登记时间, 逾期登记, 工作组): in a collapsed column group at the
 *                 right, hidden when printed
 * @param total    an amount whose sum means something (线索 and 签约 投资额; not the 拟投资额 of visits, which may count
 *                 one investment several times): summed in 小计 and 合计 rows
 */
record LedgerColumn(String header, ColumnType type, int maxWidth, Function<ExportRow, Object> value,
                    boolean internal, boolean total) {

    LedgerColumn(String header, ColumnType type, int maxWidth, Function<ExportRow, Object> value) {
        this(header, type, maxWidth, value, false, false);
    }

    LedgerColumn asInternal() {
        return new LedgerColumn(header, type, maxWidth, value, true, total);
    }

    LedgerColumn summed() {
        return new LedgerColumn(header, type, maxWidth, value, internal, true);
    }
}
