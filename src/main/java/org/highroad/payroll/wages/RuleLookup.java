package org.highroad.payroll.wages;

import java.time.LocalDate;
import org.highroad.contracts.WageRule;

/** The contract's commitment for a classification on a day; {@code null} when the contract has none. */
@FunctionalInterface
public interface RuleLookup {

    WageRule ruleFor(String classification, LocalDate date);
}
