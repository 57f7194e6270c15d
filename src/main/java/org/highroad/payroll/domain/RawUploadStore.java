package org.highroad.payroll.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps every upload exactly as received, before it is parsed, named by its SHA-256 (so the same file is stored once
 * and a stored file can be proved unchanged). Streams to disk: a large payroll is never held in memory.
 */
@Component
public class RawUploadStore {

    private final Path root;
    private final long maxBytes;

    RawUploadStore(@Value("${highroad.payroll.upload-dir:./data/uploads}") String root,
            @Value("${highroad.payroll.max-upload-bytes:67108864}") long maxBytes) {
        this.root = Path.of(root);
        this.maxBytes = maxBytes;
    }

    /** Stores the stream; refuses (400, field {@code file}) a stream over the size limit, keeping nothing of it. */
    public StoredUpload store(InputStream in) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(temp)) {
                size = copy(digesting, out);
            } catch (InvalidInputException tooLarge) {
                Files.deleteIfExists(temp);
                throw tooLarge;
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = root.resolve(hex.substring(0, 2)).resolve(hex);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new StoredUpload(hex, size, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream open(StoredUpload upload) {
        try {
            return Files.newInputStream(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new InvalidInputException("file", "is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** An upload as stored: its SHA-256, size and location. */
    public record StoredUpload(String sha256, long size, Path path) {
    }
}
