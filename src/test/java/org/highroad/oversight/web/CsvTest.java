package org.highroad.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellThatCouldBeReadAsAFormulaIsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Csv.cell("+1 555 0100")).isEqualTo("'+1 555 0100");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("Harbor = best")).isEqualTo("Harbor = best");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreTextToo() {
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void everyCellIsQuotedWithQuotesDoubledAndLinesEndInCrlf() {
        String text = new Csv("a", "b", "c", "d").row("say \"hi\"", new BigDecimal("1234.50"), LocalDate.of(2027, 1, 9), null).text();
        assertThat(text).isEqualTo("\"a\",\"b\",\"c\",\"d\"\r\n\"say \"\"hi\"\"\",\"1234.50\",\"2027-01-09\",\"\"\r\n");
    }
}
