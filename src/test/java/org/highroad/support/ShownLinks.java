package org.highroad.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links a reader is shown, in a Tasklist form's Markdown ({@code [text](/path)}) or a page's HTML
 * ({@code href="/path"}), opened with that reader's signed-in page session: a link shown must open for its reader, not
 * ask for a password (401 from {@code /api}), refuse (403) or lead nowhere (404).
 */
public final class ShownLinks {

    private static final Pattern MARKDOWN = Pattern.compile("\\]\\((/[^)\\s]*)\\)");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    private ShownLinks() {
    }

    /** The site's own links in a form's Markdown text. */
    public static List<String> inMarkdown(String text) {
        return found(MARKDOWN, text);
    }

    /** A deployed form's links with its {@code {{variable}}} placeholders filled from the task's variables. */
    public static List<String> inForm(String form, java.util.Map<String, Object> variables) {
        List<String> links = new ArrayList<>();
        for (String link : inMarkdown(form)) {
            String filled = link;
            for (var v : variables.entrySet()) {
                filled = filled.replace("{{" + v.getKey() + "}}", String.valueOf(v.getValue()));
            }
            assertThat(filled).as("every placeholder of " + link + " is a variable of the task").doesNotContain("{{");
            links.add(filled);
        }
        return links;
    }

    /** The site's own links in a page. */
    public static List<String> inPage(String html) {
        return found(HREF, html).stream().map(l -> l.replace("&amp;", "&")).toList();
    }

    private static List<String> found(Pattern pattern, String text) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            links.add(m.group(1));
        }
        return new ArrayList<>(links);
    }

    /** Every link opens for {@code reader}: none to the API, none refused or missing. */
    public static void openFor(PageSession reader, String who, List<String> links) {
        for (String link : links) {
            assertThat(link).as(who + " is shown an API address a browser cannot open").doesNotStartWith("/api/");
            int status = reader.get(link).status();
            assertThat(status).as(who + " opens " + link).isNotIn(401, 403, 404).isLessThan(500);
        }
    }
}
