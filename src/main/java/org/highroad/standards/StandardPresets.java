package org.highroad.standards;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Presets ship as data files, not code, so that policy staff can read and review them. Loading one goes through the
 * same validation and the same {@link StandardCatalog#create} as {@code POST /api/standards}.
 */
@Service
public class StandardPresets {

    private static final String LOCATION = "classpath*:presets/standards/*.json";

    private final ObjectMapper json;
    private final Validator validator;
    private final StandardCatalog catalog;

    StandardPresets(ObjectMapper json, Validator validator, StandardCatalog catalog) {
        this.json = json;
        this.validator = validator;
        this.catalog = catalog;
    }

    public List<StandardPreset> available() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files).map(this::read).sorted(Comparator.comparing(StandardPreset::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StandardPreset preset(String id) {
        return available().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no preset " + id));
    }

    /** Loads a preset as a new standard of the agency. */
    public StandardVersionView load(String presetId, String agencyCode, String by) {
        return catalog.create(checked(presetId, agencyCode), by);
    }

    /**
     * Loads a preset from an administrator's page form with this one-time token (its SHA-256): the same form sent
     * again answers the version it loaded ({@link StandardCatalog#createOnce}).
     */
    public StandardVersionView loadOnce(String presetId, String agencyCode, String by, String formTokenHash) {
        return catalog.createOnce(checked(presetId, agencyCode), by, formTokenHash);
    }

    /**
     * A preset's content as a new draft version of its standard, already loaded (an agency starting its next version
     * from the values the preset ships with), from a page form with this one-time token ({@link
     * StandardCatalog#addVersionOnce}); through the same validation as {@code POST /api/standards/{code}/versions}.
     */
    public StandardVersionView newVersionOnce(String presetId, String by, String formTokenHash) {
        StandardPreset.PresetStandard standard = preset(presetId).standard();
        Set<ConstraintViolation<StandardVersionContent>> invalid = validator.validate(standard.version());
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        return catalog.addVersionOnce(standard.code(), standard.version(), by, formTokenHash);
    }

    private NewStandard checked(String presetId, String agencyCode) {
        NewStandard request = preset(presetId).standard().forAgency(agencyCode);
        Set<ConstraintViolation<NewStandard>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
        return request;
    }

    private StandardPreset read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, StandardPreset.class);
        } catch (IOException e) {
            throw new IllegalStateException("preset file " + file.getFilename() + " is not valid: " + e.getMessage(), e);
        }
    }
}
