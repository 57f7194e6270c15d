package org.highroad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.highroad.documents.Document;
import org.highroad.documents.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * The PDF benchmark compares like with like: the bare PDFBox document has the contract's page count and the same
 * text, with both fonts embedded.
 */
class PdfBaselineTest {

    @Test
    void theBareDocumentHasTheContractsPagesAndText() throws Exception {
        Document contract = PdfBenchmark.contract(12);
        byte[] ours = new PdfRenderer(Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC)).render(contract);
        byte[] bare = PdfBenchmark.Bare.of(ours, PdfBenchmark.bold(contract)).render();

        assertThat(PdfBenchmark.pages(ours)).isGreaterThanOrEqualTo(2).isEqualTo(PdfBenchmark.pages(bare));
        assertThat(PdfBenchmark.text(bare).replaceAll("\\s+", ""))
                .isEqualTo(PdfBenchmark.text(ours).replaceAll("\\s+", ""));
        assertThat(embeddedFonts(bare)).containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold")
                .isEqualTo(embeddedFonts(ours));

        // the information-only variant without glyph substitution writes the same pages and text
        byte[] withoutGsub = PdfBenchmark.Bare.of(ours, PdfBenchmark.bold(contract)).withoutGsub().render();
        assertThat(PdfBenchmark.pages(withoutGsub)).isEqualTo(PdfBenchmark.pages(ours));
        assertThat(PdfBenchmark.text(withoutGsub).replaceAll("\\s+", ""))
                .isEqualTo(PdfBenchmark.text(ours).replaceAll("\\s+", ""));
        assertThat(embeddedFonts(withoutGsub)).isEqualTo(embeddedFonts(ours));
    }

    /** The fonts the pages use, without the subset tag, each checked to be embedded. */
    private static java.util.Set<String> embeddedFonts(byte[] pdf) throws Exception {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return names;
    }
}
