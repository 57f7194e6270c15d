package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog keeps an adopted version's content once read (it cannot change), reads a draft's every time (it can),
 * and uses a version adopted a moment ago at once.
 */
class AdoptedContentsTest extends ApiTest {

    @Autowired
    StandardCatalog catalog;
    @Autowired
    PlatformTransactionManager transactions;

    private String newStandard() {
        String code = "KEPT-" + System.nanoTime() % 1_000_000_000L;
        Http.Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private void adopt(String code, int number) {
        String version = "/api/standards/" + code + "/versions/" + number;
        Http.Response proposed = as(TestUsers.ADMIN).post(version + "/proposal", "");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        Http.Response adopted = as(TestUsers.REVIEWER).post(version + "/decision",
                Http.JSON.createObjectNode().put("decision", "ADOPT").put("comment", "adopted for a test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    }

    private static ObjectNode versionWithSummary(String effectiveFrom, String summary) {
        return StandardBodies.version(effectiveFrom).put("summary", summary);
    }

    @Test
    void anAdoptedVersionIsKeptOnceReadAndADraftIsReadEveryTime() {
        String code = newStandard();
        StandardVersionContent draft = catalog.content(code, 1);
        assertThat(catalog.content(code, 1)).as("a draft is read again").isNotSameAs(draft).isEqualTo(draft);

        adopt(code, 1);
        StandardVersionContent adopted = catalog.content(code, 1);
        assertThat(adopted).isEqualTo(catalog.version(code, 1).content());
        assertThat(catalog.content(code, 1)).as("an adopted version is kept").isSameAs(adopted);
        assertThat(catalog.eligibilityRules(code, 1)).isEqualTo(adopted.eligibilityRules());
    }

    @Test
    void aDraftChangedAndThenAdoptedIsUsedAtOnce() {
        String code = newStandard();
        adopt(code, 1);
        StandardVersionContent first = catalog.content(code, 1);

        Http.Response added = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions",
                versionWithSummary("2026-01-01", "Second version, first draft"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(catalog.content(code, 2).summary()).isEqualTo("Second version, first draft");

        Http.Response replaced = as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/2",
                versionWithSummary("2026-01-01", "Second version, as adopted"));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(catalog.content(code, 2).summary()).as("the draft as replaced, not as first read")
                .isEqualTo("Second version, as adopted");

        adopt(code, 2);
        assertThat(catalog.content(code, 2).summary()).isEqualTo("Second version, as adopted");
        assertThat(catalog.content(code, 2)).isSameAs(catalog.content(code, 2));
        assertThat(catalog.versionInForceOn(code, LocalDate.of(2026, 1, 1)).version()).isEqualTo(2);
        assertThat(catalog.content(code, 1)).as("the first version is still kept as it was").isSameAs(first);

        Http.Response refused = as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/2",
                versionWithSummary("2026-01-01", "Changed after adoption"));
        assertThat(refused.status()).as("an adopted version cannot change, so what is kept stays true")
                .isEqualTo(409);
        assertThat(catalog.content(code, 2).summary()).isEqualTo("Second version, as adopted");
    }

    @Test
    void aReadInATransactionThatRollsBackIsNotKept() {
        String code = newStandard();
        adopt(code, 1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        StandardVersionContent inRolledBack = tx.execute(status -> {
            StandardVersionContent c = catalog.content(code, 1);
            status.setRollbackOnly();
            return c;
        });
        StandardVersionContent afterwards = catalog.content(code, 1);
        assertThat(afterwards).isNotSameAs(inRolledBack).isEqualTo(inRolledBack);
        assertThat(catalog.content(code, 1)).isSameAs(afterwards);
    }

    @Test
    void aMissingStandardOrVersionIsNamed() {
        String code = newStandard();
        assertThatThrownBy(() -> catalog.content(code, 9)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("has no version 9");
        assertThatThrownBy(() -> catalog.content("NO-SUCH-STANDARD", 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no standard with code NO-SUCH-STANDARD");
    }

    @Test
    void theKeptContentsAreBounded() {
        StandardCatalog.AdoptedContents kept = new StandardCatalog.AdoptedContents(2);
        StandardVersionContent a = Http.JSON.convertValue(StandardBodies.version("2025-07-01"), StandardVersionContent.class);
        kept.put("A", 1, a);
        kept.put("B", 1, a);
        kept.put("B", 1, a); // kept once
        kept.put("C", 1, a);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get("A", 1)).as("the first kept goes first").isNull();
        assertThat(kept.get("B", 1)).isSameAs(a);
        assertThat(kept.get("C", 1)).isSameAs(a);
        kept.put("A", 1, a);
        assertThat(kept.get("B", 1)).isNull();
        assertThat(kept.size()).isEqualTo(2);
        assertThat(catalog.adoptedContentsKept()).isLessThanOrEqualTo(StandardCatalog.AdoptedContents.CAPACITY);
    }
}
