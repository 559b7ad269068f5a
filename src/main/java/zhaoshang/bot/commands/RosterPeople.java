package zhaoshang.bot.commands;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Request;
import zhaoshang.chat.AtUsers;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.config.Role;
import zhaoshang.config.Team;

/** Reading the person, team and role a roster command names: 添加 @张三 第二工作组 组员, 转组 张三 三组. */
final class RosterPeople {

    private static final Pattern ROLE = Pattern.compile("(组员|成员|组长|投资促进部|领导)");

    /**
     * What a command names.
     *
     * @param name   the person as written (after an @, or the first word)
     * @param userId their platform user id when the message @-mentioned them (DingTalk, the simulator), else null
     * @param team   the team written, or null
     * @param role   the role written, or null
     */
    record Named(String name, String userId, Team team, Role role) { }

    private RosterPeople() { }

    /** Reads {@code rest} (the text after the command word); empty when it names nobody. */
    static Optional<Named> read(Request request, BotConfig config, String rest, boolean withRole) {
        String text = rest.strip();
        Team team = null;
        Optional<TeamNames.Found> found = TeamNames.find(text, config.teams());
        if (found.isPresent()) {
            team = found.get().team();
            text = found.get().rest();
        }
        Role role = null;
        if (withRole) {
            Matcher r = ROLE.matcher(text);
            String last = null;
            int start = -1;
            while (r.find()) {
                last = r.group(1);
                start = r.start();
            }
            if (last != null && start > 0) {
                role = last.equals("成员") ? Role.MEMBER : Role.fromLabel(last);
                text = (text.substring(0, start) + " " + text.substring(start + last.length())).strip();
            }
        }
        text = text.replace('＠', '@').strip();
        while (text.startsWith("@")) text = text.substring(1).strip();
        String name = text.split("[\\s@,，、]+", 2)[0].strip();
        if (name.isEmpty() || name.length() > 32) return Optional.empty();
        List<String> ids = AtUsers.of(request.message());
        return Optional.of(new Named(name, ids.isEmpty() ? null : ids.get(0), team, role));
    }

    /** A person on the roster, or why none could be chosen (exactly one of the two). */
    record Choice(Member member, String answer) { }

    /**
     * The member a command names: by the mentioned platform id when the message carries one, else by member id,
     * else by name (within {@code narrow} when a team was written to tell two people of one name apart).
     */
    static Choice member(Request request, BotConfig config, Named named, Team narrow, String example) {
        if (named.userId() != null) {
            return config.memberByPlatformId(request.message().platform(), named.userId())
                    .map(m -> new Choice(m, null)).orElseGet(() -> new Choice(null, RosterTexts.notListed(named.name())));
        }
        Optional<Member> byId = config.members().stream().filter(m -> m.id().equals(named.name())).findFirst();
        if (byId.isPresent()) return new Choice(byId.get(), null);
        List<Member> byName = config.members().stream().filter(m -> m.name().equals(named.name()))
                .filter(m -> narrow == null || narrow.id().equals(m.teamId()))
                // people of teams the asker may not see are not listed to them (nor could they change them)
                .filter(m -> m.teamId() == null || Permissions.maySee(request.member(), m.teamId())).toList();
        if (byName.isEmpty()) return new Choice(null, RosterTexts.notListed(named.name()));
        if (byName.size() > 1) {
            List<String> candidates = byName.stream().map(m -> m.name() + "（" + place(config, m) + "，成员ID " + m.id()
                    + "）").toList();
            return new Choice(null, RosterTexts.whichOne(named.name(), candidates,
                    example.replace("{id}", byName.get(0).id())));
        }
        return new Choice(byName.get(0), null);
    }

    /** 第二工作组 组长 · 投资促进部 */
    static String place(BotConfig config, Member m) {
        return place(config, m.teamId(), m.role());
    }

    static String place(BotConfig config, String teamId, Role role) {
        return teamId == null ? role.label() : config.team(teamId).map(Team::name).orElse(teamId) + " " + role.label();
    }

    static String teamName(BotConfig config, String teamId) {
        return config.team(teamId).map(Team::name).orElse(teamId);
    }
}
