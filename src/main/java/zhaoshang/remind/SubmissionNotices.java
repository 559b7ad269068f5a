package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import zhaoshang.chat.Reply;
import zhaoshang.config.Member;
import zhaoshang.config.Team;
import zhaoshang.ledger.Submissions;
import zhaoshang.ledger.Submissions.RecordChange;
import zhaoshang.ledger.Submissions.Submission;
import zhaoshang.remind.Reminder.Audience;
import zhaoshang.report.FieldLabels;

/**
 * 报送 → 备案 messages between the teams and 投资促进部, said once each, in the first evaluation after they happen:
 * <ul>
 * <li>a team submitted a month (报送): the coordination group gets the version, its hash, what changed against the
 *     previous version and the frozen workbook, @ 投资促进部 — key {@code submitted:team:yyyy-MM:vN};</li>
 * <li>投资促进部 filed (备案) or returned (退回) it: the team's group is told, with the reason, @ 组长 and the submitter
 *     — key {@code submissionDecided:team:yyyy-MM:vN};</li>
 * <li>a record of a month the team has handed in (submitted or filed) was added, corrected, withdrawn or moved on
 *     after the snapshot, and differs from it now: the coordination group is told which, @ 投资促进部; the change will
 *     be listed in the next version — key
 *     {@code submittedChange:#V-0001:instant}.</li>
 * </ul>
 */
public final class SubmissionNotices implements ReminderRule {

    public static final String ID = "submissions";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final int CHANGES_SHOWN = 15;

    private final Submissions submissions;

    public SubmissionNotices(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "报送备案";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "报送后推送投资促进部协调群（附台账），备案或退回后通知组长；已报送月份的记录被更正时告知投资促进部";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        Instant from = Events.from(window);
        List<Reminder> out = new ArrayList<>();
        for (Submission s : submissions.submittedIn(from, window.to())) out.add(submitted(s, window, ctx));
        for (Submission s : submissions.decidedIn(from, window.to())) out.add(decided(s, window, ctx));
        out.addAll(changes(submissions.changedIn(from, window.to()), window, ctx));
        return out;
    }

    private Reminder submitted(Submission s, Window window, RuleContext ctx) {
        String team = teamName(s.teamId(), ctx);
        Map<String, Map<String, String>> records = submissions.recordsOf(s.id());
        StringBuilder body = new StringBuilder();
        body.append(team).append("报送了").append(month(s.month())).append("台账（第").append(s.version()).append("版）。\n")
                .append("报送人：").append(name(s.submittedBy(), ctx)).append("，").append(when(s.submittedAt(), ctx.zone()))
                .append("\n").append(counts(records)).append("\n校验码（SHA-256）：").append(s.sha256(), 0, 16).append("…");
        if (s.version() > 1) {
            if (s.changes().isEmpty()) {
                body.append("\n与第").append(s.version() - 1).append("版相比：无变化");
            } else {
                body.append("\n与第").append(s.version() - 1).append("版相比（").append(s.changes().size()).append(" 项）：");
                s.changes().stream().limit(CHANGES_SHOWN).forEach(c -> body.append("\n· ").append(c));
                if (s.changes().size() > CHANGES_SHOWN) body.append("\n· ……详见文件“报送说明”");
            }
        }
        String short_ = team + " " + s.month().getMonthValue() + "月";
        body.append("\n请回复“备案 ").append(short_).append("”，或“退回 ").append(short_).append(" 原因：……”。");
        Instant at = s.submittedAt();
        String key = "submitted:" + s.teamId() + ":" + s.month() + ":v" + s.version();
        return new Reminder(key, ID, key, s.teamId(), Audience.COORDINATION, Events.due(window, at), Events.stale(at),
                ctx.promotion(), false, "台账报送", body.toString(),
                () -> submissions.content(s.id()).map(bytes -> List.of(Reply.file(s.fileName(), bytes))).orElse(List.of()));
    }

    private Reminder decided(Submission s, Window window, RuleContext ctx) {
        boolean filed = s.status() == Submissions.Status.FILED;
        String body = month(s.month()) + "台账（第" + s.version() + "版）" + (filed ? "已由" : "被")
                + name(s.decidedBy(), ctx) + (filed ? "备案。" : "退回。\n原因：" + s.reason()
                + "\n请按要求补充或更正后，由组长（或报送人）重新发送“报送 " + s.month().getMonthValue() + "月台账”。");
        Set<String> people = new LinkedHashSet<>(ctx.leadersOf(s.teamId()));
        people.add(s.submittedBy());
        String key = "submissionDecided:" + s.teamId() + ":" + s.month() + ":v" + s.version();
        return Reminder.of(key, ID, key, s.teamId(), Audience.TEAM, Events.due(window, s.decidedAt()),
                Events.stale(s.decidedAt()), List.copyOf(people), false, filed ? "台账已备案" : "台账退回", body);
    }

    /** Changes to handed-in months, one message per record and moment (a correction of several fields is one). */
    private List<Reminder> changes(List<RecordChange> changes, Window window, RuleContext ctx) {
        Map<Long, Map<String, Map<String, String>>> snapshots = new java.util.HashMap<>();
        Map<String, List<RecordChange>> byEdit = new LinkedHashMap<>();
        for (RecordChange c : changes) byEdit.computeIfAbsent(c.number() + ":" + c.at(), k -> new ArrayList<>()).add(c);
        List<Reminder> out = new ArrayList<>();
        for (Map.Entry<String, List<RecordChange>> e : byEdit.entrySet()) {
            RecordChange first = e.getValue().get(0);
            Optional<Submission> handedIn = handedInBefore(first, ctx);
            if (handedIn.isEmpty()) continue;
            Submission s = handedIn.get();
            Map<String, String> frozen = snapshots.computeIfAbsent(s.id(), submissions::recordsOf).get(first.number());
            if (!differs(e.getValue(), frozen, first.asIn(s.month()))) continue;   // the snapshot has it as it is now
            StringBuilder body = new StringBuilder();
            body.append(teamName(first.teamId(), ctx)).append(month(s.month())).append("台账已").append(s.status().label()
                            .replace("已", "")).append("（第").append(s.version()).append("版），之后 ")
                    .append(name(first.actorId(), ctx)).append(" ").append(when(first.at(), ctx.zone())).append(" ")
                    .append(action(first)).append(" ").append(first.number())
                    .append(first.summary().isEmpty() ? "" : "（" + first.summary() + "）");
            for (RecordChange c : e.getValue()) {
                if (c.field() == null || c.action() == zhaoshang.ledger.HistoryEntry.Action.WITHDRAW) continue;
                body.append("\n· ").append(FieldLabels.label(c.kind(), c.field())).append("：")
                        .append(shown(c.oldValue())).append(" → ").append(shown(c.newValue()));
            }
            if (first.action() == zhaoshang.ledger.HistoryEntry.Action.WITHDRAW && first.reason() != null) {
                body.append("\n原因：").append(first.reason());
            }
            body.append("\n改动将在该组下一版报送中列出。");
            String key = "submittedChange:" + first.number() + ":" + first.at();
            out.add(Reminder.of(key, ID, key, first.teamId(), Audience.COORDINATION, Events.due(window, first.at()),
                    Events.stale(first.at()), ctx.promotion(), false, "已报送台账有改动", body.toString()));
        }
        return out;
    }

    /**
     * Whether an edit left the record different from the snapshot: a record added that the snapshot lacks, one
     * withdrawn (or moved out of the month) that it holds, or a field of the edit whose value now is not the frozen one
     * (an edit made at the same moment as the snapshot, and so already in it, is not a change).
     */
    private static boolean differs(List<RecordChange> edit, Map<String, String> frozen, Map<String, String> now) {
        if (frozen == null || now == null) return (frozen == null) != (now == null);
        for (RecordChange c : edit) {
            if (c.field() == null) continue;
            String label = FieldLabels.label(c.kind(), c.field());
            if (!java.util.Objects.equals(frozen.get(label), now.get(label))) return true;
        }
        return false;
    }

    /** The handed-in snapshot (submitted or filed before the change) of a month the changed record is or was in. */
    private static Optional<Submission> handedInBefore(RecordChange c, RuleContext ctx) {
        List<LocalDate> dates = new ArrayList<>();
        if (c.date() != null) dates.add(c.date());
        if (c.oldDate() != null) dates.add(c.oldDate());
        for (LocalDate d : dates) {
            Optional<Submission> s = ctx.facts().submission(c.teamId(), YearMonth.from(d))
                    .filter(Submission::handedIn).filter(x -> !x.submittedAt().isAfter(c.at()));
            if (s.isPresent()) return s;
        }
        return Optional.empty();
    }

    private static String action(RecordChange c) {
        return switch (c.action()) {
            case CREATE -> "补登";
            case CORRECT -> "更正";
            case WITHDRAW -> "撤销";
            case PROGRESS, STAGE -> "更新进展";
        };
    }

    private static String shown(String v) {
        return v == null || v.isEmpty() ? "（空）" : v;
    }

    private static String counts(Map<String, Map<String, String>> records) {
        return Submissions.counts(records) + "（附台账文件）";
    }

    private static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private static String teamName(String teamId, RuleContext ctx) {
        return ctx.config().team(teamId).map(Team::name).orElse(teamId);
    }

    private static String name(String memberId, RuleContext ctx) {
        return memberId == null ? "" : ctx.config().member(memberId).map(Member::name).orElse(memberId);
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        return List.of();
    }
}
