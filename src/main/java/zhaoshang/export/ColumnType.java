package zhaoshang.export;

/** How the values of a ledger column are written and formatted. */
enum ColumnType {
    /** 序号: 1, 2, 3 … counted by the writer. */
    INDEX,
    /** Text, wrapped at the column's width cap. */
    TEXT,
    /** A company or project name: wrapped on whole words ({@link NameLines}), never mid-word. */
    NAME,
    /** A yes/no flag shown as 是 or left blank, centred (逾期登记). */
    FLAG,
    /** A {@link java.time.LocalDate}, written as an Excel date, yyyy-mm-dd. */
    DATE,
    /** An {@link java.time.Instant}, written as an Excel date-time in the workbook's zone, yyyy-mm-dd hh:mm. */
    DATETIME,
    /** A {@code Long} of 元, written as a number of 万元; summed in 小计 and 合计 rows when the column says so. */
    AMOUNT
}
