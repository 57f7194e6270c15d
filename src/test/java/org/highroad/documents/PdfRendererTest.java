package org.highroad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.documents.Pdfs.flat;
import static org.highroad.documents.Pdfs.open;
import static org.highroad.documents.Pdfs.render;
import static org.highroad.documents.Pdfs.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** What a contract looks like once rendered: all of its text, its embedded font and its document information. */
class PdfRendererTest {

    static final List<String> WAGE_COLUMNS = List.of("Classification", "Committed base", "Committed fringe", "From");
    static final List<List<String>> WAGE_ROWS = List.of(
            List.of("Electrician, journey level", "$58.45", "$31.20", "2025-07-01"),
            List.of("Laborer, group 2", "$41.10", "$24.85", "2025-07-01"),
            List.of("Operating engineer, office and field", "$62.00", "$33.75", "2026-01-01"));
    static final String SCOPE = "The Contractor shall furnish all labor, materials and equipment to rehabilitate the "
            + "Riverside library roof, as described in the solicitation and the Contractor's bid of 2025-05-12.";
    static final String WAGES = "The Contractor shall pay every worker on the site no less than the committed base "
            + "wage and fringe for the worker's classification, effective from the date shown.";
    static final List<String> SIGNATURES = List.of("For the City of Riverside: Dana Whitfield, Contracting Officer",
            "For the Contractor: Ruiz & Sons Roofing LLC, Maria Ruiz, President");

    static Document contract() {
        return new Document("Construction services contract", "Riverside library roof rehabilitation",
                "Contract C-12, version 2",
                List.of(new Section("1. Scope of work", List.of(new Block.Paragraph(SCOPE))),
                        new Section("2. Wages and benefits", List.of(new Block.Paragraph(WAGES),
                                new Block.Table(WAGE_COLUMNS, WAGE_ROWS, List.of(3f, 1.5f, 1.5f, 1.2f))))),
                SIGNATURES);
    }

    @Test
    void everyHeadingClauseCellAndSignatureLineOfAContractIsInTheExtractedText() {
        String text = text(render(contract()));

        assertThat(text).contains("Construction services contract", "Riverside library roof rehabilitation",
                "Contract C-12, version 2", "1. Scope of work", "2. Wages and benefits");
        assertThat(flat(text)).contains(SCOPE, WAGES);
        assertThat(text).contains(WAGE_COLUMNS);
        WAGE_ROWS.forEach(row -> assertThat(flat(text)).contains(row));
        assertThat(flat(text)).contains(SIGNATURES).contains("Date: ____");
        assertThat(text).contains("Contract C-12, version 2 page 1 of 1");
    }

    @Test
    void aTableRowIsExtractedAsOneLineInColumnOrder() {
        assertThat(text(render(contract()))).contains("Electrician, journey level $58.45 $31.20 2025-07-01");
    }

    @Test
    void theFontIsEmbeddedLiberationSansAndNoStandardFontIsUsed() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = open(render(contract()))) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isStandard14()).isFalse();
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .isNotNull();
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        }
        assertThat(fonts).containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold");
    }

    @Test
    void theDocumentInformationNamesTheTitleReferenceProducerAndCreationDate() throws IOException {
        try (PDDocument pdf = open(render(contract()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Construction services contract");
            assertThat(info.getSubject()).isEqualTo("Contract C-12, version 2");
            assertThat(info.getProducer()).isEqualTo("Highroad");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Pdfs.NOW);
        }
    }

    @Test
    void pagesAreLetterSize() throws IOException {
        try (PDDocument pdf = open(render(contract()))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void aDocumentWithoutSubtitleSignaturesOrSectionsStillRendersItsTitleBlock() {
        String text = text(render(new Document("Notice", null, "Notice N-1", List.of(), null)));

        assertThat(text).contains("Notice", "Notice N-1", "page 1 of 1").doesNotContain("Date:");
    }

    @Test
    void everyLetterIsDrawnAsItsOwnGlyphAsTheLinesWereMeasured() throws IOException {
        // "certified", "office", "fringe", "field": letter pairs a font may join in one ligature glyph
        List<String> drawn = new ArrayList<>();
        try (PDDocument pdf = open(render(contract()))) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    drawn.add(text.getUnicode());
                }
            };
            stripper.getText(pdf);
        }
        assertThat(drawn).isNotEmpty().allSatisfy(glyph -> assertThat(glyph).hasSize(1));
        assertThat(String.join("", drawn)).contains("office", "field");
    }
}
