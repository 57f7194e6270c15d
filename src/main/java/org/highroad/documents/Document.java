package org.highroad.documents;

import java.util.List;
import java.util.Objects;

/**
 * A business document to render: a title block, sections and an optional signature block. Every value arrives as
 * text the caller has already formatted (money, dates, numbers), so the same document renders identically wherever
 * it is produced and the renderer never has to know a locale or a currency.
 *
 * @param title          printed at the top of page 1 and stored as the PDF title
 * @param subtitle       printed under the title; {@code null} for none
 * @param reference      identifies the document and its version (e.g. "Contract C-12, version 2"); printed in every
 *                       page footer, so a single printed page can be traced back, and stored as the PDF subject
 * @param sections       the body, in order
 * @param signatureLines one signature slot per line (e.g. "For the Agency: Jane Roe, Contracting Officer");
 *                       {@code null} or empty for no signature block
 */
public record Document(String title, String subtitle, String reference, List<Section> sections,
        List<String> signatureLines) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        signatureLines = signatureLines == null ? List.of() : List.copyOf(signatureLines);
    }
}
