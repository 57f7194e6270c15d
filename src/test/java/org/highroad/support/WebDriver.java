package org.highroad.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;

/**
 * Real headless Chromium through chromedriver's W3C WebDriver protocol (plain HTTP and JSON, so no Selenium
 * dependency). Finds {@code chromium} and {@code chromedriver} on the PATH (Debian: {@code apt-get install chromium
 * chromium-driver}); {@link #available()} is false when either is missing. Shared by the browser tests of every module's
 * pages; {@link #axe()} runs axe-core in the page.
 */
public final class WebDriver implements AutoCloseable {

    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Process driver;
    private final String base;
    private final Path profile;

    private WebDriver(Process driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static boolean available() {
        return browser().isPresent() && executable("chromedriver").isPresent();
    }

    private static Optional<Path> browser() {
        return Stream.of("chromium", "chromium-browser", "google-chrome").map(WebDriver::executable)
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/usr/lib/chromium"))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** Starts chromedriver and a headless browser session. */
    public static WebDriver start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder(executable("chromedriver").orElseThrow().toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path profile = Files.createTempDirectory("highroad-chromium");
        WebDriver webDriver = new WebDriver(process, "http://127.0.0.1:" + port, profile);
        for (int attempt = 0; !webDriver.ready(); attempt++) {
            if (attempt > 100 || !process.isAlive()) {
                webDriver.close();
                throw new IllegalStateException("chromedriver did not start");
            }
            Thread.sleep(100);
        }
        ObjectNode options = Http.JSON.createObjectNode();
        options.put("binary", browser().orElseThrow().toString());
        options.putArray("args").add("--headless=new").add("--no-sandbox").add("--disable-gpu").add("--disable-dev-shm-usage")
                .add("--user-data-dir=" + profile);
        ObjectNode capabilities = Http.JSON.createObjectNode();
        capabilities.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome").set("goog:chromeOptions", options);
        webDriver.session = webDriver.call("POST", "/session", capabilities).path("sessionId").asText();
        return webDriver;
    }

    private String session;

    private boolean ready() {
        try {
            return call("GET", "/status", null).path("ready").asBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public void open(String url) {
        command("POST", "/url", Http.JSON.createObjectNode().put("url", url));
    }

    public void type(String css, String text) {
        command("POST", "/element/" + element(css) + "/value", Http.JSON.createObjectNode().put("text", text));
    }

    public void click(String css) {
        command("POST", "/element/" + element(css) + "/click", Http.JSON.createObjectNode());
    }

    public String text(String css) {
        return command("GET", "/element/" + element(css) + "/text", null).asText();
    }

    /** Runs a script in the page and returns its value. */
    public JsonNode script(String body, Object... args) {
        ObjectNode request = Http.JSON.createObjectNode().put("script", body);
        request.set("args", Http.JSON.valueToTree(List.of(args)));
        return command("POST", "/execute/sync", request);
    }

    /** Runs an asynchronous script (its last argument is the callback to call with the value) and returns its value. */
    public JsonNode scriptAsync(String body, Object... args) {
        ObjectNode request = Http.JSON.createObjectNode().put("script", body);
        request.set("args", Http.JSON.valueToTree(List.of(args)));
        return command("POST", "/execute/async", request);
    }

    /** Waits (up to ten seconds) until the script returns true; false if it never does. */
    public boolean until(String condition) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (script("return " + condition + ";").asBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Sets the browser window's size in CSS pixels (a phone is 390 wide). */
    public void windowSize(int width, int height) {
        command("POST", "/window/rect", Http.JSON.createObjectNode().put("width", width).put("height", height));
    }

    /** Saves a PNG of the window as it is now (for the README's screenshots). */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Base64.getDecoder().decode(command("GET", "/screenshot", null).asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an element matches {@code css} in the page. */
    public boolean has(String css) {
        return script("return document.querySelector(arguments[0]) !== null;", css).asBoolean();
    }

    /** The page's path after the last navigation settled. */
    public String path() {
        return script("return location.pathname + location.search;").asText();
    }

    /** The page's violations of axe-core's WCAG 2.1 A and AA rules, as "rule (impact): target" lines. */
    public JsonNode axe() {
        String source;
        try (java.io.InputStream in = WebDriver.class.getResourceAsStream("/axe/axe.min.js")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scriptAsync(source + "\n;var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }

    private String element(String css) {
        return command("POST", "/element", Http.JSON.createObjectNode().put("using", "css selector").put("value", css))
                .path(ELEMENT).asText();
    }

    private JsonNode command(String method, String path, JsonNode body) {
        return call(method, "/session/" + session + path, body).path("value");
    }

    private JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body)));
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = Http.JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException("WebDriver " + method + " " + path + ": " + response.body());
            }
            return path.equals("/session") || path.equals("/status") ? answer.path("value") : answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } catch (RuntimeException ignored) {
            // the browser is going away anyway
        } finally {
            driver.destroy();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
