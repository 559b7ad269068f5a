package zhaoshang.bot.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import zhaoshang.bot.Request;
import zhaoshang.chat.Reply;
import zhaoshang.config.BotConfig;
import zhaoshang.ledger.Ledger;
import zhaoshang.ledger.LedgerEntry;
import zhaoshang.ledger.Moved;
import zhaoshang.report.ReportKind;

/**
 * 项目 #S-0007 进展：开工 (signing 签约 → 注册 → 开工 → 投产) and 项目 #L-0003 进展：洽谈 (lead 线索 → 洽谈 → 签约).
 */
public final class StageCommand extends RecordCommand {

    private static final Pattern VALUE = Pattern.compile("^(?:进展|进度|阶段|状态)?\\s*[：:]?\\s*(\\S+)\\s*$");

    public StageCommand(Ledger ledger, BotConfig config) {
        super("项目|线索|签约", ledger, config);
    }

    @Override
    public String help() {
        return "项目 #S-0007 进展：开工 — 更新签约项目进度（签约→注册→开工→投产）或线索阶段（线索→洽谈→签约）";
    }

    @Override
    protected Reply act(Request request, LedgerEntry<?> entry, String rest) {
        return Reply.text(text(request, entry, rest));
    }

    private String text(Request request, LedgerEntry<?> entry, String rest) {
        Matcher m = VALUE.matcher(rest);
        if (!m.matches()) {
            return "请写成“项目 " + entry.number() + " 进展：开工”。签约项目进度：签约、注册、开工、投产；线索阶段：线索、洽谈、签约。";
        }
        String value = m.group(1);
        Moved moved;
        if (entry.kind() == ReportKind.SIGNING) {
            moved = ledger.setSigningProgress(entry.number(), value, request.member().id(), request.now());
        } else if (entry.kind() == ReportKind.LEAD) {
            moved = ledger.setLeadStage(entry.number(), value, request.member().id(), request.now());
        } else {
            return entry.number() + " 是" + entry.kind().label() + "记录，只有签约项目（#S-）和线索（#L-）有进展。";
        }
        if (!moved.changed()) return entry.number() + " 已经是“" + moved.to() + "”，没有改动。";
        String text = "📈 " + entry.number() + "（" + RecordView.summary(entry.report()) + "）：" + moved.from() + " → " + moved.to();
        if (moved.linkedNumber() != null) text += "\n🔗 已关联签约项目 " + moved.linkedNumber();
        if (entry.kind() == ReportKind.SIGNING && (moved.to().equals("开工") || moved.to().equals("投产"))) {
            text += "\n该项目已计入“引进落地”。";
        }
        return text;
    }
}
