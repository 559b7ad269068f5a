package zhaoshang.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes the progress charts shown in docs/ (the data of {@link ProgressChartTest}):
 * {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * && java -cp target/test-classes:target/classes:$(cat target/cp.txt) zhaoshang.export.ChartSample docs}. Files: progress-chart-team.png (one team, November: month, quarter and year
 * sections), progress-chart-13-teams.png (13 teams, three of them at zero).
 */
public final class ChartSample {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample");
        Files.createDirectories(dir);
        ChartData team = ChartData.of(List.of(ProgressChartTest.team("team2", "第二工作组", 7, 2, 0, 5, 0, 3)),
                ProgressChartTest.NOVEMBER, ProgressChartTest.TARGETS);
        Files.write(dir.resolve("progress-chart-team.png"), ProgressChart.png(team));
        ChartData all = ChartData.of(ProgressChartTest.teams(13, Set.of(3, 7, 13)), ProgressChartTest.NOVEMBER,
                ProgressChartTest.TARGETS);
        Files.write(dir.resolve("progress-chart-13-teams.png"), ProgressChart.png(all));
        System.out.println("wrote " + dir.resolve("progress-chart-team.png") + " and "
                + dir.resolve("progress-chart-13-teams.png"));
    }
}
