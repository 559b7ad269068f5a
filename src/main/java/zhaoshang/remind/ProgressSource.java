package zhaoshang.remind;

import java.time.LocalDate;
import java.util.List;

import zhaoshang.config.Team;
import zhaoshang.progress.Period;
import zhaoshang.progress.TeamProgress;

/** Progress of teams over a period ({@code ProgressCalculator::teams}). */
@FunctionalInterface
public interface ProgressSource {
    List<TeamProgress> teams(List<Team> teams, Period period, LocalDate today);
}
