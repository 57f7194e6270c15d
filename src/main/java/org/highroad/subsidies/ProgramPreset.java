package org.highroad.subsidies;

import java.util.List;

/** A program preset file ({@code presets/subsidy-programs/*.json}): the terms a board starts from, with their sources. */
public record ProgramPreset(String id, String label, List<String> sources, String notes, ProgramTerms terms) {
}
