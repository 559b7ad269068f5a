package zhaoshang.bot.commands;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.config.Member;
import zhaoshang.ledger.FollowUps;
import zhaoshang.ledger.HistoryEntry;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.report.FieldLabels;

/** 历史 #V-0042: who created, corrected, moved or withdrew a record, when, old → new. */
public final class HistoryCommand extends RecordCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private final ZoneId zone;

    public HistoryCommand(Ledger ledger, BotConfig config, ZoneId zone) {
        super("历史|留痕|修改记录", ledger, config);
        this.zone = zone;
    }

    @Override
    public String help() {
        return "历史 #V-0042 — 查看一条记录的登记、更正、撤销留痕";
    }

    @Override
    protected boolean needsChangeRight() {
        return false;
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        List<HistoryEntry> history = ledger.history(entry.number());
        Reply.Builder r = Reply.message(entry.number() + " 的留痕")
                .line("📜 " + entry.number() + " 的留痕（" + RecordView.summary(entry.report()) + "）"
                        + (entry.active() ? "" : "【已撤销】"));
        List<FollowUps.Note> notes = ledger.followUps().of(entry.number());
        int next = 0;
        for (HistoryEntry h : history) {
            for (; next < notes.size() && notes.get(next).at().isBefore(h.at()); next++) r.item(note(notes.get(next)));
            String who = config.member(h.actorId()).map(Member::name).orElse(h.actorId());
            StringBuilder sb = new StringBuilder();
            sb.append(TIME.format(h.at().atZone(zone))).append(' ').append(who).append(' ');
            switch (h.action()) {
                case CREATE -> sb.append("登记");
                case WITHDRAW -> sb.append("撤销").append(h.reason() == null ? "" : "（" + h.reason() + "）");
                default -> sb.append(h.action() == HistoryEntry.Action.CORRECT ? "更正 " : "进展 ")
                        .append(FieldLabels.label(entry.kind(), h.field())).append("：")
                        .append(h.oldValue() == null || h.oldValue().isEmpty() ? "（空）" : h.oldValue())
                        .append(" → ").append(h.newValue() == null || h.newValue().isEmpty() ? "（空）" : h.newValue());
            }
            r.item(sb.toString());
        }
        for (; next < notes.size(); next++) r.item(note(notes.get(next)));
        return r.build();
    }

    /** "11月23日 10:00 林晓东 申请领导介入：…" — a follow-up note (进展, 下步, 问题, 申请领导介入). */
    private String note(FollowUps.Note n) {
        String who = config.member(n.actorId()).map(Member::name).orElse(n.actorId());
        String due = n.dueOn() == null ? "" : "（时间节点 " + n.dueOn().getMonthValue() + "月" + n.dueOn().getDayOfMonth() + "日）";
        String solved = n.solvedAt() == null ? "" : "【" + TIME.format(n.solvedAt().atZone(zone)) + " 已解决】";
        return TIME.format(n.at().atZone(zone)) + " " + who + " " + n.kind().label() + "：" + n.text() + due + solved;
    }
}
