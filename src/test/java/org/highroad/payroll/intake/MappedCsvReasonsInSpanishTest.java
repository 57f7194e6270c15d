package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.payroll.intake.MappedCsvAsCanonicalTest.DAILY_HEADER;
import static org.highroad.payroll.intake.MappedCsvAsCanonicalTest.EUROPEAN_HEADER;
import static org.highroad.payroll.intake.MappedCsvAsCanonicalTest.EUROPEAN_ROW;
import static org.highroad.payroll.intake.MappedCsvAsCanonicalTest.GARCIA_WEEK;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * The reasons a file read with a column map is refused for (the map's own, and the canonical reader's named in the
 * file's terms, "(field …)") have their codes: a Spanish page reads them in Spanish.
 */
class MappedCsvReasonsInSpanishTest {

    static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void everyReasonOfAMappedFileReadsInSpanish() {
        List<RowError> errors = new ArrayList<>();
        ColumnMap european = MappedCsvAsCanonicalTest.european(List.of());
        errors.addAll(MappedCsvAsCanonicalTest.read(european, EUROPEAN_HEADER + ";Kostenstelle\n" + EUROPEAN_ROW + ";4711\n")
                .errors());
        errors.addAll(MappedCsvAsCanonicalTest.read(european, EUROPEAN_HEADER.replace(";Seit", "") + "\n"
                + EUROPEAN_ROW.replace(";01.02.2025", "") + "\n").errors());
        errors.addAll(MappedCsvAsCanonicalTest.read(european, EUROPEAN_HEADER + "\n"
                + EUROPEAN_ROW.replace("60,00 €", "sechzig").replace("01.02.2025", "2025-02-01")
                        .replace("Geselle", "Meister") + "\n").errors());
        errors.addAll(MappedCsvAsCanonicalTest.read(european, EUROPEAN_HEADER + "\n" + EUROPEAN_ROW + ";zu viel\n").errors());
        errors.addAll(MappedCsvAsCanonicalTest.read(european, EUROPEAN_HEADER + "\n"
                + EUROPEAN_ROW.replace("2.400,00 €;2.400,00 €", "2.400,00 €;2.300,00 €") + "\n").errors());

        String lee = "2,Lee,Ann,5678,Apprentice,ELECTRICIAN (hyp.),03/04/2025,8,,36.00,,18.84,288.00,288.00,20.00,22.03,0,"
                + "42.03,245.97\n";
        String[] garcia = MappedCsvAsCanonicalTest.garciaDays(GARCIA_WEEK).split("\n");
        String apart = DAILY_HEADER + "\n" + garcia[0] + "\n" + lee + String.join("\n", List.of(garcia).subList(1, 7)) + "\n"
                + garcia[1].replace("03/03/2025", "03/09/2025") + "\n" + garcia[2].replace("03/04/2025", "") + "\n"
                + garcia[3].replace("$60.00", "$61.00") + "\n";
        errors.addAll(MappedCsvAsCanonicalTest.read(MappedCsvAsCanonicalTest.daily(List.of()), apart).errors());

        PageReasons reasons = PageReasonsTest.reasons();
        assertThat(errors).hasSizeGreaterThan(8);
        List<String> unknown = errors.stream().map(RowError::reason).filter(r -> reasons.codeOf(r) == null).distinct().toList();
        assertThat(unknown).as("reasons without a code").isEmpty();
        errors.forEach(e -> assertThat(reasons.text(e.reason(), ES)).as(e.reason()).isNotEqualTo(e.reason()));
        assertThat(errors).anySatisfy(e -> assertThat(reasons.text(e.reason(), ES)).isEqualTo("no es un número tal como el "
                + "mapa los escribe (separador decimal «,», separador de miles «.», símbolo de moneda €) (campo rate_st)"));
        assertThat(errors.stream().map(e -> reasons.codeOf(e.reason())).distinct().toList()).contains(
                "reason.payroll.mapColumnUnlisted", "reason.payroll.mapNumber", "reason.payroll.mapDate",
                "reason.payroll.mapValue", "reason.payroll.mapWorkerRowsApart", "reason.payroll.mapWorkDateWeek");
    }
}
