package org.highroad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.highroad.documents.Pdfs.document;
import static org.highroad.documents.Pdfs.flat;
import static org.highroad.documents.Pdfs.pages;
import static org.highroad.documents.Pdfs.render;
import static org.highroad.documents.Pdfs.text;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Text stays on the page however long it is, and long tables continue readably on the next pages. */
class PdfLayoutTest {

    /** A Letter line at 1-inch margins holds about 90 characters of body text; more would mean text off the page. */
    private static final int LONGEST_LINE = 110;

    private static final String CLAUSE = "The Contractor shall maintain certified payroll records for every week in "
            + "which work is performed and shall submit them within seven days after the end of that week. ";

    @Test
    void aLongParagraphWrapsToTheTextWidthWithoutLosingAWord() {
        String paragraph = CLAUSE.repeat(20).strip();

        String text = text(render(document(List.of(new Section("Records", List.of(new Block.Paragraph(paragraph)))))));

        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(LONGEST_LINE));
        assertThat(text.lines().count()).isGreaterThan(20);
        assertThat(flat(text)).contains(paragraph);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenRatherThanRunningOffThePage() {
        String url = "https://example.org/" + "segment/".repeat(60);

        String text = text(render(document(List.of(new Section("Links", List.of(new Block.Paragraph(url)))))));

        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(LONGEST_LINE));
        assertThat(text.replaceAll("\\s", "")).contains(url);
    }

    @Test
    void aLineBreakInAParagraphStartsANewLine() {
        String text = text(render(document(List.of(new Section("Address",
                List.of(new Block.Paragraph("Ruiz & Sons Roofing LLC\n1200 Mill Street\r\nRiverside\tCA")))))));

        assertThat(text.lines()).contains("Ruiz & Sons Roofing LLC", "1200 Mill Street", "Riverside CA");
    }

    @Test
    void aLongTableSpansSeveralPagesWithItsHeaderOnEveryPageAndEveryPageNumbered() {
        List<List<String>> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> List.of("Worker %03d".formatted(i), "$58.45", "$31.20", "2025-07-01")).toList();
        Block.Table table = new Block.Table(PdfRendererTest.WAGE_COLUMNS, rows, null);

        List<String> pages = pages(render(document(List.of(new Section("Wages", List.of(table))))));

        int n = pages.size();
        assertThat(n).isGreaterThan(2);
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(i)).contains("Classification Committed base Committed fringe From")
                    .contains("Test T-1, version 1").contains("page " + (i + 1) + " of " + n);
        }
        String all = String.join("\n", pages);
        IntStream.rangeClosed(1, 200).forEach(i -> assertThat(all).containsOnlyOnce("Worker %03d ".formatted(i)));
    }

    @Test
    void aCellTallerThanAPageIsSplitAcrossPagesWithoutLosingText() {
        String huge = IntStream.range(0, 1500).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        Block.Table table = new Block.Table(List.of("Clause", "Text"), List.of(List.of("7.1", huge)),
                List.of(1f, 4f));

        byte[] pdf = render(document(List.of(new Section("Terms", List.of(table)))));

        assertThat(pages(pdf)).hasSizeGreaterThan(1);
        String text = text(pdf);
        assertThat(flat(text)).contains("word0 word1", "word1498 word1499");
        List<String> words = List.of(text.split("\\s+"));
        IntStream.range(0, 1500).forEach(i -> assertThat(words.contains("word" + i)).as("word%d", i).isTrue());
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrderAndExtractedInReadingOrder() {
        String text = text(render(document(List.of(new Section("Vendor",
                List.of(new Block.Paragraph("Vendor: שלום בנייה ירושלים Ltd.")))))));

        // drawn reversed, so the extractor (like a reader) sees the words in the order they were written
        assertThat(text).contains("Vendor: שלום בנייה ירושלים Ltd.");
    }

    @Test
    void hostileTextRendersAndTheDocumentStillOpens() {
        String longParagraph = "x".repeat(25_000) + " " + "lorem ipsum ".repeat(2_083);
        Document hostile = new Document("Title with \u0000 and \u202Eoverride\u202C 😀", "\t\r\n",
                "Ref \uD83D\uDCA9 \n 1",
                List.of(new Section("Emoji 🚧 and control \u0007 characters", List.of(
                        new Block.Paragraph("Signed 👍 by Zoë before\u0000after"),
                        new Block.Paragraph(longParagraph),
                        new Block.Paragraph("עברית מימין לשמאל and العربية من اليمين إلى اليسار"),
                        new Block.Paragraph(""),
                        new Block.Table(List.of("🙂", "\u0000"),
                                List.of(List.of("", "a\u200Bb"), List.of("👍", "\n\n")), null)))),
                List.of("🖊 Signer \u0000"));

        assertThatCode(() -> render(hostile)).doesNotThrowAnyException();
        byte[] pdf = render(hostile);
        String text = text(pdf);

        assertThat(pages(pdf)).hasSizeGreaterThan(5);
        assertThat(text).contains("Signed ? by Zoë before?after", "Emoji ? and control ? characters", "? Signer ?");
        assertThat(text).doesNotContain("\u0000");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(LONGEST_LINE));
        // the unbroken run is split into lines and across pages, but not one character is lost
        assertThat(text.chars().filter(c -> c == 'x').count()).isEqualTo(25_000);
    }
}
