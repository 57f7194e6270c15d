package org.highroad.subsidies;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Program presets ship as data files beside the standard presets, so policy staff can read and review them. */
@Service
public class ProgramPresets {

    private static final String LOCATION = "classpath*:presets/subsidy-programs/*.json";

    private final ObjectMapper json;

    ProgramPresets(ObjectMapper json) {
        this.json = json;
    }

    public List<ProgramPreset> available() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files).map(this::read).sorted(Comparator.comparing(ProgramPreset::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ProgramPreset> preset(String id) {
        return available().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private ProgramPreset read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, ProgramPreset.class);
        } catch (IOException e) {
            throw new IllegalStateException("program preset " + file.getFilename() + " is not valid: " + e.getMessage(), e);
        }
    }
}
