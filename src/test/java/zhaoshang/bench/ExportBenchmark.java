// Reproduce (from the repository root; 100,000 rows, heap capped at 256 MB):
//   mvn -q test-compile && java -Xmx256m -cp target/classes:target/test-classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) zhaoshang.bench.ExportBenchmark
// Optional arguments: number of rows (default 100000), measured rounds (default 5). Rounds alternate raw and ledger;
// on a shared machine compare the best times (the least disturbed) as well as the medians.
package zhaoshang.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import zhaoshang.export.ExportRow;
import zhaoshang.export.LedgerWorkbook;
import zhaoshang.export.WorkbookContent;
import zhaoshang.report.ReportKind;
import zhaoshang.report.VisitReport;

/**
 * A city-year of 走访 rows (100,000, six teams, so with the 工作组 column: 17 columns) written to .xlsx by
 * {@link LedgerWorkbook}, against raw SXSSF writing the same cells (same rows, same strings, dates as dates, amounts
 * as numbers, no widths, borders, wrapping, row heights or print setup) in the same JVM. Reports the time of each
 * round, the ratio of the medians and of the best times (goal ≤ 1.3×) and the peak heap of each (goal ≤ 256 MB): the JVM's own peak
 * of the heap pools since the phase began, and the highest heap use sampled every 5 ms. Both include garbage not
 * yet collected (G1 lets the heap fill up to -Xmx before collecting), so they show that the export fits, not
 * what it needs: run with a smaller -Xmx (128m works) to see the floor. Times are wall clock and CPU time of the
 * writing thread (SXSSF writes on the caller's thread); CPU time is the steadier figure on a shared machine.
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("JVM %s, max heap %d MB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        List<ExportRow> rows = SampleData.visits(n, 2026);
        WorkbookContent content = new WorkbookContent("全部工作组", "2026年", Map.of(ReportKind.VISIT, rows), List.of(),
                SampleData.SHANGHAI);
        long shown = rows.stream().filter(r -> !r.withdrawn()).count();
        System.out.printf("%,d visit rows (%,d shown, %,d withdrawn left out), 17 columns, %,d cells%n", n, shown,
                n - shown, (shown + 3) * 17);
        Path dir = Files.createTempDirectory("export-bench");

        // warm-up on a tenth of the rows, so both run JIT-compiled code
        List<ExportRow> few = rows.subList(0, Math.max(1, n / 10));
        WorkbookContent warm = new WorkbookContent("全部工作组", "2026年", Map.of(ReportKind.VISIT, few), List.of(),
                SampleData.SHANGHAI);
        for (int i = 0; i < 2; i++) {
            run("warm-up", dir, out -> LedgerWorkbook.write(warm, out));
            run("warm-up", dir, out -> RawWriter.write(few, out));
        }

        List<Result> raw = new ArrayList<>();
        List<Result> ledger = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            raw.add(run("raw SXSSF", dir, out -> RawWriter.write(rows, out)));
            ledger.add(run("LedgerWorkbook", dir, out -> LedgerWorkbook.write(content, out)));
        }
        Result r = median(raw);
        Result l = median(ledger);
        System.out.println();
        System.out.printf("median raw SXSSF      %6d ms (cpu %6d ms)   peak heap %4d MB (sampled %4d MB)   %,d bytes%n",
                r.millis, r.cpuMillis, r.peakPoolsMb, r.peakSampledMb, r.bytes);
        System.out.printf("median LedgerWorkbook %6d ms (cpu %6d ms)   peak heap %4d MB (sampled %4d MB)   %,d bytes%n",
                l.millis, l.cpuMillis, l.peakPoolsMb, l.peakSampledMb, l.bytes);
        long bestRaw = raw.stream().mapToLong(Result::millis).min().orElseThrow();
        long bestLedger = ledger.stream().mapToLong(Result::millis).min().orElseThrow();
        System.out.printf("best   raw SXSSF %6d ms, LedgerWorkbook %6d ms%n", bestRaw, bestLedger);
        long bestRawCpu = raw.stream().mapToLong(Result::cpuMillis).min().orElseThrow();
        long bestLedgerCpu = ledger.stream().mapToLong(Result::cpuMillis).min().orElseThrow();
        System.out.printf("ratio LedgerWorkbook / raw: wall median %.2f, best %.2f; writer-thread cpu median %.2f,"
                        + " best %.2f (goal ≤ 1.30)%n", (double) l.millis / r.millis, (double) bestLedger / bestRaw,
                (double) l.cpuMillis / r.cpuMillis, (double) bestLedgerCpu / bestRawCpu);
        System.out.printf("heap goal ≤ 256 MB; the input rows alone hold about %d MB of it%n", baselineMb);
        Files.deleteIfExists(dir);
    }

    interface Job {
        void write(OutputStream out) throws IOException;
    }

    record Result(long millis, long cpuMillis, long peakPoolsMb, long peakSampledMb, long bytes) { }

    static long baselineMb;

    static Result run(String name, Path dir, Job job) throws Exception {
        System.gc();
        Thread.sleep(100);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        baselineMb = before >> 20;
        long gcBefore = gcMillis();

        AtomicLong sampled = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        Path file = dir.resolve(name.replace(' ', '-') + ".xlsx");
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            job.write(out);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        long peakPools = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = Files.size(file);
        Files.delete(file);
        System.out.printf("%-15s %6d ms (cpu %6d ms)   peak heap %4d MB (sampled %4d MB, at start %3d MB)   GC %4d ms"
                        + "   %,d bytes%n", name, millis, cpuMillis, peakPools >> 20, sampled.get() >> 20, before >> 20,
                gcMillis() - gcBefore, bytes);
        return new Result(millis, cpuMillis, peakPools >> 20, sampled.get() >> 20, bytes);
    }

    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static Result median(List<Result> results) {
        Result[] sorted = results.toArray(Result[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.millis, b.millis));
        Result m = sorted[sorted.length / 2];
        long peak = results.stream().mapToLong(Result::peakPoolsMb).max().orElse(0);
        long sampledPeak = results.stream().mapToLong(Result::peakSampledMb).max().orElse(0);
        long[] cpu = results.stream().mapToLong(Result::cpuMillis).sorted().toArray();
        return new Result(m.millis, cpu[cpu.length / 2], peak, sampledPeak, m.bytes);
    }

    /** The same cells as LedgerWorkbook's 走访 sheet, with only the styles dates and numbers need. */
    static final class RawWriter {
        static void write(List<ExportRow> rows, OutputStream out) throws IOException {
            SXSSFWorkbook wb = new SXSSFWorkbook();
            try {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                CellStyle dateTime = wb.createCellStyle();
                dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
                Sheet sheet = wb.createSheet("走访企业台账");
                sheet.createRow(0).createCell(0).setCellValue("全部工作组 走访企业台账（2026年）");
                String[] headers = {"序号", "编号", "走访日期", "企业名称", "企业基本情况", "所在地区", "产业方向", "对接人员",
                        "我方人员", "洽谈内容", "投资意向", "拟投资额（万元）", "后续建议", "登记人", "登记时间", "逾期登记", "疑似重复", "工作组"};
                Row h = sheet.createRow(1);
                for (int c = 0; c < headers.length; c++) h.createCell(c).setCellValue(headers[c]);
                int r = 2;
                int index = 0;
                long sum = 0;
                for (ExportRow row : rows) {
                    if (row.withdrawn()) continue;
                    VisitReport v = (VisitReport) row.report();
                    Row out1 = sheet.createRow(r++);
                    out1.createCell(0).setCellValue(++index);
                    text(out1, 1, row.number());
                    Cell d = out1.createCell(2);
                    d.setCellValue(v.date());
                    d.setCellStyle(date);
                    text(out1, 3, v.enterprise());
                    text(out1, 4, v.enterpriseInfo());
                    text(out1, 5, v.region());
                    text(out1, 6, v.industry());
                    text(out1, 7, v.contacts());
                    text(out1, 8, v.ourPeople());
                    text(out1, 9, v.content());
                    text(out1, 10, v.intent());
                    Cell a = out1.createCell(11);
                    if (v.amountYuan() != null) {
                        a.setCellValue(BigDecimal.valueOf(v.amountYuan()).movePointLeft(4).doubleValue());
                        sum += v.amountYuan();
                    }
                    text(out1, 12, v.followUp());
                    text(out1, 13, row.reporterName());
                    Cell t = out1.createCell(14);
                    t.setCellValue(LocalDateTime.ofInstant(row.recordedAt(), SampleData.SHANGHAI));
                    t.setCellStyle(dateTime);
                    Cell late = out1.createCell(15);
                    if (row.late()) late.setCellValue("是");
                    text(out1, 16, row.teamName());
                }
                Row total = sheet.createRow(r);
                total.createCell(0).setCellValue("合计");
                total.createCell(1).setCellValue("共" + index + "条");
                total.createCell(11).setCellValue(BigDecimal.valueOf(sum).movePointLeft(4).doubleValue());
                wb.write(out);
            } finally {
                wb.dispose();
                wb.close();
            }
        }

        private static void text(Row row, int c, String s) {
            Cell cell = row.createCell(c);
            if (s != null) cell.setCellValue(s);
        }
    }
}
