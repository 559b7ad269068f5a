package zhaoshang.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless and poppler for tests that look at what a file prints: convert to PDF, read its text, render
 * pages to PNG. Tests check {@link #available()} with a JUnit assumption: nothing here is required to build.
 * Each conversion uses its own LibreOffice profile, so parallel runs do not wait on each other's lock.
 */
public final class LibreOffice {

    private LibreOffice() { }

    /** Whether soffice (or libreoffice), pdftotext and pdftoppm are on the PATH. */
    public static boolean available() {
        return command() != null && onPath("pdftotext") && onPath("pdftoppm");
    }

    private static String command() {
        for (String c : List.of("soffice", "libreoffice")) {
            if (onPath(c)) return c;
        }
        return null;
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }

    /** Converts a file (xlsx, docx) to PDF in the same directory; returns the PDF. */
    public static Path toPdf(Path file) throws IOException, InterruptedException {
        return toPdf(List.of(file)).get(0);
    }

    /** Converts files of one directory to PDF with one start of LibreOffice; returns the PDFs in the same order. */
    public static List<Path> toPdf(List<Path> files) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new ArrayList<>(List.of(command(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", files.get(0).getParent().toString()));
        files.forEach(f -> command.add(f.toString()));
        try {
            run(command);
        } finally {
            deleteTree(profile);
        }
        List<Path> pdfs = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path pdf = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            if (!Files.isRegularFile(pdf)) throw new IOException("LibreOffice wrote no " + pdf);
            pdfs.add(pdf);
        }
        return pdfs;
    }

    /** The text of a PDF, laid out as on the page. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()));
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    /** The words of a PDF with their boxes (pdftotext -bbox), as XHTML. */
    public static String boxes(Path pdf) throws IOException, InterruptedException {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".html");
        run(List.of("pdftotext", "-bbox", pdf.toString(), html.toString()));
        return Files.readString(html, StandardCharsets.UTF_8);
    }

    /** Page {@code page} (1-based) of a PDF as a PNG at {@code dpi}; returns the PNG. */
    public static Path png(Path pdf, int page, int dpi, Path png) throws IOException, InterruptedException {
        String base = png.toString().substring(0, png.toString().length() - 4);
        run(List.of("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", pdf.toString(), base));
        return png;
    }

    /** Pages of a PDF (pdfinfo when present, else counted from pdftotext's form feeds). */
    public static int pages(Path pdf) throws IOException, InterruptedException {
        String text = text(pdf);
        int pages = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\f') pages++;
        return pages;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException(command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
