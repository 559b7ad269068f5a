package zhaoshang.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCellsTest {

    @Test
    void widthCountsChineseDouble() {
        assertThat(TextCells.width("第一工作组", 100)).isEqualTo(10);
        assertThat(TextCells.width("#V-0042", 100)).isEqualTo(7);
        assertThat(TextCells.width("比亚迪（11月4日）\n华为", 100)).isEqualTo(17);
        assertThat(TextCells.width("第一工作组", 6)).isEqualTo(6);
    }

    @Test
    void linesWrapAtTheColumnWidth() {
        assertThat(TextCells.lines("第一工作组", 10)).isEqualTo(1);
        assertThat(TextCells.lines("第一工作组", 9)).isEqualTo(2);
        assertThat(TextCells.lines("第一\n工作组", 10)).isEqualTo(2);
        assertThat(TextCells.lines("", 10)).isEqualTo(1);
        long m = TextCells.measure("第一工作组第一工作组", 8);
        assertThat(m >>> 32).isEqualTo(3);
        assertThat((int) m).isEqualTo(8);
    }

    @Test
    void formulaLookAlikes() {
        for (String s : new String[] {"=1", "+1", "-1", "@A", "\tx", "\rx", "＝1"}) {
            assertThat(TextCells.looksLikeFormula(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "1=1", "比亚迪", " =1", "#V-1"}) {
            assertThat(TextCells.looksLikeFormula(s)).as(s).isFalse();
        }
        assertThat(TextCells.looksLikeFormula(null)).isFalse();
    }
}
