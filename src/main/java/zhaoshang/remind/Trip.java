package zhaoshang.remind;

import java.time.LocalDate;
import java.util.List;

/**
 * One trip of a team: the trip plans filed for the same dates, merged.
 *
 * @param planNumbers the trip plans' numbers (#T-0001 ...)
 * @param plannerIds  who filed them
 * @param memberIds   everyone on the trip: the planners and the team members named in 人员分工, in config order
 */
public record Trip(String teamId, LocalDate depart, LocalDate returnDate, String destination,
                   List<String> planNumbers, List<String> plannerIds, List<String> memberIds) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(depart) && !day.isAfter(returnDate);
    }

    /** "11月24日—11月27日" */
    public String dates() {
        return Texts.day(depart) + (depart.equals(returnDate) ? "" : "—" + Texts.day(returnDate));
    }

    /** team:depart~return, the trip's part of reminder keys. */
    public String key() {
        return teamId + ":" + depart + "~" + returnDate;
    }
}
