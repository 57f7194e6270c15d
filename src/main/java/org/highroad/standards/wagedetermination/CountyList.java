package org.highroad.standards.wagedetermination;

import java.util.Arrays;
import java.util.List;

/**
 * The county names of a decision's {@code Counties:} line or a rate group's qualifier, as printed:
 * {@code Essex, Middlesex and Suffolk Counties in Massachusetts.} or {@code ESSEX AND MIDDLESEX COUNTIES}. A line
 * that names no county (a statewide decision, a zone) gives none.
 */
final class CountyList {

    private CountyList() {
    }

    static List<String> of(String text) {
        if (text == null || !text.toUpperCase().contains("COUNT")) {
            return List.of();
        }
        // spaces collapsed first, so that the patterns below never backtrack over a long run of them
        String names = text.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "")
                .replaceAll("(?i)\\s+Count(y|ies)\\s+in\\s+.*$", "")
                .replaceAll("(?i)\\s+Count(y|ies)\\s*$", "");
        return Arrays.stream(names.split("(?i),\\s*(and\\s+)?|\\s+and\\s+|\\s*&\\s*"))
                .map(String::strip).filter(n -> !n.isEmpty() && !n.toUpperCase().contains("COUNT")).toList();
    }
}
