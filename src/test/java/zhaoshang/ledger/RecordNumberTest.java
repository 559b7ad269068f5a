package zhaoshang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import zhaoshang.report.ReportKind;

class RecordNumberTest {

    @Test
    void formatsFourDigitsAndGrows() {
        assertThat(new RecordNumber(ReportKind.VISIT, 42)).hasToString("#V-0042");
        assertThat(new RecordNumber(ReportKind.TRIP_SUMMARY, 1)).hasToString("#R-0001");
        assertThat(new RecordNumber(ReportKind.SIGNING, 9999)).hasToString("#S-9999");
        assertThat(new RecordNumber(ReportKind.SIGNING, 12345)).hasToString("#S-12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#V-0042", "V-42", "v42", "#v 42", "＃Ｖ－００４２", " #V-0042 ", "V_0042", "#V42"})
    void readsTheFormsPeopleType(String text) {
        assertThat(RecordNumber.parse(text)).contains(new RecordNumber(ReportKind.VISIT, 42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "#X-0001", "#V-0000", "V-", "42", "#V-00-42", "走访42"})
    void refusesOthers(String text) {
        assertThat(RecordNumber.parse(text)).isEmpty();
    }

    @Test
    void everyPrefix() {
        for (ReportKind k : ReportKind.values()) {
            assertThat(RecordNumber.parse("#" + k.prefix().toLowerCase() + "-7")).contains(new RecordNumber(k, 7));
        }
    }
}
