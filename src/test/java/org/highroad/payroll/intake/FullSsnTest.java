package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The full Social Security number rule of docs/payroll-csv.md, table-driven: what is refused (every way a nine-digit
 * number in the 3-2-4 shape is written, with text around it) and the legitimate numbers that are not (dates, phone
 * numbers, ZIP+4 codes, amounts, wage determination references, the last four digits).
 */
class FullSsnTest {

    @ParameterizedTest(name = "refused: {0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            123-45-6789                               | hyphens, the whole cell
            SSN 123-45-6789                           | text before
            Garcia (123-45-6789) Jr.                  | text around
            123 45 6789                               | spaces
            123.45.6789                               | dots
            123/45/6789                               | slashes
            123_45_6789                               | underscores
            123 - 45 - 6789                           | spaced hyphens
            123 -45- 6789                             | hyphens spaced differently
            123–45–6789                               | en dashes
            123—45—6789                               | em dashes
            123‑45‑6789                               | non-breaking hyphens
            123−45−6789                               | minus signs
            123 45 6789                        | no-break spaces
            123456789                                 | nine digits run together
            ID123456789                               | nine digits after letters
            no. 123456789 on file                     | nine digits inside text
            １２３-４５-６７８９                       | full-width digits
            ١٢٣-٤٥-٦٧٨٩                               | Arabic-Indic digits
            ۱۲۳-۴۵-۶۷۸۹                               | Extended Arabic-Indic digits
            १२३-४५-६७८९                               | Devanagari digits
            123​45​6789                                 | zero-width spaces between the groups
            12-345-6789                               | nine digits grouped otherwise, nothing else in the cell
            (123) 456-789                             | nine digits grouped otherwise, nothing else in the cell
            02110-1234                                | nine digits and nothing else, even if it was a ZIP+4 code
            1-123-45-6789                             | a 3-2-4 tail after another number
            """)
    void aFullSocialSecurityNumberIsFoundInAnyForm(String text, String form) {
        assertThat(FullSsn.foundIn(text)).as(form).isTrue();
    }

    @ParameterizedTest(name = "not refused: {0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            6789                                      | the last four digits
            xxx-xx-6789                               | a masked number
            2025-03-08                                | a date
            03/08/2025                                | a date written the US way
            617-555-0142                              | a ten-digit phone number
            (617) 555-0142                            | a ten-digit phone number in parentheses
            6175550142                                | ten digits run together
            Boston, MA 02110-1234                     | a ZIP+4 code in an address
            paid 123.45 2024 dues                     | an amount and a year with different separators
            Local 103 06/2024                         | a union local and a month
            ELEC0103-003 06/01/2024                   | a wage determination rate identifier and date
            MA20240001 Mod 12                         | a general decision number
            1234567890                                | ten digits
            12345678                                  | eight digits
            123-45-67890                              | a longer last group
            1234-45-6789                              | a longer first group
            Laborer Group 1                           | a classification
            E-0042                                    | an employer id
            $1,234.56                                 | an amount
            """)
    void aLegitimateNumberIsNotTakenForOne(String text, String what) {
        assertThat(FullSsn.foundIn(text)).as(what).isFalse();
    }
}
