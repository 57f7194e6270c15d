package org.highroad.enforcement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enforcement module's boundaries: it may use {@code platform}, {@code payroll}, {@code contracts},
 * {@code documents} and {@code vendors}, nothing else; the ledger is pure Java. {@code ModularityTest} keeps the rules
 * shared by every module (internals, cycles, the workflow engine at the edge), and that the business-day calendar
 * ({@code platform.time.BusinessDays}) is pure Java.
 */
class EnforcementModuleTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = org.highroad.support.MainClasses.imported();
        // rules pass on an empty import: make sure the enforcement classes were really read
        assertThat(main.containPackage("org.highroad.enforcement.ledger")).isTrue();
    }

    @Test
    void enforcementDependsOnlyOnTheModulesItFollows() {
        noClasses().that().resideInAPackage("org.highroad.enforcement..")
                .should().dependOnClassesThat().resideInAnyPackage("org.highroad.standards..",
                        "org.highroad.procurement..", "org.highroad.transparency..", "org.highroad.demo..")
                .because("enforcement follows payroll findings under the contract's terms (platform, payroll, "
                        + "contracts, documents, vendors) and wage-subsidy clawbacks")
                .check(main);
    }

    @Test
    void ofTheSubsidiesModuleEnforcementHearsOnlyTheClawbackEvent() {
        noClasses().that().resideInAPackage("org.highroad.enforcement..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("subsidies other than "
                        + "SubsidyClawbackFound", (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName()
                                .startsWith("org.highroad.subsidies") && !c.getName().equals("org.highroad.subsidies.SubsidyClawbackFound")))
                .because("a clawback opens a case through its event; enforcement reads nothing else of subsidies")
                .check(main);
    }

    @Test
    void subsidiesDoNotDependOnEnforcement() {
        noClasses().that().resideInAPackage("org.highroad.subsidies..")
                .should().dependOnClassesThat().resideInAPackage("org.highroad.enforcement..")
                .because("subsidies announce a clawback (SubsidyClawbackFound); enforcement opens the case")
                .check(main);
    }

    @Test
    void theLedgerIsPureJava() {
        classes().that().resideInAPackage("org.highroad.enforcement.ledger..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.highroad.enforcement.ledger..",
                        "org.highroad.platform.money..")
                .because("restitution and cure periods must be testable alone and recomputable by hand")
                .check(main);
    }
}
