package org.highroad.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP/1.1 over a plain socket, from a loopback address of its own (127.1.x.y), so that what the server keeps per client
 * address (rate limits, sign-in delays) is this client's alone, and the request goes out exactly as written: the path
 * byte for byte (percent-encoded letters, path parameters, doubled slashes), any headers (Origin, Sec-Fetch-Site), any
 * body. A test may make a second client with the same address ({@link #sameAddress()}).
 */
public final class LoopbackClient {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int port;
    private final String address;
    private final Map<String, String> headers;

    public LoopbackClient(int port) {
        this(port, fresh(), new LinkedHashMap<>());
    }

    private LoopbackClient(int port, String address, Map<String, String> headers) {
        this.port = port;
        this.address = address;
        this.headers = headers;
    }

    private static String fresh() {
        int n = NEXT.getAndIncrement();
        return "127.1." + (n / 250) + "." + (1 + n % 250);
    }

    /** The address requests come from. */
    public String address() {
        return address;
    }

    /** Another client on the same address, without this one's headers. */
    public LoopbackClient sameAddress() {
        return new LoopbackClient(port, address, new LinkedHashMap<>());
    }

    /** The same client, adding a header to every request. */
    public LoopbackClient with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new LoopbackClient(port, address, more);
    }

    /** The same client, signed in with HTTP Basic. */
    public LoopbackClient signedInAs(String user, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The origin a browser gives for a page of this server. */
    public String ownOrigin() {
        return "http://localhost:" + port;
    }

    public Answer get(String path) {
        return send("GET", path, null, (byte[]) null);
    }

    public Answer send(String method, String path, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Accept: application/json, application/problem+json\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        byte[] bytes = body == null ? new byte[0] : body;
        if (body != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("\r\n");
        return exchange(head.toString(), bytes);
    }

    /** Declares a body of {@code declared} bytes but sends none of it: a server that reads the body would wait. */
    public Answer declaring(String method, String path, String contentType, long declared) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(declared).append("\r\n\r\n");
        return exchange(head.toString(), new byte[0]);
    }

    public Answer send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer postJson(String path, Object body) {
        try {
            return send("POST", path, "application/json", body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : Http.JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer exchange(String head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one answer by its declared length or chunks, so it never waits for the server to close. */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the answer's head: " + head);
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).trim().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> received = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            received.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                    (first, next) -> first + "\n" + next); // several Set-Cookie headers, one a line
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(received.get("transfer-encoding"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                out.write(in.readNBytes(size));
                in.readNBytes(2);
            }
            body = out.toByteArray();
        } else if (received.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(received.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, received, new String(body, StandardCharsets.UTF_8));
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return Integer.parseInt(line.toString().split(";")[0].trim(), 16);
    }

    /** Status, headers (lower-case names) and body of an answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Http.Response response() {
            return new Http.Response(status, body, headers.getOrDefault("content-type", ""));
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The value of a cookie the answer sets, or null. */
        public String cookie(String name) {
            String all = headers.getOrDefault("set-cookie", "");
            for (String line : all.split("\n")) {
                String pair = line.split(";")[0].trim();
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
            return null;
        }

        public String errorFor(String field) {
            return response().errorFor(field);
        }

        public com.fasterxml.jackson.databind.JsonNode json() {
            return response().json();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
