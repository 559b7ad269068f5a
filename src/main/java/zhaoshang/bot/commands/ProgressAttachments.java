package zhaoshang.bot.commands;

import java.util.List;

import zhaoshang.chat.Reply;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/** The chart image and the Excel file that go with a progress answer. */
public interface ProgressAttachments {

    List<Reply> of(List<TeamProgress> progress, Period period, String scopeName);
}
