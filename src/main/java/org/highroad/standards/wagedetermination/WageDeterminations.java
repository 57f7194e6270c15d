package org.highroad.standards.wagedetermination;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.wagedetermination.domain.DeterminationText;
import org.highroad.standards.wagedetermination.domain.DeterminationText.Status;
import org.highroad.standards.wagedetermination.domain.DeterminationTextRepository;
import org.highroad.standards.wagedetermination.domain.PublishedDetermination;
import org.highroad.standards.wagedetermination.domain.PublishedDeterminationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wage determinations imported as published, and pinned by standard versions. An import stores the text first (its
 * own transaction), then reads it and stores the modification in a second one; the database holds each decision and
 * modification once ({@code uq_published_determination}), so imports of one modification sent at the same moment
 * store it once, and the others are answered as duplicates (same text) or conflicts (another text).
 */
@Service
public class WageDeterminations {

    private static final Logger log = LoggerFactory.getLogger(WageDeterminations.class);
    /**
     * At most this many unread lines for a text to be imported: a published decision that is copied whole has a
     * handful, so more than this is not a decision with some lines lost but a text of another kind, refused (422)
     * without storing or answering a row per line (1 MB of short lines would otherwise be some 200,000).
     */
    static final int MAX_UNREAD = 500;
    /** How many unread lines are stored and answered, after the count, for a text refused for having too many. */
    static final int UNREAD_LISTED = 20;

    private final DeterminationTextRepository texts;
    private final PublishedDeterminationRepository determinations;
    private final StandardCatalog catalog;
    private final Validator validator;
    private final TransactionTemplate tx;
    private final Clock clock;

    WageDeterminations(DeterminationTextRepository texts, PublishedDeterminationRepository determinations,
            StandardCatalog catalog, Validator validator, PlatformTransactionManager transactions, Clock clock) {
        this.texts = texts;
        this.determinations = determinations;
        this.catalog = catalog;
        this.validator = validator;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A modification imported, as listed. */
    public record Summary(String number, int modification, String state, List<ConstructionType> constructionTypes,
            LocalDate publishedOn, Instant importedAt) {
    }

    /**
     * Which imported modification a standard version draft pins, for which construction type and county, and where
     * two groups that apply there list the same classification, which of them (by identifier) applies.
     */
    public record PinRequest(String number, Integer modification, ConstructionType constructionType, String county,
            List<String> groups) {
    }

    /** The version as it now reads, and the rates left out of the pinned determination with why. */
    public record PinOutcome(StandardVersionView version, List<Pinning.NotPinned> notPinned) {
    }

    public ImportOutcome importText(String text, String by) {
        String sha = sha256(text);
        long textId = tx.execute(s -> texts.save(new DeterminationText(sha, text, by, clock.instant())).id());
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(text);
        if (reading.unread().size() > MAX_UNREAD) {
            List<UnreadLine> first = new ArrayList<>();
            first.add(new UnreadLine(null, null, reading.unread().size() + " lines could not be read; a general decision"
                    + " may have at most " + MAX_UNREAD + " to be imported; the first " + UNREAD_LISTED + " are listed"));
            first.addAll(reading.unread().subList(0, UNREAD_LISTED));
            settle(textId, Status.REJECTED, reading.decision(), first);
            log.info("Wage determination text {} rejected with {} unread lines", textId, reading.unread().size());
            return new ImportOutcome(ImportOutcome.Status.REJECTED, textId, null, List.copyOf(first));
        }
        PublishedDecision d = reading.decision();
        List<UnreadLine> refused = d == null ? reading.unread() : StoredLimits.check(d);
        if (!refused.isEmpty()) {
            List<UnreadLine> all = new ArrayList<>(refused);
            if (d != null) {
                all.addAll(reading.unread());
            }
            settle(textId, Status.REJECTED, d, all);
            log.info("Wage determination text {} rejected with {} unread line(s)", textId, all.size());
            return new ImportOutcome(ImportOutcome.Status.REJECTED, textId, null, List.copyOf(all));
        }
        ImportOutcome outcome;
        try {
            outcome = tx.execute(s -> store(textId, sha, d, reading.unread(), by));
        } catch (DataIntegrityViolationException notStored) {
            boolean raced = Boolean.TRUE.equals(tx.execute(s -> determinations.findByNumberAndModification(d.number(),
                    d.modification()).isPresent()));
            if (!raced) {
                // not the unique decision and modification: the database refused one of the text's values
                List<UnreadLine> why = new ArrayList<>(List.of(new UnreadLine(null, null,
                        "a value of the decision cannot be stored (too long or out of range)")));
                why.addAll(reading.unread());
                settle(textId, Status.REJECTED, d, why);
                return new ImportOutcome(ImportOutcome.Status.REJECTED, textId, null, List.copyOf(why));
            }
            // another import of this modification committed first: answer as if it had been there before
            outcome = tx.execute(s -> already(textId, sha, d, reading.unread()));
        }
        log.info("Wage determination text {}: {} {} modification {}", textId, outcome.status(), d.number(), d.modification());
        return outcome;
    }

    private ImportOutcome store(long textId, String sha, PublishedDecision d, List<UnreadLine> unread, String by) {
        if (determinations.findByNumberAndModification(d.number(), d.modification()).isPresent()) {
            return already(textId, sha, d, unread);
        }
        PublishedDetermination stored = determinations.saveAndFlush(new PublishedDetermination(d, textId, by,
                clock.instant()));
        texts.findById(textId).orElseThrow().settle(Status.IMPORTED, d.number(), d.modification(), unread);
        texts.flush();
        return new ImportOutcome(ImportOutcome.Status.IMPORTED, textId, view(stored), unread);
    }

    private ImportOutcome already(long textId, String sha, PublishedDecision d, List<UnreadLine> unread) {
        PublishedDetermination existing = determinations.findByNumberAndModification(d.number(), d.modification())
                .orElseThrow();
        boolean same = texts.findById(existing.textId()).map(t -> t.sha256().equals(sha)).orElse(false);
        texts.findById(textId).orElseThrow().settle(same ? Status.DUPLICATE : Status.CONFLICT, d.number(),
                d.modification(), unread);
        return new ImportOutcome(same ? ImportOutcome.Status.DUPLICATE : ImportOutcome.Status.CONFLICT, textId,
                view(existing), unread);
    }

    private void settle(long textId, Status status, PublishedDecision d, List<UnreadLine> unread) {
        tx.executeWithoutResult(s -> texts.findById(textId).orElseThrow().settle(status,
                d == null ? null : d.number(), d == null ? null : d.modification(), unread));
    }

    public List<Summary> list() {
        return tx.execute(s -> determinations.findAllByOrderByNumberAscModificationAsc().stream().map(p -> {
            PublishedDecision d = p.toDecision();
            return new Summary(d.number(), d.modification(), d.state(), d.constructionTypes(), d.publishedOn(),
                    p.importedAt());
        }).toList());
    }

    public DeterminationView get(String number, int modification) {
        return tx.execute(s -> view(find(number, modification)));
    }

    /**
     * Pins an imported modification in a standard version draft: its rates are copied into the version's content
     * (replacing an earlier modification of the same decision), so the version never changes once adopted, however
     * many later modifications are imported. Refused (409) once the version is proposed, adopted or in use.
     */
    public PinOutcome pin(String code, int version, PinRequest request) {
        List<Violation> missing = new ArrayList<>();
        if (request.number() == null || request.number().isBlank()) {
            missing.add(new Violation("number", "must name an imported wage determination"));
        }
        if (request.modification() == null) {
            missing.add(new Violation("modification", "must not be null"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return tx.execute(s -> {
            PublishedDetermination p = find(request.number(), request.modification());
            String county = request.county() == null || request.county().isBlank() ? null : request.county().strip();
            Pinning.Outcome o = Pinning.pin(p.toDecision(), request.constructionType(), county,
                    request.groups());
            if (!o.violations().isEmpty()) {
                throw new InvalidInputException(o.violations());
            }
            checkBeans(o.determination());
            StandardVersionContent c = catalog.version(code, version).content();
            List<WageDetermination> wds = new ArrayList<>(c.wageDeterminations().stream()
                    .filter(w -> !w.number().equals(o.determination().number())).toList());
            wds.add(o.determination());
            StandardVersionContent pinned = new StandardVersionContent(c.effectiveFrom(), c.summary(), c.wageFloors(),
                    wds, c.workforceTargets(), c.rubric(), c.eligibilityRules(), c.enforcement(), c.subsidyTerms());
            return new PinOutcome(catalog.replaceVersion(code, version, pinned), o.notPinned());
        });
    }

    private void checkBeans(WageDetermination wd) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<WageDetermination> v : validator.validate(wd)) {
            violations.add(new Violation("wageDetermination." + v.getPropertyPath(), v.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private PublishedDetermination find(String number, int modification) {
        return determinations.findByNumberAndModification(number, modification).orElseThrow(() -> new NotFoundException(
                "no wage determination " + number + " modification " + modification + " has been imported"));
    }

    private DeterminationView view(PublishedDetermination p) {
        PublishedDecision d = p.toDecision();
        Changes changes = determinations.findFirstByNumberAndModificationLessThanOrderByModificationDesc(p.number(),
                p.modification()).map(before -> Changes.between(before.toDecision(), d)).orElse(null);
        List<UnreadLine> unread = texts.findById(p.textId()).map(DeterminationText::unread).orElse(List.of());
        return DeterminationView.of(d, unread, changes, p.importedAt());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
