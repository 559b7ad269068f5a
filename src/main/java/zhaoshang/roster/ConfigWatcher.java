package zhaoshang.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import zhaoshang.config.BotConfig;
import zhaoshang.config.ConfigException;
import zhaoshang.config.ConfigLoader;
import zhaoshang.config.HolidayCalendar;

/**
 * Picks up edits of bot-config/ without a restart: {@link #check()} (run every few seconds by the app, or directly by
 * a test) compares a digest of every file under the directory with the last one seen; when it changed, the files are
 * loaded and validated as at start and, when valid, become the roster's new seed. When they are not, the running
 * roster stays and the problem (file, entry, what is wrong) goes to the log, to {@link #problem()} (/healthz) and,
 * once per distinct content, to {@code onRefused} (the coordination group).
 *
 * <p>The teams, members and groups apply at once; targets, schedules and holidays are read by parts of the bot wired
 * at start, so a change of those files is validated and reported as needing a restart.
 */
public final class ConfigWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

    /** What a check found. */
    public enum Outcome { UNCHANGED, APPLIED, REFUSED }

    /** Why an edit was refused: the file, the entry and the problem, as the loader names them. */
    public record Refusal(String file, String entry, String problem) {
        public String describe() {
            return file + (entry == null || entry.isEmpty() ? "" : "：" + entry) + "：" + problem;
        }
    }

    private final Path dir;
    private final Function<String, String> env;
    private final Roster roster;
    private final Consumer<Refusal> onRefused;
    private String digest;
    private BotConfig applied;
    private volatile Refusal problem;
    private volatile String restartNeeded;

    public ConfigWatcher(Path dir, Function<String, String> env, Roster roster, BotConfig started,
                         Consumer<Refusal> onRefused) {
        this.dir = dir;
        this.env = env;
        this.roster = roster;
        this.onRefused = onRefused;
        this.applied = started;
        this.digest = digest();
    }

    /** The refused edit the bot still runs without, or empty. */
    public Optional<Refusal> problem() {
        return Optional.ofNullable(problem);
    }

    /** Files whose valid edits wait for a restart (targets, schedules, holidays), or empty. */
    public Optional<String> restartNeeded() {
        return Optional.ofNullable(restartNeeded);
    }

    public synchronized Outcome check() {
        String now;
        try {
            now = digest();
        } catch (UncheckedIOException e) {
            return Outcome.UNCHANGED; // a file being replaced: read it at the next check
        }
        if (now.equals(digest)) return Outcome.UNCHANGED;
        digest = now;
        BotConfig loaded;
        try {
            loaded = new ConfigLoader(dir, env).load();
        } catch (ConfigException e) {
            return refuse(new Refusal(e.file(), e.entry(), e.problem()));
        }
        List<String> problems = roster.reseed(loaded);
        if (!problems.isEmpty()) {
            return refuse(new Refusal(dir.resolve("teams.yaml").toString(), "", String.join("；", problems)));
        }
        problem = null;
        List<String> waiting = new java.util.ArrayList<>();
        if (!loaded.targets().equals(applied.targets())) waiting.add("targets.yaml");
        if (!loaded.schedules().equals(applied.schedules())) waiting.add("schedules.yaml");
        waiting.addAll(changedHolidayFiles(applied.holidays(), loaded.holidays()));
        restartNeeded = waiting.isEmpty() ? null : String.join("、", waiting) + " 的修改已通过检查，重启后生效";
        if (restartNeeded != null) LOG.warn("bot-config：{}", restartNeeded);
        LOG.info("bot-config 已重新读取：{} 个工作组，{} 名成员，{} 个群", roster.current().teams().size(),
                roster.current().members().size(), roster.current().conversations().size());
        return Outcome.APPLIED;
    }

    /** holidays/YYYY.yaml of the years added, removed or changed (the reminders' calendar is built at start). */
    static List<String> changedHolidayFiles(HolidayCalendar before, HolidayCalendar after) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(before.years());
        years.addAll(after.years());
        return years.stream().filter(y -> !before.year(y).equals(after.year(y))).map(y -> "holidays/" + y + ".yaml")
                .toList();
    }

    private Outcome refuse(Refusal r) {
        problem = r;
        LOG.error("bot-config 的修改没有生效，仍按原名单运行：{}", r.describe());
        try {
            onRefused.accept(r);
        } catch (RuntimeException e) {
            LOG.error("could not tell the coordination group about the refused bot-config edit", e);
        }
        return Outcome.REFUSED;
    }

    private String digest() {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                md.update(dir.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
