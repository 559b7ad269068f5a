package zhaoshang.progress;

import java.util.Comparator;
import java.util.List;

import zhaoshang.config.Target;
import zhaoshang.config.Targets;

/**
 * 月擂台: teams ranked by a weighted score of target completion. Each target's completion is capped at 100%,
 * so over-fulfilling one target cannot hide a missed one; weights come from bot-config (0 = not scored).
 */
public final class Ranking {

    /** One team's place. score is 0–100 (percent of the weighted targets completed). */
    public record Place(int rank, TeamProgress progress, double score) { }

    private Ranking() { }

    public static List<Place> rank(List<TeamProgress> teams, Targets targets) {
        List<Scored> scored = teams.stream().map(t -> new Scored(t, score(t, targets))).sorted(
                Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> -totalActual(s.progress()))
                        .thenComparing(s -> s.progress().teamName())).toList();
        java.util.ArrayList<Place> places = new java.util.ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && Math.abs(places.get(i - 1).score() - s.score()) < 1e-9
                    && totalActual(places.get(i - 1).progress()) == totalActual(s.progress())
                    ? places.get(i - 1).rank() : i + 1;
            places.add(new Place(rank, s.progress(), s.score()));
        }
        return places;
    }

    public static double score(TeamProgress t, Targets targets) {
        double sum = 0;
        double weights = 0;
        for (Target target : targets.list()) {
            if (target.weight() <= 0) continue;
            var f = t.figure(target.key());
            if (f.isEmpty()) continue;
            sum += target.weight() * f.get().completion();
            weights += target.weight();
        }
        return weights == 0 ? 0 : Math.round(sum / weights * 1000) / 10.0;
    }

    private static long totalActual(TeamProgress t) {
        return t.figures().stream().mapToLong(Figure::actual).sum();
    }

    private record Scored(TeamProgress progress, double score) { }
}
