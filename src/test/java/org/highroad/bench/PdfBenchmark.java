package org.highroad.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.documents.Block;
import org.highroad.documents.Document;
import org.highroad.documents.PdfRenderer;
import org.highroad.documents.Section;
import org.highroad.platform.money.Money;

/**
 * Contract PDFs per second through the project's renderer ({@link PdfRenderer}: layout, wrapping, tables, footers,
 * the Liberation Sans regular and bold fonts embedded as subsets) against a bare PDFBox 3 document with the same two
 * fonts embedded the same way, the same page count and the same text, measured in the same run. Not a test: run it
 * with {@code bench/pdf-bench.sh} (see BENCHMARKS.md).
 *
 * <p>The contract is built the way {@code ContractDocuments.document} builds it (parties and terms, the four clauses
 * of the clause library with their placeholders filled, Schedules A, B and C, two signature lines), from the values of
 * a realistic executed contract, since that class reads them from the database. The bare document writes the lines
 * the project's PDF holds, page by page (extracted once, before measuring), with no wrapping, measuring or tables.
 *
 * <p>Options: {@code --warmup=3}, {@code --iterations=7}, {@code --millis=4000} per iteration (a document takes tens
 * of milliseconds), {@code --wages=12} classifications in Schedule A (more rows make more pages).
 */
public final class PdfBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static long sink;

    public static void main(String[] args) throws IOException {
        int warmup = DmnBenchmark.intOption(args, "warmup", 3);
        int iterations = DmnBenchmark.intOption(args, "iterations", 7);
        int millis = DmnBenchmark.intOption(args, "millis", 4000);
        int wages = DmnBenchmark.intOption(args, "wages", 12);
        System.out.printf("PDF benchmark: java %s (%s), %d processors, load average %.2f; warm-up %d x %d ms, measured %d x %d ms%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), DmnBenchmark.loadAverage(), warmup, millis, iterations, millis);

        PdfRenderer renderer = new PdfRenderer(Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC));
        Document contract = contract(wages);
        byte[] ours = renderer.render(contract);
        Bare bare = Bare.of(ours, bold(contract));
        Bare bareWithoutGsub = bare.withoutGsub();
        byte[] theirs = bare.render();
        int pages = pages(ours);
        if (pages(theirs) != pages) {
            throw new IllegalStateException("the bare document has " + pages(theirs) + " pages, the contract " + pages);
        }
        System.out.printf("contract: %d pages, %,d bytes, %,d characters of text; bare PDFBox: %d pages, %,d bytes, %,d characters%n",
                pages, ours.length, text(ours).length(), pages(theirs), theirs.length, text(theirs).length());

        // the third is for information: the bare document with PDFBox's glyph substitution (GSUB) turned off
        List<String> names = List.of("highroad", "bare", "bare-no-gsub");
        List<Supplier<byte[]>> ops = List.of(() -> renderer.render(contract), bare::render, bareWithoutGsub::render);
        for (int k = 0; k < ops.size(); k++) {
            for (int w = 0; w < warmup; w++) {
                double[] r = iteration(ops.get(k), millis);
                System.out.printf("  warm-up %-9s %,8.1f docs/s (%,.1f per CPU second)%n", names.get(k), r[0], r[1]);
            }
        }
        double[][] wall = new double[ops.size()][iterations];
        double[][] cpu = new double[ops.size()][iterations];
        for (int round = 0; round < iterations; round++) {
            for (int k = 0; k < ops.size(); k++) {
                double[] r = iteration(ops.get(k), millis);
                wall[k][round] = r[0];
                cpu[k][round] = r[1];
            }
            System.out.printf("  round %d: highroad %,.1f docs/s, bare %,.1f docs/s, ratio %.3f; bare without GSUB %,.1f docs/s%n",
                    round + 1, wall[0][round], wall[1][round], wall[0][round] / wall[1][round], wall[2][round]);
        }
        double[] ratios = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            ratios[i] = wall[0][i] / wall[1][i];
        }
        double ratio = median(wall[0]) / median(wall[1]);
        System.out.println();
        System.out.printf("load average at the end %.2f; sink %d%n", DmnBenchmark.loadAverage(), sink);
        System.out.println("document | pages | median docs/s | min | max | median per CPU second");
        for (int k = 0; k < ops.size(); k++) {
            double[] sorted = wall[k].clone();
            Arrays.sort(sorted);
            System.out.printf("RESULT %s | %d | %,.1f | %,.1f | %,.1f | %,.1f%n", names.get(k), pages, median(wall[k]),
                    sorted[0], sorted[sorted.length - 1], median(cpu[k]));
        }
        System.out.printf("RATIO highroad/bare %.3f (median of the per-round ratios %.3f, per CPU second %.3f), target 0.8: %s%n",
                ratio, median(ratios), median(cpu[0]) / median(cpu[1]), ratio >= 0.8 ? "met" : "MISSED");
    }

    // ---- the contract ----------------------------------------------------------------------------------------------

    /** A contract as {@code ContractDocuments.document} lays it out, for an executed road-works contract. */
    static Document contract(int wageRows) {
        String agency = "Department of Public Works";
        String prime = "Harbor Electric & Civil Contractors, Inc.";
        String wd = "MA20260012 (modification 3)";
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Parties and terms", List.of(new Block.Paragraph("Agency: " + agency + "\nPrime contractor: "
                + prime + "\nContract value: " + dollars("4872350.00") + "\nPeriod: 2027-01-04 to 2028-06-30"
                + "\nJob-quality standard: BOSTON-STYLE-CONSTRUCTION version 2\nWage determination: " + wd
                + "\nStatus: executed, version 2 in force from 2027-03-15"))));
        String[][] classes = {
            {"ELECTRICIAN", "58.42", "31.07"}, {"LABORER: COMMON OR GENERAL", "44.95", "24.18"},
            {"OPERATING ENGINEER: BACKHOE/EXCAVATOR", "56.10", "29.35"}, {"CARPENTER", "49.78", "26.44"},
            {"CEMENT MASON/CONCRETE FINISHER", "47.63", "25.91"}, {"IRONWORKER, REINFORCING", "52.80", "33.12"},
            {"TRUCK DRIVER: DUMP TRUCK", "41.27", "22.64"}, {"PAINTER: BRIDGE", "50.15", "27.80"},
            {"PLUMBER", "59.30", "32.48"}, {"LABORER: FLAGGER", "38.12", "21.05"},
            {"OPERATING ENGINEER: PAVER", "55.44", "29.35"}, {"SHEET METAL WORKER", "53.67", "30.22"}};
        List<List<String>> wageTable = new ArrayList<>();
        StringBuilder schedule = new StringBuilder();
        for (int i = 0; i < wageRows; i++) {
            String[] c = classes[i % classes.length];
            String name = (i < classes.length ? c[0] : c[0] + " (zone " + (i / classes.length + 1) + ")") + " (hyp.)";
            BigDecimal base = new BigDecimal(c[1]);
            BigDecimal fringe = new BigDecimal(c[2]);
            BigDecimal offered = base.add(new BigDecimal(i % 3 == 0 ? "1.50" : "0.00"));
            wageTable.add(List.of(name, dollars(offered), dollars(fringe), dollars(offered) + " + " + dollars(fringe),
                    dollars(base) + " + " + dollars(fringe)));
            schedule.append(i == 0 ? "" : "; ").append(name).append(' ').append(dollars(offered)).append(" + ")
                    .append(dollars(fringe));
        }
        sections.add(new Section("Wages and fringe benefits", List.of(new Block.Paragraph("The Contractor shall pay every "
                + "worker employed in a classification listed in Schedule A not less than the committed hourly minimum for all "
                + "hours worked: " + schedule + ". Where a wage floor of standard BOSTON-STYLE-CONSTRUCTION version 2 in force "
                + "on the day the work is performed is higher than the committed base rate, that floor applies from that day. "
                + "Prevailing rates follow wage determination " + wd + " (29 CFR 5.5(a)(1)), which also sets the minimum for "
                + "any classification not listed in Schedule A. Overtime over 40 hours in a work week is paid at not less than "
                + "one and one-half times the base rate."))));
        sections.add(new Section("Workforce participation", List.of(new Block.Paragraph("The Contractor shall ensure that at "
                + "least the shares of work hours listed in Schedule B are performed by the groups named there, measured as "
                + "stated for each group. Each committed share is the higher of the standard's target and the share the "
                + "Contractor pledged in its bid."))));
        sections.add(new Section("Job-quality commitments", List.of(new Block.Paragraph("The Contractor shall maintain for "
                + "workers on this contract the commitments made in its bid: employer share of health insurance premiums of "
                + "85%, 12 paid leave days per year, retirement contributions of 6% of wages, schedules posted 14 days in "
                + "advance, 90% of positions full time, 40 training hours per worker per year. Advancement plan: every "
                + "apprentice completing a level is offered the next level's work on this contract; laborers are offered "
                + "pre-apprenticeship places each spring. Collective bargaining agreement: yes; worker committee: yes."))));
        sections.add(new Section("Certified payroll, cure and remedies", List.of(new Block.Paragraph("The Contractor and each "
                + "subcontractor shall submit a certified payroll with a signed Statement of Compliance for every week in which "
                + "work is performed, or a statement that no work was performed, within 7 days after the week ends (29 CFR "
                + "5.5(a)(3)(ii)). A finding of non-compliance may be cured within 10 business days of notice. Underpayments "
                + "are restituted to each worker; amounts over $500.00 per worker are reported on a correction payroll. The "
                + "Agency may withhold from payments the amounts needed to satisfy restitution (29 CFR 5.5(a)(2)) and may "
                + "assess $300.00 per violation per day, up to $25,000.00. The prime contractor is responsible for its "
                + "subcontractors' compliance."))));
        sections.add(new Section("Schedule A: committed wages per classification", List.of(new Block.Table(
                List.of("Classification", "Committed base", "Committed fringe", "Bid offer", "Prevailing"), wageTable,
                List.of(3f, 1.3f, 1.3f, 1.8f, 1.8f)),
                new Block.Paragraph("The committed rates are the higher of the bid's offer and the prevailing rate. Where a wage "
                        + "floor of the standard in force on the day of work is higher, the floor applies from that day; a "
                        + "classification not listed here is paid at least the prevailing rate of wage determination " + wd
                        + " (clause Wages and fringe benefits). Every covered worker, whatever the classification, is paid at "
                        + "least " + dollars("24.50") + " an hour, the lowest hourly wage of the bid."))));
        sections.add(new Section("Schedule B: shares of work hours", List.of(new Block.Table(
                List.of("Group", "Standard target", "Bid pledge", "Committed", "Measured"), List.of(
                        List.of("residents", "51%", "55%", "55%", "per trade"),
                        List.of("people of color", "40%", "42.5%", "42.5%", "per trade"),
                        List.of("women", "12%", "12%", "12%", "per trade, journey and apprentice separately"),
                        List.of("apprentices", "20%", "25%", "25%", "overall")), null))));
        sections.add(new Section("Schedule C: reporting and remedies", List.of(new Block.Table(List.of("Term", "Value"), List.of(
                List.of("Weekly certified payroll due", "7 days after the week ends"),
                List.of("Cure period", "10 business days"),
                List.of("Correction payroll above", dollars("500.00") + " per worker"),
                List.of("Cash above the base makes up fringe", "no, kept apart"),
                List.of("Fine per violation per day", dollars("300.00")),
                List.of("Fine cap", dollars("25000.00")),
                List.of("Weekly overtime after", "40 hours")), null))));
        return new Document("Contract: Reconstruction of Dorchester Avenue, Phase 2", agency + " and " + prime,
                "Contract 1042, version 2", sections, List.of("For the Agency: " + agency, "For the Contractor: " + prime));
    }

    private static String dollars(String amount) {
        return dollars(new BigDecimal(amount));
    }

    /** As {@code ContractDocuments.dollars}: the contract's language is U.S. English. */
    private static String dollars(BigDecimal amount) {
        return Money.of(amount).format(Locale.US);
    }

    /** The texts the renderer sets in bold: the title, the section headings and the tables' header cells. */
    static Set<String> bold(Document d) {
        Set<String> bold = new HashSet<>();
        bold.add(d.title());
        for (Section s : d.sections()) {
            bold.add(s.heading());
            for (Block b : s.blocks()) {
                if (b instanceof Block.Table t) {
                    bold.add(String.join(" ", t.columns()));
                }
            }
        }
        return bold;
    }

    // ---- the bare PDFBox document ----------------------------------------------------------------------------------

    /** The same text on the same number of Letter pages, written line by line with no layout. */
    record Bare(byte[] regularFont, byte[] boldFont, List<List<String>> pages, Set<String> bold, boolean gsub) {

        static Bare of(byte[] contract, Set<String> bold) throws IOException {
            List<List<String>> pages = new ArrayList<>();
            try (PDDocument pdf = Loader.loadPDF(contract)) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(pdf).lines().filter(l -> !l.isBlank()).toList());
                }
            }
            return new Bare(font("LiberationSans-Regular.ttf"), font("LiberationSans-Bold.ttf"), pages, bold, true);
        }

        /** The same document with PDFBox's glyph substitution turned off for both fonts (ligatures not applied). */
        Bare withoutGsub() {
            return new Bare(regularFont, boldFont, pages, bold, false);
        }

        byte[] render() {
            if (!gsub) {
                try (TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBuffer(regularFont));
                        TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(boldFont))) {
                    r.setEnableGsub(false);
                    b.setEnableGsub(false);
                    try (PDDocument pdf = new PDDocument()) {
                        return write(pdf, PDType0Font.load(pdf, r, true), PDType0Font.load(pdf, b, true));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            try (PDDocument pdf = new PDDocument()) {
                return write(pdf, PDType0Font.load(pdf, new ByteArrayInputStream(regularFont), true),
                        PDType0Font.load(pdf, new ByteArrayInputStream(boldFont), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] write(PDDocument pdf, PDType0Font regular, PDType0Font heavy) throws IOException {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.newLineAtOffset(72, 792 - 72 - 10.5f);
                    // the project's tables set more lines on a page than running text would: keep them on it
                    float leading = Math.min(13.65f, (792 - 2 * 72) / (float) lines.size());
                    for (String line : lines) {
                        content.setFont(bold.contains(line) ? heavy : regular, 10.5f);
                        content.showText(line);
                        content.newLineAtOffset(0, -leading);
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Contract");
            info.setSubject("Contract 1042, version 2");
            info.setProducer("Highroad");
            info.setCreationDate(new GregorianCalendar());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }

        private static byte[] font(String name) throws IOException {
            try (InputStream in = PdfBenchmark.class.getResourceAsStream(FONTS + name)) {
                return in.readAllBytes();
            }
        }
    }

    // ---- measuring -------------------------------------------------------------------------------------------------

    /** Documents per second of wall time and per second of this thread's CPU time over one iteration. */
    private static double[] iteration(Supplier<byte[]> op, int millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int n = 0;
        long now;
        do {
            sink += op.get().length;
            n++;
        } while ((now = System.nanoTime()) < end);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new double[] {n / ((now - start) / 1e9), n / (cpu / 1e9)};
    }

    static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
