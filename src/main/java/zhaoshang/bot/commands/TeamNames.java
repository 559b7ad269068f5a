package zhaoshang.bot.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import zhaoshang.config.Team;

/** Finds a team named in a command: 第二工作组, 第二组, 二组, 第2工作组, 2组, team2. */
final class TeamNames {

    /** The team found and the text without its name. */
    record Found(Team team, String rest) { }

    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private TeamNames() { }

    static Optional<Found> find(String text, List<Team> teams) {
        record Alias(Team team, String alias) { }
        List<Alias> aliases = new ArrayList<>();
        for (Team t : teams) {
            for (String a : aliases(t)) aliases.add(new Alias(t, a));
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.alias().length()).reversed());
        for (Alias a : aliases) {
            int i = text.indexOf(a.alias());
            if (i >= 0) {
                String rest = (text.substring(0, i) + " " + text.substring(i + a.alias().length())).strip();
                return Optional.of(new Found(a.team(), rest));
            }
        }
        return Optional.empty();
    }

    private static List<String> aliases(Team t) {
        List<String> out = new ArrayList<>();
        out.add(t.name());
        out.add(t.id());
        String name = t.name();
        if (name.endsWith("工作组")) {
            String core = name.substring(0, name.length() - 3);          // 第二
            out.add(core + "组");                                        // 第二组
            if (core.startsWith("第")) {
                String numeral = core.substring(1);                      // 二
                out.add(numeral + "组");                                 // 二组
                for (int n = 1; n < NUMERALS.length; n++) {
                    if (NUMERALS[n].equals(numeral)) {
                        out.add("第" + n + "工作组");
                        out.add("第" + n + "组");
                        out.add(n + "组");
                    }
                }
            }
        }
        return out;
    }
}
