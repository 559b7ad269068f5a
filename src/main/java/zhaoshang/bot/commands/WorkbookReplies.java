package zhaoshang.bot.commands;

import java.util.List;

import zhaoshang.chat.Reply;
import zhaoshang.export.LedgerExport;

/** A workbook as the files of an answer: one, or its parts when it is over a chat's file limit. */
public final class WorkbookReplies {

    private WorkbookReplies() { }

    public static List<Reply> of(LedgerExport.Export xlsx) {
        return xlsx.files().stream().map(f -> Reply.file(f.fileName(), f.content())).toList();
    }

    /** What an answer adds when its workbook comes in parts; empty otherwise. */
    public static String partsNote(LedgerExport.Export xlsx) {
        int n = xlsx.parts().size();
        return n == 0 ? "" : "\n文件超过群文件的大小上限，已按行拆成 " + n + " 个文件（第1部分含进度汇总），请全部下载。";
    }
}
