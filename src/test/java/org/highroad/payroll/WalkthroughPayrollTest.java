package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The README walkthrough's payroll steps with its own files ({@code docs/walkthrough/}): the statement registers the
 * electricians' apprenticeship program, the week's four rows are checked, and the one underpaid laborer is owed
 * $120.00 base and $74.00 fringe. If a file or a rule changes, the README's figures must change with it.
 */
class WalkthroughPayrollTest extends PayrollTest {

    @Test
    void theWalkthroughPayrollFlagsTheUnderpaidLaborerWithTheAmountOwed() throws Exception {
        long contract = executedContract("Walkthrough payroll");
        Response filed = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("rowCount").asInt()).isEqualTo(4);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");

        JsonNode rows = as(TestUsers.HARBOR).get("/api/payrolls/" + accepted.json().path("id").asLong() + "/rows").json();
        assertThat(rows.findValuesAsText("result")).containsExactly("OK", "OK", "OK", "FLAGGED");
        JsonNode johnson = rows.get(3);
        assertThat(johnson.path("findings").findValuesAsText("kind")).containsExactlyInAnyOrder("UNDERPAID_BASE", "FRINGE_SHORTFALL");
        assertThat(johnson.path("restitution").path("base").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(johnson.path("restitution").path("fringe").decimalValue()).isEqualByComparingTo("74.00");
        assertThat(johnson.path("restitution").path("total").decimalValue()).isEqualByComparingTo("194.00");
    }
}
