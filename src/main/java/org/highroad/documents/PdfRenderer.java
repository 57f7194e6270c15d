package org.highroad.documents;

import static org.highroad.documents.PageWriter.LEFT;
import static org.highroad.documents.PageWriter.RIGHT;
import static org.highroad.documents.PageWriter.WIDTH;
import static org.highroad.documents.PageWriter.leading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Document} to an archival PDF: Letter pages, one-inch margins, the Liberation Sans font embedded
 * (a standard-14 font is not embedded, so a reader years from now could see different glyphs and metrics), text
 * that can be extracted and searched, and a footer on every page with the reference and "page X of Y".
 */
@Component
public class PdfRenderer {

    static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final float TITLE = 18;
    private static final float SUBTITLE = 12;
    private static final float REFERENCE = 10;
    private static final float HEADING = 12;
    private static final float BODY = 10.5f;
    private static final float SIGNATURE_WIDTH = 260;
    /** Blank space above each signature rule: room for a hand signature. */
    private static final float SIGNING_SPACE = 36;

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final Clock clock;

    public PdfRenderer(Clock clock) {
        this.clock = clock;
        // read once: the font files never change, and a missing font should fail at startup, not at first render
        this.regularFont = fontFile("LiberationSans-Regular.ttf");
        this.boldFont = fontFile("LiberationSans-Bold.ttf");
    }

    public byte[] render(Document document) {
        // the fonts stay open until the document is saved (the subsets are cut then) and close after it
        try (TrueTypeFont regularFile = withoutSubstitutions(regularFont); TrueTypeFont boldFile = withoutSubstitutions(boldFont);
                PDDocument pdf = new PDDocument()) {
            // subsets keep a one-page contract at tens of kilobytes instead of 800 KB of font
            TextLayout regular = new TextLayout(PDType0Font.load(pdf, regularFile, true));
            TextLayout bold = new TextLayout(PDType0Font.load(pdf, boldFile, true));
            try (PageWriter page = new PageWriter(pdf)) {
                titleBlock(document, page, regular, bold);
                for (Section section : document.sections()) {
                    section(section, page, regular, bold);
                }
                signatures(document, page, regular);
                page.footers(regular, document.reference());
            }
            describe(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + document.reference(), e);
        }
    }

    private static void titleBlock(Document document, PageWriter page, TextLayout regular, TextLayout bold)
            throws IOException {
        page.lines(bold, TITLE, bold.wrap(document.title(), TITLE, WIDTH));
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            page.lines(regular, SUBTITLE, regular.wrap(document.subtitle(), SUBTITLE, WIDTH));
        }
        page.down(4);
        page.lines(regular, REFERENCE, regular.wrap(document.reference(), REFERENCE, WIDTH));
        page.down(6);
        page.line(LEFT, page.y(), RIGHT, page.y());
        page.down(12);
    }

    private static void section(Section section, PageWriter page, TextLayout regular, TextLayout bold)
            throws IOException {
        var heading = bold.wrap(section.heading(), HEADING, WIDTH);
        // keep a heading with the first lines under it rather than alone at the bottom of a page
        page.ensureRoom(heading.size() * leading(HEADING) + 4 + 2 * leading(BODY));
        page.lines(bold, HEADING, heading);
        page.down(4);
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph paragraph) {
                page.lines(regular, BODY, regular.wrap(paragraph.text(), BODY, WIDTH));
            } else if (block instanceof Block.Table table) {
                new TableWriter(page, regular, bold).write(table);
            }
            page.down(8);
        }
        page.down(6);
    }

    /** Per line: blank space to sign in, the rule, the line's text under it, and a date to fill in beside it. */
    private static void signatures(Document document, PageWriter page, TextLayout regular) throws IOException {
        for (String line : document.signatureLines()) {
            var caption = regular.wrap(line, BODY, SIGNATURE_WIDTH);
            page.ensureRoom(SIGNING_SPACE + 4 + caption.size() * leading(BODY));
            page.down(SIGNING_SPACE);
            float rule = page.y();
            page.line(LEFT, rule, LEFT + SIGNATURE_WIDTH, rule);
            // the underscores sit just under the baseline, so this baseline puts them level with the rule
            page.text(regular, BODY, LEFT + SIGNATURE_WIDTH + 40, rule + 2, "Date: ________________");
            page.down(4);
            page.lines(regular, BODY, caption);
        }
    }

    private void describe(PDDocument pdf, Document document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(metadata(document.title()));
        info.setSubject(metadata(document.reference()));
        info.setProducer("Highroad");
        info.setCreator("Highroad");
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
    }

    /** Viewers show metadata with their own fonts, so only control characters need replacing. */
    private static String metadata(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /**
     * The font as drawn: each character its own glyph, as {@link TextLayout} measured it when it broke the lines. The
     * font's glyph substitutions (ligatures such as "fi", compositions) are off: they would draw a line narrower than
     * measured and put one glyph for two letters in the text a reader searches; the text is composed (NFC) before it is
     * drawn, so no composition is needed; and PDFBox applies them by compiling a regular expression for every word
     * drawn, which was most of a contract's rendering time.
     */
    private static TrueTypeFont withoutSubstitutions(byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        font.setEnableGsub(false);
        return font;
    }

    private static byte[] fontFile(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException(FONTS + name + " is not on the classpath: add "
                        + "com.mpobjects.jasperreports.font:jasperreports-fonts-liberation");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
