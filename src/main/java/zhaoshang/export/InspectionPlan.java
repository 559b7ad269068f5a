package zhaoshang.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise's planned visit to inspect the zones (考察计划), as a team or 投资促进部 writes it: what the 考察邀请函
 * and the 《考察接待方案》 are drafted from.
 *
 * @param enterprise  the enterprise invited
 * @param from        first day of the visit
 * @param to          last day (same as {@code from} for one day)
 * @param visitors    who comes (王总（副总裁）等3人), or null
 * @param itinerary   the programme, one item a line (12月10日上午 参观高新区产业园), may be empty
 * @param area        高新区 / 潞州区 / both, or null
 * @param companions  who accompanies them on our side, or null
 * @param contact     the contact of the invitation (name and phone), or null for the letterhead's
 * @param teamName    the team that brought the enterprise, or null
 * @param purpose     what the visit is about (项目 or 洽谈内容), or null
 */
public record InspectionPlan(String enterprise, LocalDate from, LocalDate to, String visitors, List<String> itinerary,
                             String area, String companions, String contact, String teamName, String purpose) {
    public InspectionPlan {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(from, "from");
        to = to == null || to.isBefore(from) ? from : to;
        itinerary = itinerary == null ? List.of() : List.copyOf(itinerary);
    }
}
