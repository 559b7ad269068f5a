package zhaoshang.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import zhaoshang.report.ReportKind;

/**
 * A workbook that fits in a chat: written whole when it is under the file limit (DingTalk's and WeCom's uploads
 * stop at 20 MB), otherwise split by rows into parts that each are. Part k of n holds the k-th slice of every
 * ledger sheet, its sheet titles and file name say 第k部分（共n部分）, and only part 1 carries 进度汇总.
 */
final class WorkbookParts {

    /** One file of the result. */
    record Part(String fileName, byte[] content) { }

    /** The whole workbook, and its parts when it does not fit (else no parts). */
    record Written(byte[] whole, List<Part> parts) { }

    /** Parts are aimed at this share of the limit: rows differ in size, so slices of equal counts differ too. */
    private static final double AIM = 0.85;

    private WorkbookParts() { }

    /**
     * The whole workbook, and when it is over {@code maxBytes} two or more parts that each fit.
     *
     * @throws IllegalStateException when even one row per part does not fit (a limit far too small)
     */
    static Written write(WorkbookContent content, String fileName, long maxBytes) {
        byte[] whole = bytes(content);
        if (whole.length <= maxBytes) return new Written(whole, List.of());
        int rows = content.rows().values().stream().mapToInt(List::size).max().orElse(0);
        int n = (int) Math.max(2, Math.ceil(whole.length / (maxBytes * AIM)));
        while (n <= Math.max(2, rows)) {
            List<Part> parts = new ArrayList<>();
            boolean fits = true;
            for (int k = 1; k <= n && fits; k++) {
                byte[] b = bytes(slice(content, k, n));
                fits = b.length <= maxBytes;
                parts.add(new Part(partName(fileName, k, n), b));
            }
            if (fits) return new Written(whole, parts);
            n = n + Math.max(1, n / 4);
        }
        throw new IllegalStateException("the workbook does not fit in " + maxBytes + " bytes even split by rows");
    }

    /** Part k of n: the k-th slice of every ledger's rows; 进度汇总 only in part 1. */
    static WorkbookContent slice(WorkbookContent c, int k, int n) {
        Map<ReportKind, List<ExportRow>> rows = new EnumMap<>(ReportKind.class);
        c.rows().forEach((kind, list) -> {
            int from = (int) ((long) list.size() * (k - 1) / n);
            int to = (int) ((long) list.size() * k / n);
            // a ledger with no rows at all says so once, in part 1; a short one is simply absent from later parts
            if (from < to || list.isEmpty() && k == 1) rows.put(kind, list.subList(from, to));
        });
        return c.with(c.periodLabel() + "，第" + k + "部分（共" + n + "部分）", rows, k == 1 ? c.progress() : List.of());
    }

    static String partName(String fileName, int k, int n) {
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        String ext = dot < 0 ? "" : fileName.substring(dot);
        return base + "_第" + k + "部分共" + n + "部分" + ext;
    }

    static byte[] bytes(WorkbookContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LedgerWorkbook.write(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
