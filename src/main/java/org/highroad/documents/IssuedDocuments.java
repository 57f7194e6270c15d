package org.highroad.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents kept as issued: the bytes sent, in the shared database ({@code issued_document}), one per kind and subject
 * (a database key), with their SHA-256. A document sent must be reproducible byte for byte: rendering it again later
 * would give another creation date and whatever the data it was drawn from has become, so it is rendered once, when it
 * is issued, and served from here by every node ever after.
 */
@Component
public class IssuedDocuments {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    IssuedDocuments(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Keeps the document issued now for {@code kind} and {@code subjectId}, in the caller's transaction. */
    public void issue(String kind, long subjectId, byte[] content) {
        jdbc.update("insert into issued_document (kind, subject_id, content, sha256, size_bytes, issued_at) values "
                + "(?, ?, ?, ?, ?, ?)", kind, subjectId, content, sha256(content), content.length,
                Timestamp.from(clock.instant()));
    }

    /** The document as issued, if one was. */
    public Optional<byte[]> find(String kind, long subjectId) {
        List<byte[]> found = jdbc.query("select content from issued_document where kind = ? and subject_id = ?",
                (rs, n) -> rs.getBytes(1), kind, subjectId);
        return found.stream().findFirst();
    }

    /**
     * The document as issued; for one issued before documents were kept, {@code render} makes it now and it is kept
     * from then on (the first node to keep it wins; every node then serves that one).
     */
    public byte[] asIssued(String kind, long subjectId, Supplier<byte[]> render) {
        Optional<byte[]> kept = find(kind, subjectId);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] content = render.get();
        try {
            ownTransaction.executeWithoutResult(status -> issue(kind, subjectId, content));
            return content;
        } catch (DuplicateKeyException keptMeanwhile) {
            return ownTransaction.execute(status -> find(kind, subjectId)).orElseThrow();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
