package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * "My cases" says what each case page says: owed as the agency confirmed it, and apart what awaits the auditor's
 * review (not owed until confirmed), in the same words, English and Spanish.
 */
class CasesListOwedTest extends CaseTest {

    private static final Pattern CELL = Pattern.compile("<td class=\"num\">([^<]*)</td>");

    @Test
    void theListSaysTheConfirmedOwedOfTheCasePageAndWhatAwaitsReviewApart() {
        long caseId = openCase("Cases list owed " + System.nanoTime());
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);

        List<String> pending = row(harbor, caseId, "en");
        assertThat(pending.get(0)).as("nothing confirmed yet").isEqualTo("$0.00");
        assertThat(pending.get(2)).as("awaiting review").isNotEqualTo("$0.00");
        String casePage = harbor.get("/portal/cases/" + caseId + "?lang=en").body();
        assertThat(casePage).contains("id=\"amount-owed\">" + pending.get(0) + "<", ">" + pending.get(2) + "</span>");
        String list = listPageWith(harbor, caseId, "en");
        assertThat(list).contains("Owed (confirmed by the agency)", "Awaiting the auditor&#39;s review");
        assertThat(listPageWith(harbor, caseId, "es")).contains("Se debe (confirmado por la agencia)");

        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        List<String> confirmed = row(harbor, caseId, "en");
        assertThat(confirmed.get(0)).isEqualTo("$200.00");
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=en").body()).contains("id=\"amount-owed\">$200.00<");
    }

    /** The list page that holds the case (the list is oldest first, 50 a page). */
    private static String listPageWith(PageSession session, long caseId, String lang) {
        for (int page = 0; page < 100; page++) {
            String body = session.get("/portal/cases?lang=" + lang + "&page=" + page).body();
            if (body.contains("/portal/cases/" + caseId + "\"")) {
                return body;
            }
            if (!body.contains("<td")) {
                break;
            }
        }
        throw new AssertionError("case " + caseId + " is not on the list");
    }

    /** The number cells of the case's row: confirmed owed, still owed, awaiting review. */
    private static List<String> row(PageSession session, long caseId, String lang) {
        String body = listPageWith(session, caseId, lang);
        int start = body.indexOf("/portal/cases/" + caseId + "\"");
        String tr = body.substring(start, body.indexOf("</tr>", start));
        List<String> cells = new ArrayList<>();
        Matcher m = CELL.matcher(tr);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        assertThat(cells).hasSize(3);
        return cells;
    }
}
