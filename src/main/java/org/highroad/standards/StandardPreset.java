package org.highroad.standards;

import java.util.List;

/** A ready-made standard shipped as a data file under {@code presets/standards/}; an admin loads it for an agency. */
public record StandardPreset(String id, String label, List<String> sources, PresetStandard standard) {

    /** The standard in a preset file: a {@link NewStandard} without the agency, which the loader supplies. */
    public record PresetStandard(String code, String title, String description, StandardVersionContent version) {
        NewStandard forAgency(String agencyCode) {
            return new NewStandard(code, title, description, agencyCode, version);
        }
    }
}
