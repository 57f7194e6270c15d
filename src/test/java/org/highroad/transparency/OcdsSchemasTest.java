package org.highroad.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The validator the publication tests rely on refuses invalid packages, including fields the extensions define. */
class OcdsSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode releasePackage() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"uri":"http://localhost/public/ocds/releases/ocds-demo01-1","version":"1.1",
                 "extensions":["https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
                   "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/1.1/extension.json"],
                 "publishedDate":"2027-01-04T10:00:00Z","publisher":{"name":"Highroad"},
                 "releases":[{"ocid":"ocds-demo01-1","id":"ocds-demo01-1-bids-1","date":"2027-01-04T10:00:00Z",
                   "tag":["tenderUpdate"],"initiationType":"tender",
                   "tender":{"id":"tender-1","value":{"amount":1500000.00,"currency":"USD"}},
                   "bids":{"details":[{"id":"bid-1","status":"valid"}]}}]}
                """);
    }

    private static ObjectNode release(ObjectNode pkg) {
        return (ObjectNode) pkg.get("releases").get(0);
    }

    @Test
    void aValidPackagePassesAndEachBreakageIsReported() throws Exception {
        assertThat(OcdsSchemas.problems(releasePackage(), false)).isEmpty();

        ObjectNode noOcid = releasePackage();
        release(noOcid).remove("ocid");
        assertThat(OcdsSchemas.problems(noOcid, false)).anyMatch(m -> m.contains("ocid"));

        ObjectNode textAmount = releasePackage();
        ((ObjectNode) release(textAmount).get("tender").get("value")).put("amount", "a lot");
        assertThat(OcdsSchemas.problems(textAmount, false)).isNotEmpty();

        ObjectNode badDate = releasePackage();
        release(badDate).put("date", "yesterday");
        assertThat(OcdsSchemas.problems(badDate, false)).isNotEmpty();

        // the bids object is defined by the bid extension only: its patch must be applied for this to fail
        ObjectNode bidsAsText = releasePackage();
        release(bidsAsText).put("bids", "three");
        assertThat(OcdsSchemas.problems(bidsAsText, false)).isNotEmpty();
        ObjectNode bidWithoutId = releasePackage();
        ((ObjectNode) release(bidWithoutId).get("bids").get("details").get(0)).remove("id");
        assertThat(OcdsSchemas.problems(bidWithoutId, false)).isNotEmpty();
    }

    @Test
    void aRecordPackageWithAnInvalidCompiledReleaseFails() throws Exception {
        ObjectNode pkg = releasePackage();
        ObjectNode rel = release(pkg);
        pkg.remove("releases");
        ObjectNode record = pkg.putArray("records").addObject();
        record.put("ocid", "ocds-demo01-1");
        record.putArray("releases").add(rel.deepCopy());
        record.set("compiledRelease", rel.deepCopy());
        assertThat(OcdsSchemas.problems(pkg, true)).isEmpty();
        ((ObjectNode) record.get("compiledRelease")).remove("ocid");
        assertThat(OcdsSchemas.problems(pkg, true)).isNotEmpty();
    }
}
