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
    /** The form's language list offers these only; a complaint sent from it in another is refused at the list. */
    static final String NOT_OFFERED = "must be one of the languages offered: en or es";
    /** The hidden field naming the page's language, which is not part of the complaint. */
    static final String PAGE = "page";
    /**
     * The hidden field holding the form's one-time token, drawn when the form is written and sent with it as the
     * complaint's Idempotency-Key: the same form sent twice (a double click, a resend after a lost answer) is one
     * complaint with one receipt. Not part of the complaint.
     */
    static final String TOKEN = "formToken";
    /** Only this server's stylesheet; no script at all. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final List<String> NUMBERS = List.of("hoursClaimed", "payClaimed", "claim.hoursPerWeek", "claim.hoursPerDay",
            "claim.amount");
    private static final List<String> TEXTS = List.of("employer", "contract", "worksite", "narrative", "weekEnding", "language",
            "claim.firstWeekEnding", "claim.lastWeekEnding", "claim.paidBy", "claim.overtimePaid", "contact.name",
            "contact.phone", "contact.email");

    /**
     * The API's reasons (English, as {@code domain.ComplaintForm} writes them) and the bundle key that says each in
     * the page's language; the groups are the key's arguments. A reason not listed is shown as written, marked English.
     */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> REASONS = List.of(
            reason("is required", "required"),
            reason("name the employer, or give the contract's number in 'contract'", "employer"),
            reason("is required with hours or pay: .*", "weekEnding"),
            reason("must be a language code .*", "language"),
            reason("is longer than (\\d+) characters \\((\\d+)\\)", "tooLong"),
            reason("must be a date \\(YYYY-MM-DD\\)", "date"),
            reason("is after this week", "afterThisWeek"),
            reason("is more than six years ago", "sixYears"),
            reason("must be a number", "number"),
            reason("must be between 0 and (\\S+)", "between"),
            reason("must have at most two decimals", "decimals"),
            reason("must be true or false", "boolean"),
            reason("give a phone number or an email address .*", "contact"),
            reason("must be a phone number .*", "phone"),
            reason("must be an email address", "email"),
            reason("is true, but contact details were given.*", "anonymous"),
            reason("must be one of the languages offered: en or es", "languageOffered"),
            reason("is required: HOURLY, WEEKLY or CASH", "paidByRequired"),
            reason("must be HOURLY, WEEKLY or CASH", "paidBy"),
            reason("is before the first week's end", "beforeFirst"),
            reason("must fall on the same weekday as the first week's end", "sameWeekday"),
            reason("is more than (\\d+) weeks after the first", "weeksAfter"),
            reason("is too long: the whole complaint may be at most (\\d+) bytes", "bodyTooLong"),
            reason("this Idempotency-Key was sent before with another complaint.*", "formSentBefore"),
            reason("Too many complaints from your address: at most (\\d+) a minute and (\\d+) a day\\. Try again in (\\d+) seconds\\.",
                    "tooMany"),
            reason("Highroad is receiving more complaints than it can take in right now; try again in (\\d+) seconds\\.",
                    "tooManyEveryone"));

    private static Map.Entry<java.util.regex.Pattern, String> reason(String regex, String key) {
        return Map.entry(java.util.regex.Pattern.compile(regex), "reason." + key);
    }

    private final ResourceBundle text;
    private final String lang;
    private final AgencyContact contact;

    private ComplaintPage(String lang, AgencyContact contact) {
        this.contact = contact;
        this.lang = LANGUAGES.contains(lang) ? lang : "en";
        this.text = ResourceBundle.getBundle("complaints/page", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The page in {@code lang} (a tag such as {@code es} or {@code es-US}), English when it is not written in it. */
    static ComplaintPage in(String lang) {
        return in(lang, null);
    }

    /** The page in {@code lang}, with the agency's contact details at its foot. */
    static ComplaintPage in(String lang, AgencyContact contact) {
        return new ComplaintPage(lang == null ? "en" : Locale.forLanguageTag(lang).getLanguage(), contact);
    }

    String lang() {
        return lang;
    }

    /**
     * The complaint the form's fields give, as the API's JSON body: blank fields left out, numbers as numbers (what is
     * not a number is passed as given, so the API names the field), the claim only when any of it is filled in, contact
     * details as given: with "Stay anonymous" ticked (an unticked box sends nothing) the intake refuses them at the box,
     * as the API does, rather than the page dropping a name and phone the worker believes an investigator will call.
     */
    static ObjectNode json(Map<String, String[]> form) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        boolean anonymous = value(form, "anonymous") != null;
        root.put("anonymous", anonymous);
        for (String name : concat(TEXTS, NUMBERS)) {
            String value = value(form, name);
            if (value == null) {
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
            // a negative number is a number too: the intake says what range it must be in, not that it is no number
            if (NUMBERS.contains(name) && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
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
        errors.forEach(e -> byField.merge(field(e.field()), reason(e.reason()), (a, b) -> a + "; " + b));
        StringBuilder h = head(text.getString("title"));
        h.append("<h1>").append(t("title")).append("</h1>\n<p>").append(t("intro")).append(" <strong>")
                .append(t("anonymous.promise")).append("</strong></p>\n");
        String other = text.getString("other.language.lang");
        h.append("<p><a href=\"/public/complaints?lang=").append(other).append("\" lang=\"").append(other)
                .append("\" hreflang=\"").append(other).append("\">").append(t("other.language")).append("</a></p>\n");
        h.append("<p><a id=\"status-link\" href=\"/public/complaints/status?lang=").append(lang).append("\">")
                .append(t("status.link")).append("</a></p>\n");
        if (!byField.isEmpty()) {
            h.append("<div id=\"errors\" class=\"error\" role=\"alert\" tabindex=\"-1\">\n<p>").append(t("errors"))
                    .append("</p>\n<ul id=\"error-list\">\n");
            byField.forEach((field, reason) -> h.append("<li>").append(field.isEmpty() ? "" : "<a href=\"#" + id(field) + "\">"
                    + label(field) + "</a>: ").append(htmlEscape(reason)).append("</li>\n"));
            h.append("</ul>\n</div>\n");
        }
        h.append("<form id=\"complaint\" method=\"post\" action=\"/api/public/complaints\" accept-charset=\"UTF-8\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(PAGE).append("\" value=\"").append(lang).append("\">\n")
                .append("<input type=\"hidden\" name=\"").append(TOKEN).append("\" value=\"").append(htmlEscape(token(answers)))
                .append("\">\n");
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
        // only the languages this page is written in: a worker offered a language should be able to read the page in it
        for (String[] option : new String[][] {{"en", "English"}, {"es", "Español"}}) {
            h.append("<option value=\"").append(option[0]).append("\" lang=\"").append(option[0]).append('"')
                    .append(option[0].equals(chosen) ? " selected" : "").append('>').append(option[1]).append("</option>\n");
        }
        h.append("</select>\n").append(error("language", byField)).append("<div class=\"check\">\n<input id=\"anonymous\" name=\"anonymous\" type=\"checkbox\" value=\"true\"")
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

    /**
     * The form's token: the one it was sent with, when it is shown again with what to check (nothing was kept under
     * it), else a new one (a random UUID: unguessable, so no one else's form can be answered with this one's receipt).
     */
    static String token(Map<String, String[]> answers) {
        String sent = value(answers, TOKEN);
        return sent != null && sent.matches("[\\x21-\\x7E]{1,255}") ? sent : java.util.UUID.randomUUID().toString();
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
                .append(lang).append("\">").append(t("receipt.again")).append("</a></p>\n")
                .append("<p><a id=\"status-link\" href=\"/public/complaints/status?lang=").append(lang).append("\">")
                .append(t("status.link")).append("</a></p>\n");
        return foot(h);
    }

    private StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(htmlEscape(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/public/complaints.css\">\n</head>\n<body>\n<main>\n");
    }

    /**
     * Asking about a complaint by its receipt: the form, and under it what was found (the stage only), that no
     * complaint has the receipt, the receipt's error linked to its field, or how long to wait when asked too often.
     */
    String status(String receipt, org.highroad.complaints.ComplaintStage stage, boolean unknown, List<Violation> errors,
            Long waitSeconds) {
        StringBuilder h = head(text.getString("status.title"));
        h.append("<h1>").append(t("status.title")).append("</h1>\n<p>").append(t("status.intro")).append("</p>\n");
        String other = text.getString("other.language.lang");
        h.append("<p><a href=\"/public/complaints/status?lang=").append(other).append("\" lang=\"").append(other)
                .append("\" hreflang=\"").append(other).append("\">").append(t("other.language")).append("</a></p>\n");
        Map<String, String> byField = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            byField.put("receipt", text.getString("status.badReceipt"));
            h.append("<div id=\"errors\" class=\"error\" role=\"alert\" tabindex=\"-1\">\n<p>").append(t("errors"))
                    .append("</p>\n<ul id=\"error-list\">\n<li><a href=\"#receipt\">").append(t("status.receipt")).append("</a>: ")
                    .append(t("status.badReceipt")).append("</li>\n</ul>\n</div>\n");
        }
        h.append("<form id=\"status\" method=\"post\" action=\"/api/public/complaints/status\" accept-charset=\"UTF-8\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(PAGE).append("\" value=\"").append(lang).append("\">\n")
                .append("<label for=\"receipt\">").append(t("status.receipt")).append(" <span class=\"required\">(")
                .append(t("required")).append(")</span></label>\n<p id=\"receipt-hint\">").append(t("status.hint")).append("</p>\n")
                .append("<input id=\"receipt\" name=\"receipt\" type=\"text\" maxlength=\"20\" autocomplete=\"off\" required")
                .append(" aria-required=\"true\" value=\"").append(htmlEscape(receipt == null ? "" : receipt)).append('"')
                .append(byField.isEmpty() ? " aria-describedby=\"receipt-hint\""
                        : " aria-invalid=\"true\" aria-describedby=\"receipt-hint receipt-error\"").append(">\n")
                .append(error("receipt", byField)).append("<button id=\"check\" type=\"submit\">").append(t("status.check"))
                .append("</button>\n</form>\n");
        if (stage != null) {
            h.append("<div id=\"stage\" role=\"status\">\n<p>").append(t("status.found")).append(" <strong>")
                    .append(t("status." + stage.name())).append("</strong></p>\n</div>\n");
        } else if (unknown) {
            h.append("<div id=\"stage\" role=\"status\" class=\"error\">\n<p>").append(t("status.unknown")).append("</p>\n</div>\n");
        } else if (waitSeconds != null) {
            h.append("<div id=\"stage\" role=\"status\" class=\"error\">\n<p>")
                    .append(htmlEscape(java.text.MessageFormat.format(text.getString("status.wait"), waitSeconds))).append("</p>\n</div>\n");
        }
        h.append("<p><a href=\"/public/complaints?lang=").append(lang).append("\">").append(t("status.back")).append("</a></p>\n");
        return foot(h);
    }

    private String foot(StringBuilder h) {
        if (contact != null && !(contact.office() + contact.phone() + contact.email() + contact.address()).isBlank()) {
            h.append("<section id=\"agency-contact\" aria-labelledby=\"agency-contact-title\">\n<h2 id=\"agency-contact-title\">")
                    .append(t("agency.title")).append("</h2>\n<p>").append(t("agency.intro")).append("</p>\n<ul>\n");
            if (!contact.office().isBlank()) {
                h.append("<li id=\"agency-office\">").append(htmlEscape(contact.office())).append("</li>\n");
            }
            if (!contact.phone().isBlank()) {
                h.append("<li>").append(t("agency.phone")).append(" <a id=\"agency-phone\" href=\"tel:")
                        .append(htmlEscape(contact.phone().replaceAll("[^0-9+]", ""))).append("\">").append(htmlEscape(contact.phone()))
                        .append("</a></li>\n");
            }
            if (!contact.email().isBlank()) {
                h.append("<li>").append(t("agency.email")).append(" <a id=\"agency-email\" href=\"mailto:")
                        .append(htmlEscape(contact.email())).append("\">").append(htmlEscape(contact.email())).append("</a></li>\n");
            }
            if (!contact.address().isBlank()) {
                h.append("<li>").append(t("agency.address")).append(' ').append(htmlEscape(contact.address())).append("</li>\n");
            }
            String hours = contact.hoursIn(lang);
            if (!hours.isBlank()) {
                // the English hours on a page in another language (no hours set in it) are marked English (WCAG 3.1.2)
                boolean english = "es".equals(lang) && contact.hoursEs().isBlank();
                h.append("<li>").append(t("agency.hours")).append(english ? " <span id=\"agency-hours\" lang=\"en\">"
                        : " <span id=\"agency-hours\">").append(htmlEscape(hours)).append("</span></li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
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

    /** The API's reason in the page's language, where the bundle says it; else as written. */
    String reason(String reason) {
        if (reason == null) {
            return "";
        }
        for (Map.Entry<java.util.regex.Pattern, String> r : REASONS) {
            java.util.regex.Matcher m = r.getKey().matcher(reason);
            if (m.matches() && text.containsKey(r.getValue())) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return new java.text.MessageFormat(text.getString(r.getValue()), Locale.forLanguageTag(lang)).format(args);
            }
        }
        return reason;
    }

    /**
     * The page's field a violation of the intake is shown at: a way to reach the worker missing ({@code contact}, the
     * contact details as a whole) at the phone, the first way the page offers; any other at the field of its name.
     */
    private static String field(String field) {
        return field == null ? "" : field.equals("contact") ? "contact.phone" : field;
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
