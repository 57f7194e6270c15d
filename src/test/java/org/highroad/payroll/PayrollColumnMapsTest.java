package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, a contractor's own export: Harbor saves a map of its daily timecard export (one row per worker and day,
 * dollar amounts with thousands commas, its own craft names), previews a file with it, corrects the map (version 2)
 * and uploads with it. Garcia works 8 hours Monday to Friday of the week ending 2027-01-09 as an inside wireman (the
 * contract's ELECTRICIAN (hyp.)) at $60.00 with $31.40 to plans, exactly the commitment: $2,400.00 gross, $483.60
 * deducted, $1,916.40 net, nothing owed.
 */
class PayrollColumnMapsTest extends PayrollTest {

    static final String HEADER = "Emp,Last,First,ID,Type,Craft,Date,Reg,OT,Rate,Fringe,Gross,Gross All,Tax,FICA,Total Ded,Net,Dept";

    static String export(String craft) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String date : List.of("01/04/2027", "01/05/2027", "01/06/2027", "01/07/2027", "01/08/2027")) {
            b.append("1,Garcia,Maria,1234,Journeyman,").append(craft).append(',').append(date)
                    .append(",8,,$60.00,$31.40,\"$2,400.00\",\"$2,400.00\",$300.00,$183.60,$483.60,\"$1,916.40\",Electrical\n");
        }
        return b.toString();
    }

    static Map<String, Object> map(String name, List<String> ignore, Map<String, String> crafts) {
        List<Map<String, String>> columns = new ArrayList<>();
        String[][] pairs = {{"Emp", "entry_number"}, {"Last", "last_name"}, {"First", "first_name"}, {"ID", "worker_id"},
            {"Type", "level"}, {"Craft", "classification"}, {"Date", "work_date"}, {"Reg", "hours_straight"},
            {"OT", "hours_overtime"}, {"Rate", "rate_st"}, {"Fringe", "fringe_credit_per_hour"}, {"Gross", "gross_this_project"},
            {"Gross All", "gross_all_work"}, {"Tax", "deductions_tax"}, {"FICA", "deductions_fica"},
            {"Total Ded", "deductions_total"}, {"Net", "net_pay"}};
        for (String[] p : pairs) {
            columns.add(Map.of("source", p[0], "target", p[1]));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("days", "ROWS");
        m.put("dateFormat", "MM/dd/yyyy");
        m.put("number", Map.of("decimalSeparator", ".", "thousandsSeparator", ",", "currencySymbol", "$"));
        m.put("columns", columns);
        m.put("ignore", ignore);
        m.put("values", Map.of("level", Map.of("Journeyman", "J", "Apprentice", "RA"), "classification", crafts));
        return m;
    }

    String maps() {
        return "/api/vendors/" + users.vendorOf(TestUsers.HARBOR) + "/payroll-maps";
    }

    @Test
    void aSavedMapIsPreviewedCorrectedAndUsedAndNeverChangesAPayrollAlreadyAccepted() throws Exception {
        long contract = contractWithStatement("Column maps");
        Response created = as(TestUsers.HARBOR).post(maps(), map("Timecards", List.of(), Map.of("Wireman", ELECTRICIAN)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("version").asInt()).isEqualTo(1);

        // the preview reads the file with version 1: Dept is neither read nor ignored, "Inside Wireman" is not listed
        Response preview = sendToday(TestUsers.HARBOR, maps() + "/" + id + "/preview?weekEnding=" + WEEK, "text/csv",
                export("Inside Wireman"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("unmappedColumns").get(0).asText()).isEqualTo("Dept");
        assertThat(preview.json().path("rows").get(0).path("row").asInt()).isEqualTo(1);
        JsonNode fields = preview.json().path("rows").get(0).path("fields");
        assertThat(fields.path("st_mon").asText()).isEqualTo("8");
        assertThat(fields.path("st_fri").asText()).isEqualTo("8");
        assertThat(fields.path("gross_this_project").asText()).isEqualTo("2400.00");
        assertThat(fields.path("level").asText()).isEqualTo("J");
        assertThat(fields.hasNonNull("classification")).isFalse();
        assertThat(fields.has("worker_id")).as("the fields read are shown").isTrue();
        List<String> errors = new ArrayList<>();
        preview.json().path("errors").forEach(e -> errors.add(e.path("row").asInt() + " " + e.path("column").asText()));
        assertThat(errors).containsExactly("0 Dept", "1 Craft", "2 Craft", "3 Craft", "4 Craft", "5 Craft");
        assertThat(preview.body()).doesNotContain("Inside Wireman");

        // version 2 ignores Dept and lists the craft
        Response v2 = as(TestUsers.HARBOR).put(maps() + "/" + id, map("Timecards", List.of("Dept"),
                Map.of("Wireman", ELECTRICIAN, "Inside Wireman", ELECTRICIAN)));
        assertThat(v2.status()).as(v2.body()).isEqualTo(200);
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);

        String file = export("Inside Wireman");
        Response accepted = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", file);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long first = accepted.json().path("id").asLong();
        assertThat(accepted.json().path("columnMap").asText()).isEqualTo(id);
        assertThat(accepted.json().path("columnMapVersion").asInt()).isEqualTo(2);
        assertThat(accepted.json().path("rowCount").asInt()).as("five days, one worker's week").isEqualTo(1);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(accepted.json().path("sha256").asText()).as("the raw file is kept as sent")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8))));
        JsonNode row = as(TestUsers.HARBOR).get("/api/payrolls/" + first + "/rows").json().get(0);
        assertThat(row.path("hours").decimalValue()).isEqualByComparingTo("40");
        assertThat(row.path("classification").asText()).isEqualTo(ELECTRICIAN);
        assertThat(row.path("grossThisProject").decimalValue()).isEqualByComparingTo("2400.00");

        // version 3 reads the craft as a laborer; the accepted payroll stays as version 2 read it
        Response v3 = as(TestUsers.HARBOR).put(maps() + "/" + id, map("Timecards", List.of("Dept"),
                Map.of("Inside Wireman", LABORER)));
        assertThat(v3.json().path("version").asInt()).isEqualTo(3);
        JsonNode kept = as(TestUsers.HARBOR).get("/api/payrolls/" + first).json();
        assertThat(kept.path("columnMapVersion").asInt()).isEqualTo(2);
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + first + "/rows").json().get(0).path("classification").asText())
                .isEqualTo(ELECTRICIAN);
        assertThat(as(TestUsers.AUDITOR).get(maps() + "/" + id + "?version=2").json().path("map").path("values")
                .path("classification").path("Inside Wireman").asText()).isEqualTo(ELECTRICIAN);

        // the same file read with version 3 is another reading, so another submission (a correction); sent again, the same
        Response again = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", file);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("columnMapVersion").asInt()).isEqualTo(3);
        assertThat(again.json().path("supersedesId").asLong()).isEqualTo(first);
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", file).status()).isEqualTo(200);
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + first + "/rows").json().get(0).path("classification").asText())
                .isEqualTo(ELECTRICIAN);

        // retired: no longer listed or used, still readable with the payrolls it read
        assertThat(as(TestUsers.HARBOR).delete(maps() + "/" + id).status()).isEqualTo(204);
        assertThat(as(TestUsers.HARBOR).get(maps()).json().findValuesAsText("id")).contains("wh-347-2008").doesNotContain(id);
        assertThat(as(TestUsers.HARBOR).get(maps() + "/" + id).json().path("retiredAt").isNull()).isFalse();
        Response retired = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", export("Wireman"));
        assertThat(retired.status()).isEqualTo(409);
    }

    @Test
    void anUploadWithAnUnlistedCodeIsRejectedNamingRowColumnAndKindWithoutTheValue() {
        long contract = contractWithStatement("Column maps unlisted code");
        String id = as(TestUsers.HARBOR).post(maps(), map("Timecards", List.of("Dept"), Map.of("Wireman", ELECTRICIAN)))
                .json().path("id").asText();

        Response rejected = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", export("Journeyman Lineman").replaceFirst("1,Garcia,Maria,1234", "1,Garcia,Maria,123-45-6789"));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        List<String> fields = rejected.json().path("errors").findValuesAsText("field");
        assertThat(fields).contains("row 1, Craft", "row 1, ID");
        assertThat(rejected.json().path("errors").findValuesAsText("reason")).anySatisfy(r ->
                assertThat(r).startsWith("a classification value the map does not list"));
        assertThat(rejected.body()).doesNotContain("Lineman", "6789");
    }

    @Test
    void anUploadWithAColumnTheMapNeitherReadsNorIgnoresIsRejectedAndKeptAsSent() {
        long contract = contractWithStatement("Column maps unmapped column");
        String id = as(TestUsers.HARBOR).post(maps(), map("Timecards", List.of(), Map.of("Wireman", ELECTRICIAN)))
                .json().path("id").asText();

        Response rejected = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK + "&map=" + id,
                "text/csv", export("Wireman"));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.json().path("errors").findValuesAsText("field")).containsExactly("Dept");
        assertThat(rejected.json().path("errors").get(0).path("reason").asText()).contains("neither reads nor ignores");
        JsonNode kept = rejected.json().path("submission");
        assertThat(kept.path("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.path("columnMapVersion").asInt()).isEqualTo(1);
        assertThat(kept.path("sizeBytes").asLong()).isEqualTo(export("Wireman").getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theRev2008Wh347LayoutIsABuiltInMap() throws Exception {
        long contract = contractWithStatement("Column maps built in");
        Response listed = as(TestUsers.HARBOR).get(maps());
        assertThat(listed.json().get(0).path("builtIn").asBoolean()).isTrue();
        String sample = Files.readString(Path.of("docs/examples/payroll-wh347-2008.csv")).replace("Electrician", ELECTRICIAN);

        String boundary = "----highroad" + System.nanoTime();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wh347.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + sample + "\r\n--" + boundary + "--\r\n";
        Response preview = sendToday(TestUsers.HARBOR, maps() + "/wh-347-2008/preview?weekEnding=" + WEEK,
                "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("rows")).hasSize(2);
        assertThat(preview.json().path("errors")).isEmpty();
        assertThat(preview.json().path("ignoredColumns")).hasSize(3);

        Response accepted = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK
                + "&map=wh-347-2008", "multipart/form-data; boundary=" + boundary, multipart);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("columnMap").asText()).isEqualTo("wh-347-2008");
        JsonNode rows = as(TestUsers.HARBOR).get("/api/payrolls/" + accepted.json().path("id").asLong() + "/rows").json();
        assertThat(rows.findValuesAsText("lastName")).containsExactly("Garcia", "Lee");
        assertThat(rows.get(0).path("hours").decimalValue()).as("40 straight + 2 overtime").isEqualByComparingTo("42");
        assertThat(rows.get(0).path("grossThisProject").decimalValue()).isEqualByComparingTo("2580.00");
        assertThat(rows.get(1).path("level").asText()).isEqualTo("APPRENTICE");
    }

    @Test
    void aContractorKeepsOnlyItsOwnMapsAndStaffReadThem() {
        Response created = as(TestUsers.HARBOR).post(maps(), map("Timecards", List.of("Dept"), Map.of("Wireman", ELECTRICIAN)));
        String id = created.json().path("id").asText();
        String northside = "/api/vendors/" + users.vendorOf(TestUsers.NORTHSIDE) + "/payroll-maps";

        assertThat(as(TestUsers.NORTHSIDE).get(maps()).status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).get(maps() + "/" + id).status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).get(northside + "/" + id).status()).as("not its map under its own vendor").isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).put(northside + "/" + id, map("Mine", List.of(), Map.of("W", ELECTRICIAN))).status())
                .isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).delete(maps() + "/" + id).status()).isEqualTo(404);
        assertThat(as(TestUsers.AUDITOR).get(maps()).json().findValuesAsText("id")).contains(id);
        assertThat(as(TestUsers.AUDITOR).post(maps(), map("Staff", List.of(), Map.of())).status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).get(maps() + "/" + id).json().path("name").asText()).isEqualTo("Timecards");
    }

    @Test
    void changesSentAtTheSameMomentAreEachAVersionOfTheirOwnOrRefusedNeverOneVersionTwice() throws Exception {
        String id = as(TestUsers.HARBOR).post(maps(), map("Raced", List.of("Dept"), Map.of("Wireman", ELECTRICIAN)))
                .json().path("id").asText();
        List<java.util.concurrent.Callable<Response>> changes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String craft = "Wireman " + i;
            changes.add(() -> as(TestUsers.HARBOR).put(maps() + "/" + id, map("Raced", List.of("Dept"), Map.of(craft, ELECTRICIAN))));
        }

        List<Response> answers = PayrollRacesTest.atOnce(4, changes);

        List<Integer> versions = new ArrayList<>();
        for (Response a : answers) {
            assertThat(a.status()).as(a.body()).isIn(200, 409);
            if (a.status() == 200) {
                versions.add(a.json().path("version").asInt());
            }
        }
        assertThat(versions).doesNotHaveDuplicates().isNotEmpty();
        int current = as(TestUsers.HARBOR).get(maps() + "/" + id).json().path("version").asInt();
        assertThat(current).isEqualTo(1 + versions.size());
        assertThat(versions).allSatisfy(v -> assertThat(v).isBetween(2, current));
    }

    @Test
    void aBadMapIsRefusedNamingTheField() {
        Map<String, Object> bad = map("Timecards", List.of("Dept", "Emp"), Map.of("Wireman", ELECTRICIAN));
        bad.put("dateFormat", "HH:mm");
        bad.put("number", Map.of("decimalSeparator", ",", "thousandsSeparator", ","));

        Response refused = as(TestUsers.HARBOR).post(maps(), bad);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("dateFormat", "number.thousandsSeparator", "ignore[1]");
        Response notJson = as(TestUsers.HARBOR).post(maps(), Map.of("name", "x", "days", "WEEKS"));
        assertThat(notJson.status()).as("days are COLUMNS or ROWS: " + notJson.body()).isEqualTo(422);
        assertThat(notJson.errorFor("days")).contains("COLUMNS");
    }
}
