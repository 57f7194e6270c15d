package org.highroad.transparency.web;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.highroad.platform.money.Money;

/**
 * The public page of a contract, written on the server from its compiled release (so it shows exactly what is
 * published as open contracting data) in English or Spanish: the commitments, the shares reached by month with an SVG
 * chart drawn here (no script), restitution, missing reports and confirmed failures.
 */
final class ContractPage {

    static final List<String> LANGUAGES = List.of("en", "es");
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final String[] COLORS = {"#1b5e20", "#0d47a1", "#b71c1c", "#4a148c"};

    private final String lang;
    private final ResourceBundle text;

    ContractPage(String lang) {
        this.lang = LANGUAGES.contains(lang) ? lang : "en";
        this.text = ResourceBundle.getBundle("transparency/page", Locale.forLanguageTag(this.lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String render(long contractId, JsonNode compiled, String recordUrl) {
        JsonNode contract = find(compiled.path("contracts"), "contract-" + contractId);
        JsonNode award = find(compiled.path("awards"), contract.path("awardID").asText());
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(e(MessageFormat.format(t("title"), contract.path("title").asText()))).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;overflow-wrap:anywhere}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;text-align:left}"
                        // a phone (390 px): a wide table scrolls inside its own box, the chart shrinks to the screen
                        + ".table-wrap{max-width:100%;overflow-x:auto}svg{max-width:100%;height:auto}"
                        // an amount or a percentage is never broken inside the figure ("$60." / "00", "51" / "%")
                        + ".fig{white-space:nowrap;overflow-wrap:normal}</style>\n</head>\n"
                        + "<body>\n<main>\n");
        h.append("<p><a href=\"?lang=").append(t("lang.other")).append("\" lang=\"").append(t("lang.other")).append("\">")
                .append(e(t("lang.other.name"))).append("</a></p>\n");
        h.append("<h1>").append(e(MessageFormat.format(t("title"), contract.path("title").asText()))).append("</h1>\n<dl>\n");
        String supplier = award.path("suppliers").path(0).path("name").asText("");
        dd(h, t("supplier"), supplier);
        dd(h, t("value"), money(contract.path("value").path("amount")));
        dd(h, t("period"), date(contract.path("period").path("startDate")) + " – " + date(contract.path("period").path("endDate")));
        h.append("</dl>\n<h2>").append(e(t("commitments"))).append("</h2>\n<div class=\"table-wrap\"><table>\n");
        Map<String, String> titles = requirementTitles(compiled);
        for (JsonNode r : contract.path("requirementResponses")) {
            String id = r.path("requirement").path("id").asText();
            h.append("<tr><th scope=\"row\">").append(e(label("requirement." + id, titles.getOrDefault(id, id))))
                    .append("</th><td>").append(figures(commitment(id, r.path("value"))))
                    .append("</td></tr>\n");
        }
        h.append("</table></div>\n");
        outcomes(h, contract.path("implementation"));
        h.append("<p>").append(e(t("privacy"))).append(" <a href=\"").append(e(recordUrl)).append("\">")
                .append(e(recordUrl)).append("</a></p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private void outcomes(StringBuilder h, JsonNode implementation) {
        h.append("<h2>").append(e(t("outcomes"))).append("</h2>\n");
        List<JsonNode> project = new ArrayList<>();
        JsonNode metrics = implementation.path("metrics");
        for (JsonNode m : metrics) {
            if (m.path("id").asText().startsWith("share-") && m.path("id").asText().endsWith("-project")) {
                project.add(m);
            }
        }
        if (project.isEmpty()) {
            h.append("<p>").append(e(t("none"))).append("</p>\n");
        } else {
            // the chart's legend in the page's language
            h.append(Chart.svg(project.stream().map(m -> (JsonNode) ((com.fasterxml.jackson.databind.node.ObjectNode) m)
                    .deepCopy().put("title", label("metric." + m.path("id").asText(), m.path("title").asText())))
                    .toList(), t("chart"), COLORS));
            h.append("<div class=\"table-wrap\"><table>\n<tr><th scope=\"col\">").append(e(t("month"))).append("</th>");
            project.forEach(m -> h.append("<th scope=\"col\">").append(e(label("metric." + m.path("id").asText(),
                    m.path("title").asText()))).append("</th>"));
            h.append("</tr>\n");
            JsonNode first = project.get(0).path("observations");
            for (int i = 0; i < first.size(); i++) {
                h.append("<tr><td>").append(e(date(first.get(i).path("period").path("endDate")))).append("</td>");
                for (JsonNode m : project) {
                    JsonNode o = m.path("observations").path(i);
                    String shown = o.hasNonNull("measure") ? number(o.path("measure")) + " %" : t("suppressed");
                    h.append("<td>").append(figures(shown)).append(" (").append(e(t("committed"))).append(" ")
                            .append(figures(number(o.path("dimensions").path("committedPercent")) + " %")).append(")</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table></div>\n");
        }
        h.append("<dl>\n");
        for (JsonNode m : metrics) {
            String id = m.path("id").asText();
            JsonNode o = m.path("observations").path(0);
            if (id.equals("restitution-reported") && o.path("value").path("amount").asDouble() == 0) {
                continue; // nothing reported awaits verification
            }
            if (id.equals("restitution-owed") || id.equals("restitution-paid") || id.equals("restitution-reported")) {
                dd(h, t(id.replace('-', '.')), money(o.path("value").path("amount")));
            } else if (id.equals("missing-reports")) {
                dd(h, t("missing"), o.path("measure").asText());
            }
        }
        h.append("</dl>\n<h2>").append(e(t("failures"))).append("</h2>\n");
        JsonNode failures = implementation.path("performanceFailures");
        if (failures.isEmpty()) {
            h.append("<p>").append(e(t("none"))).append("</p>\n");
            return;
        }
        h.append("<div class=\"table-wrap\"><table>\n<tr><th scope=\"col\">").append(e(t("failure.category"))).append("</th><th scope=\"col\">")
                .append(e(t("failure.events"))).append("</th><th scope=\"col\">").append(e(t("failure.penalty"))).append("</th></tr>\n");
        for (JsonNode f : failures) {
            h.append("<tr><td>").append(e(kind(f.path("category").asText()))).append("</td><td>").append(f.path("events").asInt())
                    .append("</td><td>").append(e(penalty(f.path("penaltyImposed").asText("")))).append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    /** Money, percentages, yes or no: a commitment as the reader writes it, not as the data carries it. */
    private String commitment(String requirementId, JsonNode value) {
        if (value.isBoolean()) {
            return t(value.asBoolean() ? "yes" : "no");
        }
        if (!value.isNumber() && !value.isTextual()) {
            return value.asText();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.asText());
        } catch (NumberFormatException notANumber) {
            return value.asText();
        }
        if (requirementId.startsWith("wage-") || requirementId.equals("lowestHourlyWage")) {
            return Money.formatRate(number, locale()); // a wage per hour, exact: $60.00, $15.275
        }
        String written = number(value);
        return requirementId.startsWith("share-") || requirementId.endsWith("Percent") ? written + " %" : written;
    }

    /** A number in the reader's convention (1,234.5), never in exponent form. */
    private String number(JsonNode value) {
        if (value.isMissingNode() || value.isNull() || value.asText().isEmpty()) {
            return "—";
        }
        try {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
            f.setMaximumFractionDigits(4);
            return f.format(new BigDecimal(value.asText()));
        } catch (NumberFormatException notANumber) {
            return value.asText();
        }
    }

    /** A published date or date-time as the reader writes the day ("Jan 4, 2027", "4 ene 2027"). */
    private String date(JsonNode value) {
        String text = value.asText("");
        if (text.length() < 10) {
            return "—";
        }
        try {
            return java.time.LocalDate.parse(text.substring(0, 10)).format(java.time.format.DateTimeFormatter
                    .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale()));
        } catch (java.time.format.DateTimeParseException e) {
            return text.substring(0, 10);
        }
    }

    /** A failure's category (the finding's kind, lower case in the data) in the page's words. */
    private String kind(String category) {
        String key = "failure.kind." + category;
        if (text.containsKey(key)) {
            return t(key);
        }
        String words = category.replace('_', ' ');
        return words.isEmpty() ? "—" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The escalation step the data publishes as the penalty ("Escalation step FINES") in the page's words. */
    private String penalty(String published) {
        String step = published.startsWith("Escalation step ") ? published.substring("Escalation step ".length()) : published;
        if (step.isEmpty()) {
            return "—";
        }
        return text.containsKey("penalty." + step) ? t("penalty." + step) : published;
    }

    private Locale locale() {
        return Locale.forLanguageTag(lang.equals("es") ? "es-US" : "en-US");
    }

    private String money(JsonNode amount) {
        if (amount.isMissingNode() || amount.isNull()) {
            return "";
        }
        return Money.of(new BigDecimal(amount.asText())).format(Locale.forLanguageTag(lang.equals("es") ? "es-US" : "en-US"));
    }

    private static Map<String, String> requirementTitles(JsonNode compiled) {
        Map<String, String> titles = new HashMap<>();
        for (JsonNode c : compiled.path("tender").path("criteria")) {
            for (JsonNode g : c.path("requirementGroups")) {
                for (JsonNode r : g.path("requirements")) {
                    titles.put(r.path("id").asText(), r.path("title").asText());
                }
            }
        }
        return titles;
    }

    static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void dd(StringBuilder h, String term, String value) {
        h.append("<dt>").append(e(term)).append("</dt><dd>").append(figures(value)).append("</dd>\n");
    }

    /** The page's own words for a requirement or metric when it has them; the published title otherwise. */
    private String label(String key, String published) {
        if (text.containsKey(key)) {
            return t(key);
        }
        String wage = "Hourly base wage: ";
        return published.startsWith(wage) ? t("wage") + ": " + published.substring(wage.length()) : published;
    }

    private String t(String key) {
        return text.getString(key);
    }

    /** A figure: an amount ($1,234.56) or a percentage (51 %); a date's day and year are left to wrap as words do. */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("\\$[0-9][0-9,]*(?:\\.[0-9]+)?|[0-9][0-9,]*(?:\\.[0-9]+)?\\s?%");

    /** The text escaped, each amount and percentage in it kept whole on one line ({@code .fig}). */
    static String figures(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = FIGURE.matcher(s);
        int at = 0;
        while (m.find()) {
            out.append(e(s.substring(at, m.start()))).append("<span class=\"fig\">").append(e(m.group())).append("</span>");
            at = m.end();
        }
        return out.append(e(s.substring(at))).toString();
    }

    private static String e(String s) {
        return htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
