package zhaoshang.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's progress over an asked period: one figure per target plus the figures the 投资促进部 also watches.
 *
 * @param signedAmountYuan     签约金额 of the signings in the signings figure's period, exact 元
 * @param startedSignings      signings of that period that reached 开工 or later (for 开工率)
 * @param daysOutWithoutVisit  days on a trip (up to today) with no visit recorded
 * @param visitsByMember       member id → visits in the visits figure's period
 * @param leadsByMember        member id → leads in the leads figure's period
 */
public record TeamProgress(String teamId, String teamName, Period asked, LocalDate today, List<Figure> figures,
                           long signedAmountYuan, long startedSignings, List<LocalDate> daysOutWithoutVisit,
                           Map<String, Long> visitsByMember, Map<String, Long> leadsByMember) {
    public TeamProgress {
        figures = List.copyOf(figures);
        daysOutWithoutVisit = List.copyOf(daysOutWithoutVisit);
        visitsByMember = Map.copyOf(visitsByMember);
        leadsByMember = Map.copyOf(leadsByMember);
    }

    /** The worst pace of all the team's figures (🔴 when any is behind). */
    public Pace worstPace() {
        Pace worst = Pace.MET;
        for (Figure f : figures) if (f.pace().ordinal() > worst.ordinal()) worst = f.pace();
        return worst;
    }

    /** The figures of the asked period itself that are not met yet. */
    public List<Figure> shortOfAsked() {
        return figures.stream().filter(f -> f.gap() > 0 && f.period().equals(asked)).toList();
    }

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** 开工率 = started ÷ signed, as a percentage with no decimals; empty when nothing was signed. */
    public Optional<Long> startRatePercent() {
        long signed = figure("signings").map(Figure::actual).orElse(0L);
        if (signed == 0) return Optional.empty();
        return Optional.of(Math.round(startedSignings * 100.0 / signed));
    }
}
