package org.highroad.complaints;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.Http;

/**
 * HTTP/1.1 over a plain socket from a loopback address of the test's own (127.0.x.y), so that the public endpoint's
 * per-address rate limit counts each test separately, and so that a test can send exactly the bytes it means to: a
 * declared length larger than what it sends, a chunked body, invalid UTF-8.
 */
public final class PublicClient {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final int port;
    private final String address;
    private final String authorization;

    public PublicClient(int port) {
        this(port, fresh(), null);
    }

    private PublicClient(int port, String address, String authorization) {
        this.port = port;
        this.address = address;
        this.authorization = authorization;
    }

    private static String fresh() {
        int n = NEXT.getAndIncrement();
        return "127.0." + (10 + n / 250) + "." + (1 + n % 250);
    }

    /** The same client, signed in with HTTP Basic. */
    PublicClient signedInAs(String user, String password) {
        return new PublicClient(port, address, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Answer post(Object body) {
        try {
            return postBytes(body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Http.JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer postBytes(byte[] body) {
        return exchange(head("Content-Length: " + body.length, "application/json"), body);
    }

    /** Posts JSON with one more header line, e.g. {@code Idempotency-Key: ...}. */
    Answer postWithHeader(String headerLine, byte[] body) {
        return exchange(head("Content-Length: " + body.length + "\r\n" + headerLine, "application/json"), body);
    }

    Answer postWithContentType(String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(head("Content-Length: " + bytes.length, contentType), bytes);
    }

    /** Posts the page's form as a browser does (form-encoded, asking for the page back). */
    Answer postForm(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(head("Content-Length: " + bytes.length, "application/x-www-form-urlencoded")
                .replace("Accept: application/json, application/problem+json", "Accept: text/html"), bytes);
    }

    /** Declares {@code declared} bytes but sends none of them: a server that reads the body would wait. */
    Answer postDeclaring(long declared) {
        return exchange(head("Content-Length: " + declared, "application/json"), new byte[0]);
    }

    /** Sends the body in chunks of 8 KiB, with no declared length. */
    Answer postChunked(byte[] body) {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int from = 0; from < body.length; from += 8192) {
            int size = Math.min(8192, body.length - from);
            chunked.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(body, from, size);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return exchange(head("Transfer-Encoding: chunked", "application/json"), chunked.toByteArray());
    }

    private String head(String length, String contentType) {
        return "POST /api/public/complaints HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: " + contentType
                + "\r\nAccept: application/json, application/problem+json\r\nConnection: close\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + length + "\r\n\r\n";
    }

    private Answer exchange(String head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one answer by its declared length or chunks, so it never waits for the server to close. */
    private static Answer read(InputStream in) throws IOException {
        org.highroad.support.LoopbackClient.Answer answer = org.highroad.support.LoopbackClient.read(in);
        return new Answer(answer.status(), answer.headers(), answer.body());
    }

    /** Status, headers (lower-case names) and body of an answer. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Http.Response response() {
            return new Http.Response(status, body, headers.getOrDefault("content-type", ""));
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
