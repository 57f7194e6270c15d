package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who sees how much of a contract whose prime is vendor 10 with subcontractors 20 and 30: one table for every read
 * of a contract, its calendar and its audit trail.
 */
class ContractSightTest {

    private static final long PRIME = 10;
    private static final Set<Long> SUBCONTRACTORS = Set.of(20L, 30L);

    @ParameterizedTest(name = "{0} acting for vendor {1} sees {2}")
    @CsvSource(nullValues = "none", textBlock = """
            ADMIN,               none, AGENCY,        true,  true
            PROCUREMENT_OFFICER, none, AGENCY,        true,  true
            AUDITOR,             none, AGENCY,        true,  true
            WORKFORCE_STAFF,     none, AGENCY,        true,  true
            CONTRACTOR,          10,   PRIME,         true,  true
            CONTRACTOR,          20,   SUBCONTRACTOR, true,  false
            CONTRACTOR,          30,   SUBCONTRACTOR, true,  false
            CONTRACTOR,          40,   NONE,          false, false
            CONTRACTOR,          none, NONE,          false, false
            """)
    void eachCallerSeesAsMuchOfTheContractAsItsPartInIt(Role role, Long vendor, ContractSight expected, boolean seesContract,
            boolean seesWholeContract) {
        ContractSight sight = ContractSight.of(new HighroadUser("someone", Set.of(role), vendor), PRIME, SUBCONTRACTORS);

        assertThat(sight).isEqualTo(expected);
        assertThat(sight.seesContract()).isEqualTo(seesContract);
        assertThat(sight.seesWholeContract()).isEqualTo(seesWholeContract);
    }

    @ParameterizedTest(name = "{0} reads vendor {2}''s weeks when it acts for vendor {1}: {3}")
    @CsvSource(nullValues = "none", textBlock = """
            AGENCY,        none, 10, true
            AGENCY,        none, 20, true
            PRIME,         10,   20, true
            PRIME,         10,   10, true
            SUBCONTRACTOR, 20,   20, true
            SUBCONTRACTOR, 20,   30, false
            SUBCONTRACTOR, 20,   10, false
            """)
    void theCalendarShowsTheWholeContractsWeeksOrOnlyASubcontractorsOwn(ContractSight sight, Long caller, long weeksOf,
            boolean seen) {
        assertThat(sight.seesWeeksOf(weeksOf, caller)).isEqualTo(seen);
    }

    @Test
    void agencyStaffReadTheWholeContractWithLegalReviewsWorkingNote() {
        assertThat(ContractSight.AGENCY.shown(contract(), null)).isEqualTo(contract());
    }

    @Test
    void thePrimeReadsTheWholeContractButNotLegalReviewsWorkingNote() {
        ContractView shown = ContractSight.PRIME.shown(contract(), PRIME);

        assertThat(shown.statusReason()).isNull();
        assertThat(shown.value()).isEqualByComparingTo("1100000");
        assertThat(shown.subcontractors()).extracting(ContractView.Subcontractor::vendorId).containsExactly(20L, 30L);
    }

    @Test
    void aSubcontractorReadsItsOwnSubcontractWithoutThePrimesPriceOrTheOtherSubcontractors() {
        ContractView shown = ContractSight.SUBCONTRACTOR.shown(contract(), 20L);

        assertThat(shown.statusReason()).isNull();
        assertThat(shown.value()).isNull();
        assertThat(shown.subcontractors()).extracting(ContractView.Subcontractor::vendorId).containsExactly(20L);
        assertThat(shown.title()).isEqualTo("Library roof");
    }

    @Test
    void nothingIsShownToWhoeverMayNotSeeTheContract() {
        assertThatThrownBy(() -> ContractSight.NONE.shown(contract(), 40L)).isInstanceOf(IllegalStateException.class);
    }

    private static ContractView contract() {
        return new ContractView(1L, 2L, 3L, "CITY", PRIME, "Library roof", new BigDecimal("1100000"), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 6, 25), "JQS", 1, "WD 1 mod. 0", ContractStatus.IN_LEGAL_REVIEW,
                "Internal: their price is over our estimate", null, null, List.of(
                        new ContractView.Subcontractor(1L, 20L, "Electrical", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 26)),
                        new ContractView.Subcontractor(2L, 30L, "Plumbing", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26))));
    }
}
