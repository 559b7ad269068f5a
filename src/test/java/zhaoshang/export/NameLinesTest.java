package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameLinesTest {

    @Test
    void longNamesBreakBetweenWords() {
        assertThat(NameLines.wrap("宁德时代新能源科技股份有限公司", 20)).isEqualTo("宁德时代新能源科技\n股份有限公司");
        assertThat(NameLines.wrap("华为数字能源技术有限公司", 20)).isEqualTo("华为数字能源技术\n有限公司");
        assertThat(NameLines.wrap("深圳欣迪新能源装备技术有限公司", 20)).isEqualTo("深圳欣迪新能源装备\n技术有限公司");
        assertThat(NameLines.wrap("内洽特克（天津）国际贸易有限公司", 20)).isEqualTo("内洽特克（天津）国际\n贸易有限公司");
        assertThat(NameLines.wrap("Contemporary Amperex Technology Co., Limited", 20))
                .isEqualTo("Contemporary\nAmperex Technology\nCo., Limited");
    }

    @Test
    void namesThatFitAndWordsWithoutABreakAreLeftAlone() {
        assertThat(NameLines.wrap("比亚迪股份有限公司", 20)).isEqualTo("比亚迪股份有限公司");
        assertThat(NameLines.wrap("=HYPERLINK(\"http://evil\")", 10)).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(NameLines.wrap("甲\n乙", 1)).as("already laid out").isEqualTo("甲\n乙");
    }

    @Test
    void everyLineFitsWhenTheWordsDo() {
        String wrapped = NameLines.wrap("山西省长治市高新技术产业开发区投资发展集团有限公司", 16);
        for (String line : wrapped.split("\n")) assertThat(TextCells.width(line, 100)).as(line).isLessThanOrEqualTo(16);
        assertThat(wrapped.replace("\n", "")).isEqualTo("山西省长治市高新技术产业开发区投资发展集团有限公司");
    }
}
