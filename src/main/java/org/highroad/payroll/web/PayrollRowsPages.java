package org.highroad.payroll.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.payroll.PayrollSubmissions;
import org.highroad.payroll.ReceivePayroll;
import org.highroad.payroll.SubmissionOutcome;
import org.highroad.payroll.SubmissionView;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.intake.PayrollCsvLayout;
import org.highroad.platform.pages.FormError;
import org.highroad.platform.pages.HtmlPages;
import org.highroad.platform.pages.PageTexts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A payroll entered in a form, for a small crew: a block of fields per worker and classification, in the columns of
 * the canonical CSV layout (docs/payroll-csv.md), a fixed number of empty blocks and more by a reload ("add"), so the
 * page needs no JavaScript. The form is written as that CSV and goes through {@link ReceivePayroll#submit} as an upload
 * does: the same bytes stored first as the raw submission, the same reader and checks, and a rejection's errors by row
 * and column shown at the field of that block (a row of the CSV is a block of the form, blank blocks included, since
 * the reader counts blank rows too).
 */
@Controller
@HtmlPages
class PayrollRowsPages {

    static final int FIRST_BLOCKS = 3;
    static final int ADDED_BLOCKS = 3;
    /** A small crew's form; a larger payroll is a CSV upload. */
    static final int MOST_BLOCKS = 30;

    static final List<String> DAYS = PayrollCsvLayout.DAYS;

    /**
     * The columns the form asks: every column of the canonical layout, in its order ({@link PayrollCsvLayout#ALL}), so
     * the form's CSV is a file in the current layout, as the CSV template is. Its {@code apprentice_registration} column
     * is there, so an apprentice's row names its program or names none (the Rev. January 2025 WH-347 asks it per
     * apprentice; docs/payroll-csv.md), and {@code week_ending} names each row's work week on a payroll of a period
     * longer than a week (blank on a weekly one).
     */
    static final List<String> COLUMNS = PayrollCsvLayout.ALL;

    /** The columns shown as one labelled field each before the grid of hours, in the WH-347's order (cols. 1 to 3). */
    static final List<String> FIELDS_BEFORE_HOURS = List.of(PayrollCsvLayout.ENTRY_NUMBER, PayrollCsvLayout.LAST_NAME,
            PayrollCsvLayout.FIRST_NAME, PayrollCsvLayout.MIDDLE_INITIAL, PayrollCsvLayout.WORKER_ID, PayrollCsvLayout.LEVEL,
            PayrollCsvLayout.APPRENTICE_LEVEL, PayrollCsvLayout.APPRENTICE_REGISTRATION, PayrollCsvLayout.CLASSIFICATION,
            PayrollCsvLayout.WEEK_ENDING);
    /** The columns after the hours: pay (cols. 6 to 9), then the local hiring program's columns. */
    static final List<String> FIELDS_AFTER_HOURS = List.of(PayrollCsvLayout.RATE_ST, PayrollCsvLayout.RATE_OT,
            PayrollCsvLayout.FRINGE_CREDIT_PER_HOUR, PayrollCsvLayout.CASH_IN_LIEU_PER_HOUR, PayrollCsvLayout.GROSS_THIS_PROJECT,
            PayrollCsvLayout.GROSS_ALL_WORK, PayrollCsvLayout.DEDUCTIONS_TAX, PayrollCsvLayout.DEDUCTIONS_FICA,
            PayrollCsvLayout.DEDUCTIONS_OTHER, PayrollCsvLayout.DEDUCTIONS_TOTAL, PayrollCsvLayout.NET_PAY);
    static final List<String> FIELDS_LOCAL_HIRING = List.of(PayrollCsvLayout.RESIDENT, PayrollCsvLayout.ADDRESS_EFFECTIVE_FROM,
            PayrollCsvLayout.RACE_ETHNICITY, PayrollCsvLayout.GENDER);

    /** Fields written as text rather than numbers (no decimal keypad on a phone). */
    static final Set<String> TEXT_FIELDS = Set.of(PayrollCsvLayout.LAST_NAME, PayrollCsvLayout.FIRST_NAME,
            PayrollCsvLayout.MIDDLE_INITIAL, PayrollCsvLayout.WORKER_ID, PayrollCsvLayout.APPRENTICE_REGISTRATION,
            PayrollCsvLayout.CLASSIFICATION, PayrollCsvLayout.RACE_ETHNICITY, PayrollCsvLayout.GENDER);
    /** Fields that hold a date (YYYY-MM-DD, as the layout writes dates). */
    static final Set<String> DATE_FIELDS = Set.of(PayrollCsvLayout.WEEK_ENDING, PayrollCsvLayout.ADDRESS_EFFECTIVE_FROM);

    private final ReceivePayroll receive;
    private final PayrollCompliance compliance;
    private final PayrollSubmissions submissions;
    private final PageTexts texts;

    PayrollRowsPages(ReceivePayroll receive, PayrollCompliance compliance, PayrollSubmissions submissions, PageTexts texts) {
        this.texts = texts;
        this.receive = receive;
        this.compliance = compliance;
        this.submissions = submissions;
    }

    @GetMapping("/portal/contracts/{id}/payrolls/rows")
    @PreAuthorize("hasRole('CONTRACTOR')")
    String form(@PathVariable long id, @RequestParam(required = false) String week, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        List<Map<String, String>> blocks = new ArrayList<>();
        pad(blocks, FIRST_BLOCKS);
        return page(id, week, blocks, List.of(), null, user, model);
    }

    @PostMapping("/portal/contracts/{id}/payrolls/rows")
    @PreAuthorize("hasRole('CONTRACTOR')")
    ModelAndView file(@PathVariable long id, @RequestParam Map<String, String> fields, @AuthenticationPrincipal HighroadUser user,
            Model model) {
        // the contract's calendar first: another vendor's contract is not found, whatever the form holds
        compliance.status(id, user);
        String week = fields.get("weekEnding");
        int count = Math.min(MOST_BLOCKS, Math.max(1, intOr(fields.get("rowCount"), FIRST_BLOCKS)));
        List<Map<String, String>> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> block = new HashMap<>();
            for (String column : COLUMNS) {
                String value = fields.get("r" + i + "-" + column);
                block.put(column, value == null ? "" : value);
            }
            blocks.add(block);
        }
        if ("add".equals(fields.get("action"))) {
            pad(blocks, Math.min(MOST_BLOCKS, blocks.size() + ADDED_BLOCKS));
            return view(page(id, week, blocks, List.of(), null, user, model), model, HttpStatus.OK);
        }
        List<FormError> errors = new ArrayList<>();
        LocalDate weekEnding = PayrollPages.date(week, "weekEnding", errors, texts);
        if (blocks.stream().allMatch(PayrollRowsPages::empty)) {
            errors.add(texts.error("r0-last_name", "rows.error.noWorker"));
        }
        if (!errors.isEmpty()) {
            return view(page(id, week, blocks, errors, null, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SubmissionOutcome outcome;
        try {
            outcome = receive.submit(id, weekEnding, Source.CSV, new ByteArrayInputStream(csv(blocks)), null, null, user);
        } catch (InvalidInputException e) {
            return view(page(id, week, blocks, FormError.of(e), null, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SubmissionView s = outcome.submission();
        if (s.status().equals("REJECTED")) {
            List<FormError> atFields = s.errors().stream().map(e -> new FormError(fieldOf(e.row(), e.column()), e.reason())).toList();
            return view(page(id, week, blocks, atFields, s, user, model), model, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/portal/payrolls/" + s.id());
    }

    /**
     * The CSV the form stands for: the header, then one row per block in its order. A block left empty is written as a
     * row of blank cells (its entry number too), which the reader skips but counts, so row n is block n.
     */
    static byte[] csv(List<Map<String, String>> blocks) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Map<String, String> block : blocks) {
            boolean empty = empty(block);
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                cells.add(empty ? "" : quoted(block.getOrDefault(column, "")));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The field of the form an error of the CSV belongs to: row n's column in block n; row 0 is the payroll as a whole. */
    static String fieldOf(int row, String column) {
        if (row <= 0) {
            return "weekEnding";
        }
        String name = column != null && COLUMNS.contains(column) ? column : "last_name";
        return "r" + (row - 1) + "-" + name;
    }

    /** A block nobody filled in: every cell blank but the entry number the form proposes. */
    static boolean empty(Map<String, String> block) {
        return block.entrySet().stream().filter(e -> !e.getKey().equals("entry_number")).allMatch(e -> e.getValue() == null
                || e.getValue().isBlank());
    }

    private static String quoted(String cell) {
        // RFC 4180: every cell in quotes, a quote inside doubled (docs/payroll-csv.md, File format)
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private String page(long id, String week, List<Map<String, String>> blocks, List<FormError> errors, SubmissionView rejected,
            HighroadUser user, Model model) {
        PayrollCompliance.Status status = compliance.status(id, user);
        List<SubmissionView> all = PageView.every(n -> submissions.list(id, user, new PageParams(String.valueOf(n), "200", null)));
        List<PayrollPages.ReportingPeriod> periods = PayrollPages.ReportingPeriod.of(status.weeks(), all);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).putIfAbsent("entry_number", String.valueOf(i + 1));
            if (blocks.get(i).get("entry_number").isBlank() && empty(blocks.get(i))) {
                blocks.get(i).put("entry_number", String.valueOf(i + 1));
            }
        }
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        errors.forEach(e -> fieldErrors.merge(e.field(), e.text(), (a, b) -> a + "; " + b));
        model.addAttribute("contractId", id);
        model.addAttribute("periods", periods);
        model.addAttribute("selected", week != null ? week : periods.stream().filter(p -> p.state().equals("MISSING"))
                .map(p -> p.week().weekEnding().toString()).findFirst().orElse(null));
        model.addAttribute("blocks", blocks);
        model.addAttribute("before", FIELDS_BEFORE_HOURS);
        model.addAttribute("after", FIELDS_AFTER_HOURS);
        model.addAttribute("local", FIELDS_LOCAL_HIRING);
        model.addAttribute("textFields", TEXT_FIELDS);
        model.addAttribute("dateFields", DATE_FIELDS);
        // a row's work week is asked only where a period spans more than one (a biweekly, monthly or quarterly contract)
        boolean longer = status.weeks().stream().anyMatch(w -> w.periodStart() != null
                && w.periodStart().isBefore(w.weekEnding().minusDays(6)));
        model.addAttribute("perWorkWeek", longer);
        model.addAttribute("days", DAYS);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors);
        Map<String, String> labels = new LinkedHashMap<>();
        errors.forEach(e -> labels.put(e.field(), label(e.field())));
        model.addAttribute("labels", labels);
        model.addAttribute("canAdd", blocks.size() < MOST_BLOCKS);
        model.addAttribute("rejected", rejected);
        return "payroll/rows";
    }

    private static final java.util.regex.Pattern BLOCK_FIELD = java.util.regex.Pattern.compile("^r(\\d+)-(.+)$");
    private static final java.util.regex.Pattern HOURS = java.util.regex.Pattern.compile("^(st|ot)_([a-z]{3})$");

    /**
     * Where an error belongs, as the page labels it, so that the error summary names the worker's block and the field
     * ("Worker 2, Straight time, Mon"); the period for the payroll as a whole.
     */
    String label(String field) {
        java.util.regex.Matcher block = BLOCK_FIELD.matcher(field);
        if (!block.matches()) {
            return texts.text("file.period");
        }
        String worker = texts.text("rows.worker", Integer.parseInt(block.group(1)) + 1);
        java.util.regex.Matcher hours = HOURS.matcher(block.group(2));
        String column = hours.matches() ? texts.text("rows." + hours.group(1), texts.text("rows.day." + hours.group(2)))
                : messageOr("rows.col." + block.group(2), block.group(2));
        return texts.text("rows.error.field", worker, column);
    }

    private String messageOr(String key, String otherwise) {
        try {
            return texts.text(key);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return otherwise;
        }
    }

    private static void pad(List<Map<String, String>> blocks, int size) {
        while (blocks.size() < size) {
            Map<String, String> block = new HashMap<>();
            COLUMNS.forEach(c -> block.put(c, ""));
            block.put("entry_number", String.valueOf(blocks.size() + 1));
            blocks.add(block);
        }
    }

    private static int intOr(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static ModelAndView view(String name, Model model, HttpStatus status) {
        ModelAndView page = new ModelAndView(name, model.asMap());
        page.setStatus(status);
        return page;
    }
}
