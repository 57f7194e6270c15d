package org.highroad.complaints.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.highroad.complaints.Receipt;
import org.highroad.platform.validation.Violation;

/**
 * The public complaint page, written on the server in the worker's language (English or Spanish, from the message
 * bundles {@code complaints/page_*.properties}): a plain HTML form that works without JavaScript and runs none, posted
 * to the same endpoint as the API ({@code /api/public/complaints}, form-encoded), which answers with this page again,
 * listing what to check, or with the receipt. Every field has its label; errors are listed at the top (an alert) and
 * linked to their fields, each field naming its own error (WCAG 2.1 3.3.1, 3.3.2). Everything a worker typed is
 * escaped, never markup. The fields are the API's, by the same names: one week's hours and pay, or the account in the
 * worker's own terms ({@code claim.*}: weeks, usual hours a week and a day, how paid, whether overtime was paid).
 */
final class ComplaintPage {

    /** Languages the page is written in; any other asks for English. */
    static final List<String> LANGUAGES = List.of("en", "es");
    /** The hidden field naming the page's language, which is not part of the complaint. */
    static final String PAGE = "page";
    /** Only this server's stylesheet; no script at all. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final List<String> NUMBERS = List.of("hoursClaimed", "payClaimed", "claim.hoursPerWeek", "claim.hoursPerDay",
            "claim.amount");
    private static final List<String> TEXTS = List.of("employer", "contract", "worksite", "narrative", "weekEnding", "language",
            "claim.firstWeekEnding", "claim.lastWeekEnding", "claim.paidBy", "claim.overtimePaid", "contact.name",
            "contact.phone", "contact.email");

    private final ResourceBundle text;
    private final String lang;

    private ComplaintPage(String lang) {
        this.lang = LANGUAGES.contains(lang) ? lang : "en";
        this.text = ResourceBundle.getBundle("complaints/page", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The page in {@code lang} (a tag such as {@code es} or {@code es-US}), English when it is not written in it. */
    static ComplaintPage in(String lang) {
        return new ComplaintPage(lang == null ? "en" : Locale.forLanguageTag(lang).getLanguage());
    }

    String lang() {
        return lang;
    }

    /**
     * The complaint the form's fields give, as the API's JSON body: blank fields left out, numbers as numbers (what is
     * not a number is passed as given, so the API names the field), the claim only when any of it is filled in, contact
     * details only when the worker chose not to stay anonymous (an unticked box sends nothing).
     */
    static ObjectNode json(Map<String, String[]> form) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        boolean anonymous = value(form, "anonymous") != null;
        root.put("anonymous", anonymous);
        for (String name : concat(TEXTS, NUMBERS)) {
            String value = value(form, name);
            if (value == null || name.startsWith("contact.") && anonymous) {
                continue;
            }
            ObjectNode parent = root;
            String key = name;
            int dot = name.indexOf('.');
            if (dot > 0) {
                parent = root.has(name.substring(0, dot)) ? (ObjectNode) root.get(name.substring(0, dot))
                        : root.putObject(name.substring(0, dot));
                key = name.substring(dot + 1);
            }
            if (NUMBERS.contains(name) && value.matches("[0-9]+(\\.[0-9]+)?")) {
                parent.put(key, new BigDecimal(value));
            } else if (name.equals("claim.overtimePaid") && (value.equals("true") || value.equals("false"))) {
                parent.put(key, Boolean.parseBoolean(value));
            } else {
                parent.put(key, value);
            }
        }
        return root;
    }

    /** The empty form, or the form again with the worker's answers and what to check. */
    String form(Map<String, String[]> answers, List<Violation> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field() == null ? "" : e.field(), e.reason(), (a, b) -> a + "; " + b));
        StringBuilder h = head(text.getString("title"));
        h.append("<h1>").append(t("title")).append("</h1>\n<p>").append(t("intro")).append(" <strong>")
                .append(t("anonymous.promise")).append("</strong></p>\n");
        String other = text.getString("other.language.lang");
        h.append("<p><a href=\"/public/complaints?lang=").append(other).append("\" lang=\"").append(other)
                .append("\" hreflang=\"").append(other).append("\">").append(t("other.language")).append("</a></p>\n");
        if (!byField.isEmpty()) {
            h.append("<div id=\"errors\" class=\"error\" role=\"alert\" tabindex=\"-1\">\n<p>").append(t("errors"))
                    .append("</p>\n<ul id=\"error-list\">\n");
            byField.forEach((field, reason) -> h.append("<li>").append(field.isEmpty() ? "" : "<a href=\"#" + id(field) + "\">"
                    + label(field) + "</a>: ").append(htmlEscape(reason)).append("</li>\n"));
            h.append("</ul>\n</div>\n");
        }
        h.append("<form id=\"complaint\" method=\"post\" action=\"/api/public/complaints\" accept-charset=\"UTF-8\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(PAGE).append("\" value=\"").append(lang).append("\">\n");
        h.append("<fieldset>\n<legend>").append(t("employer.legend")).append("</legend>\n");
        input(h, "employer", "text", answers, byField, false, " maxlength=\"200\" autocomplete=\"organization\"");
        input(h, "contract", "text", answers, byField, false, " maxlength=\"100\"");
        input(h, "worksite", "text", answers, byField, true, " maxlength=\"300\"");
        h.append("</fieldset>\n<fieldset>\n<legend>").append(t("what.legend")).append("</legend>\n");
        field(h, "narrative", byField, true);
        h.append("<textarea id=\"narrative\" name=\"narrative\" rows=\"6\" maxlength=\"4000\" required")
                .append(described("narrative", byField)).append(">").append(htmlEscape(value(answers, "narrative", ""))).append("</textarea>\n");
        input(h, "weekEnding", "date", answers, byField, false, "");
        input(h, "hoursClaimed", "text", answers, byField, false, " inputmode=\"decimal\"");
        input(h, "payClaimed", "text", answers, byField, false, " inputmode=\"decimal\"");
        h.append("</fieldset>\n<fieldset>\n<legend>").append(t("claim.legend")).append("</legend>\n<p id=\"claim-hint\">")
                .append(t("claim.hint")).append("</p>\n");
        input(h, "claim.firstWeekEnding", "date", answers, byField, false, "");
        input(h, "claim.lastWeekEnding", "date", answers, byField, false, "");
        input(h, "claim.hoursPerWeek", "text", answers, byField, false, " inputmode=\"decimal\"");
        input(h, "claim.hoursPerDay", "text", answers, byField, false, " inputmode=\"decimal\"");
        radios(h, "claim.paidBy", List.of("HOURLY", "WEEKLY", "CASH"), answers, byField);
        input(h, "claim.amount", "text", answers, byField, false, " inputmode=\"decimal\"");
        radios(h, "claim.overtimePaid", List.of("true", "false"), answers, byField);
        h.append("</fieldset>\n<fieldset>\n<legend>").append(t("contact.legend")).append("</legend>\n");
        field(h, "language", byField, false);
        String chosen = value(answers, "language", lang);
        h.append("<select id=\"language\" name=\"language\"").append(described("language", byField)).append(">\n");
        for (String[] option : new String[][] {{"en", "English"}, {"es", "Español"}, {"zh-Hant", "中文"}, {"vi", "Tiếng Việt"},
                {"pt", "Português"}, {"ht", "Kreyòl ayisyen"}, {"ar", "العربية"}}) {
            h.append("<option value=\"").append(option[0]).append("\" lang=\"").append(option[0]).append('"')
                    .append(option[0].equals(chosen) ? " selected" : "").append('>').append(option[1]).append("</option>\n");
        }
        h.append("</select>\n<div class=\"check\">\n<input id=\"anonymous\" name=\"anonymous\" type=\"checkbox\" value=\"true\"")
                .append(answers.isEmpty() || value(answers, "anonymous") != null ? " checked" : "")
                .append(described("anonymous", byField)).append(">\n<label for=\"anonymous\">").append(t("anonymous"))
                .append("</label>\n</div>\n").append(error("anonymous", byField)).append("<p id=\"contact-hint\">")
                .append(t("contact.hint")).append("</p>\n");
        input(h, "contact.name", "text", answers, byField, false, " maxlength=\"200\" autocomplete=\"name\"");
        input(h, "contact.phone", "tel", answers, byField, false, " maxlength=\"40\" autocomplete=\"tel\"");
        input(h, "contact.email", "email", answers, byField, false, " maxlength=\"254\" autocomplete=\"email\"");
        h.append("</fieldset>\n<button id=\"send\" type=\"submit\">").append(t("send")).append("</button>\n</form>\n");
        return foot(h);
    }

    /** The receipt, with what the complaint is about as the worker wrote it (escaped). */
    String receipt(Receipt receipt, String employer, String worksite) {
        StringBuilder h = head(text.getString("receipt.title"));
        h.append("<div id=\"receipt\" role=\"status\">\n<h1>").append(t("receipt.title")).append("</h1>\n<p>")
                .append(t("receipt.number")).append(" <strong id=\"receipt-number\">").append(htmlEscape(receipt.receipt()))
                .append("</strong>. ").append(t("receipt.quote")).append("</p>\n<p>").append(t("receipt.about"))
                .append(" <span id=\"receipt-employer\">").append(htmlEscape(employer == null ? "" : employer))
                .append("</span> ").append(t("receipt.at")).append(" <span id=\"receipt-worksite\">")
                .append(htmlEscape(worksite == null ? "" : worksite)).append("</span>.</p>\n</div>\n<p><a href=\"/public/complaints?lang=")
                .append(lang).append("\">").append(t("receipt.again")).append("</a></p>\n");
        return foot(h);
    }

    private StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(htmlEscape(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/public/complaints.css\">\n</head>\n<body>\n<main>\n");
    }

    private static String foot(StringBuilder h) {
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private void input(StringBuilder h, String name, String type, Map<String, String[]> answers, Map<String, String> errors,
            boolean required, String extra) {
        field(h, name, errors, required);
        h.append("<input id=\"").append(id(name)).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" value=\"").append(htmlEscape(value(answers, name, ""))).append('"').append(extra)
                .append(required ? " required aria-required=\"true\"" : "").append(described(name, errors)).append(">\n")
                .append(error(name, errors));
    }

    private void radios(StringBuilder h, String name, List<String> values, Map<String, String[]> answers, Map<String, String> errors) {
        h.append("<fieldset id=\"").append(id(name)).append("\" class=\"choice\"").append(described(name, errors))
                .append(">\n<legend>").append(t(name)).append("</legend>\n");
        String chosen = value(answers, name, "");
        for (String v : values) {
            String id = id(name) + "-" + v;
            h.append("<div class=\"check\"><input id=\"").append(id).append("\" name=\"").append(name)
                    .append("\" type=\"radio\" value=\"").append(v).append('"').append(v.equals(chosen) ? " checked" : "")
                    .append("><label for=\"").append(id).append("\">").append(t(name + "." + v)).append("</label></div>\n");
        }
        h.append("</fieldset>\n").append(error(name, errors));
    }

    private void field(StringBuilder h, String name, Map<String, String> errors, boolean required) {
        h.append("<label for=\"").append(id(name)).append("\">").append(t(name))
                .append(required ? " <span class=\"required\">(" + t("required") + ")</span>" : "").append("</label>\n");
    }

    private static String described(String name, Map<String, String> errors) {
        return errors.containsKey(name) ? " aria-invalid=\"true\" aria-describedby=\"" + id(name) + "-error\"" : "";
    }

    private static String error(String name, Map<String, String> errors) {
        return errors.containsKey(name) ? "<p id=\"" + id(name) + "-error\" class=\"error\">" + htmlEscape(errors.get(name))
                + "</p>\n" : "";
    }

    /** A field's label where the page has one, else its name (the API's names, for a field the page does not show). */
    private String label(String field) {
        return text.containsKey(field) ? t(field) : htmlEscape(field);
    }

    private String t(String key) {
        return htmlEscape(text.getString(key));
    }

    static String id(String name) {
        return name.replace('.', '-');
    }

    private static String value(Map<String, String[]> form, String name, String otherwise) {
        String v = value(form, name);
        return v == null ? otherwise : v;
    }

    static String value(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 || values[0] == null || values[0].isBlank() ? null : values[0].strip();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
