package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ProgressChartTest {

    static final List<String> TEAMS = List.of("第一工作组", "第二工作组", "第三工作组", "第四工作组");
    static final List<String> TARGETS = List.of("拜访重点企业", "有价值线索", "邀请考察", "签约项目", "亿元以上落地", "外出天数");

    @Test
    void pngOfTeams() throws IOException {
        byte[] png = ProgressChart.png("全部工作组 2026年11月 走访进度", TEAMS, List.of(16L, 8L, 0L, 12L),
                List.of(15L, 15L, 15L, 15L), 800, 480);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(countColour(image, 0x2F6EBA)).as("blue 实际 bars are drawn").isGreaterThan(1000);
    }

    @Test
    void pngOfTargetsWithAllZeros() throws IOException {
        byte[] png = ProgressChart.png("第一工作组 本月进度", TARGETS, List.of(0L, 0L, 0L, 0L, 0L, 0L),
                List.of(0L, 0L, 0L, 0L, 0L, 0L), 1000, 500);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ProgressChart.png("x", List.of("a"), List.of(1L, 2L), List.of(1L), 400, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressChart.png("x", List.of(), List.of(), List.of(), 400, 300))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int countColour(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
            }
        }
        return n;
    }
}
