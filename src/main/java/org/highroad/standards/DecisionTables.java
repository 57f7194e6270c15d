package org.highroad.standards;

/** Which decision tables (DMN) are deployed, so a rubric cannot name a tier table that does not exist. */
public interface DecisionTables {
    boolean exists(String decisionKey);
}
