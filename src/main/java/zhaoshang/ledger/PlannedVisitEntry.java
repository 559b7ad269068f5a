package zhaoshang.ledger;

import java.time.LocalDate;

/** An enterprise a trip plan intends to visit, with the plan's team and reporter (for the 24-hour rule). */
public record PlannedVisitEntry(
        String tripPlanNumber,
        String teamId,
        String reporterId,
        String enterprise,
        String enterpriseKey,
        LocalDate date) { }
