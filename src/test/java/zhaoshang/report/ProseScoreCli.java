package zhaoshang.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores prose sets from the command line, for development (not a JUnit test): one summary line per set, then the
 * accuracy tables, the misses or a dump of every message's reading beside its expectation. Run after
 * {@code mvn -q package -DskipTests && mvn -q test-compile}:
 * <pre>
 * java -cp target/test-classes:target/zhaoshang-bot.jar zhaoshang.report.ProseScoreCli [-q] [-m] [-d] set...
 * </pre>
 * A set is a directory of prose yaml files, or {@code repo} (the prose corpus), or {@code heldout} (every
 * directory of report-corpus-heldout, each scored alone, then all together). -q prints only the summary lines,
 * -m the misses, -d each message with what was read (GOT) and what was expected (EXP).
 */
public final class ProseScoreCli {

    private ProseScoreCli() { }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean quiet = false, misses = false, dump = false;
        List<Path> sets = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "-q" -> quiet = true;
                case "-m" -> misses = true;
                case "-d" -> dump = true;
                case "repo" -> sets.add(resource("/report-corpus-prose"));
                case "heldout" -> {
                    try (var dirs = Files.list(resource("/report-corpus-heldout"))) {
                        dirs.filter(Files::isDirectory).sorted().forEach(sets::add);
                    }
                }
                default -> sets.add(Path.of(a));
            }
        }
        if (sets.isEmpty()) {
            out.println("usage: ProseScoreCli [-q] [-m] [-d] repo|heldout|dir...");
            return;
        }
        List<ProseCorpus> all = new ArrayList<>();
        for (Path set : sets) {
            List<ProseCorpus> corpus = ProseCorpus.load(set);
            all.addAll(corpus);
            ProseScore s = ProseScore.of(corpus);
            out.println(summary(set.getFileName().toString(), corpus.size(), s));
            if (!quiet) out.println(s.table());
            if (misses) s.misses.forEach(m -> out.println("  " + m));
            if (dump) for (ProseCorpus c : corpus) dump(out, c);
        }
        if (sets.size() > 1) out.println(summary("all", all.size(), ProseScore.of(all)));
    }

    static String summary(String name, int messages, ProseScore s) {
        return String.format("%-12s msgs %4d  fields %s  recognised %s  records %s  asks %s  notReports %s  answered %s",
                name, messages, s.fields, s.recognised, s.records, s.asks, s.notReports, s.answered);
    }

    private static void dump(PrintStream out, ProseCorpus c) {
        out.println("=== " + c.file() + " / " + c.name() + " @" + c.nowOrDefault() + " [" + c.style() + "]");
        out.println(c.text().strip());
        out.println("GOT: " + ProseScore.parse(c).items());
        out.println("EXP: " + c.expect());
    }

    private static Path resource(String name) throws Exception {
        return Paths.get(ProseScoreCli.class.getResource(name).toURI());
    }
}
