package org.highroad.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders documents and reads the PDFs back the way a reader or an archive would: with PDFBox, from bytes. */
final class Pdfs {

    static final Instant NOW = Instant.parse("2025-06-30T14:00:00Z");
    static final PdfRenderer RENDERER = new PdfRenderer(Clock.fixed(NOW, ZoneOffset.UTC));

    private Pdfs() {
    }

    static byte[] render(Document document) {
        return RENDERER.render(document);
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text of each page, in order. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace collapsed, so text can be compared whatever the line breaks. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static Document document(List<Section> sections) {
        return new Document("Test document", null, "Test T-1, version 1", sections, List.of());
    }
}
