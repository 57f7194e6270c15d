package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tasklist forms link only to addresses a signed-in browser opens: the staff pages, the portal (a contractor's form)
 * or Tasklist itself, never the API, which asks a browser for a password (HTTP Basic) and answers JSON. Read from the
 * forms as deployed (forms/**.form) and from the Java that writes the forms' Markdown (the process packages' form
 * values). The tests of each process open those links with the reader's page session.
 */
class FormLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\((/[^)\\s]*)\\)");
    /** A link written in Java: "](/" then the address, up to the quote that ends the literal. */
    private static final Pattern JAVA_LINK = Pattern.compile("\\]\\((/[^\"\\s)]*)");

    @Test
    void everyFormsLinkIsAPageOrThePortalNeverTheApi() throws IOException {
        List<String> wrong = new ArrayList<>();
        int links = 0;
        try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                Matcher m = LINK.matcher(Files.readString(form));
                while (m.find()) {
                    links++;
                    if (!opensInABrowser(m.group(1))) {
                        wrong.add(form + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(links).as("the forms were read").isGreaterThan(3);
        assertThat(wrong).as("links a browser cannot open (the API asks for a password)").isEmpty();
    }

    @Test
    void theMarkdownTheProcessesWriteIntoFormsLinksNoApiEither() throws IOException {
        List<String> wrong = new ArrayList<>();
        int links = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/highroad"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/process/")).sorted().toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = JAVA_LINK.matcher(lines.get(i));
                    while (m.find()) {
                        links++;
                        if (!opensInABrowser(m.group(1))) {
                            wrong.add(source + ":" + (i + 1) + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(links).as("the form values were read").isGreaterThan(3);
        assertThat(wrong).as("links a browser cannot open (the API asks for a password)").isEmpty();
    }

    private static boolean opensInABrowser(String link) {
        return link.startsWith("/staff/") || link.startsWith("/portal/") || link.startsWith("/operaton/app/")
                || link.startsWith("/public/");
    }
}
