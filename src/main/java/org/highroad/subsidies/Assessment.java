package org.highroad.subsidies;

/** What the review found past the hard rules: a quality job or not, and whether approval carries conditions. */
public record Assessment(boolean qualityJob, boolean conditional) {
}
