package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a statement for the contractor may not contain (29 CFR 5.6(a)(5)), table-driven. */
class ComplainantIdentityTest {

    private static final ComplainantIdentity ROSA = new ComplainantIdentity("Rosa Peña Delgado", "(617) 555-0142",
            "rosa.d@example.org", "WC-7K3M-9QXD");
    private static final ComplainantIdentity LI = new ComplainantIdentity("Li Wu", null, null, "WC-AAAA-BBBB");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Worker 1234 started at 6:00 and the first two hours were unpaid.       | none
            Rosa started at 6:00.                                                   | the complainant's name
            Mrs. PENA started at 6:00.                                              | the complainant's name
            delgado's crew started at 6:00.                                         | the complainant's name
            Workers complained of unpaid early starts.                              | a complaint
            See the COMPLAINANT's time sheet.                                       | a complaint
            Call 617.555.0142 for the time sheets.                                  | the complainant's phone number
            Call +1 617 555 0142.                                                   | the complainant's phone number
            Paid $6,175.55 and $0.142 in error.                                     | none
            Write to ROSA.D@example.org.                                            | the complainant's email address
            Reference wc7k3m9qxd.                                                   | the complaint's receipt number
            Reference WC 7K3M 9QXD.                                                 | the complaint's receipt number
            Crews on the rosary street site started at 6:00.                        | none
            """)
    void findsWhatWouldIdentifyRosa(String text, String expected) {
        assertThat(ROSA.namedIn(text).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Li Wu was paid $20 an hour.                   | the complainant's name
            Worker 1234 was paid $20 an hour.              | none
            The lift was idle.                             | none
            """)
    void shortNamePartsCountAsWholeWords(String text, String expected) {
        assertThat(LI.namedIn(text).orElse(null)).isEqualTo(expected);
    }
}
