package zhaoshang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zhaoshang.report.ParsedItem;
import zhaoshang.report.ProseCorpus;
import zhaoshang.report.ProseScore;

/**
 * What the parser reads as sure goes to the ledger without a question, so the ledger must take it: a record it
 * would refuse for a required column (洽谈内容 of a visit, a lead's project or amount) would answer the member with an
 * error instead of the one question the parser should have asked.
 */
class ParsedReportsFitTheLedgerTest {

    @Test
    void everySureRecordOfTheProseCorpusHasTheLedgersRequiredColumns() {
        List<String> refused = new ArrayList<>();
        int sure = 0;
        for (ProseCorpus c : ProseCorpus.load()) {
            LocalDate today = OffsetDateTime.parse(c.nowOrDefault()).toLocalDate();
            for (ParsedItem item : ProseScore.parse(c).items()) {
                if (!(item instanceof ParsedItem.Ok ok) || !ok.sure()) continue;
                sure++;
                List<String> missing = KindTable.of(ok.report()).missing(Ledger.withDefaults(ok.report(), today));
                if (!missing.isEmpty()) refused.add(c.file() + ": " + c.name() + " — " + missing);
            }
        }
        assertThat(sure).as("sure records read").isGreaterThan(1_000);
        assertThat(refused).as("sure records the ledger would refuse").isEmpty();
    }
}
