package org.highroad.platform.audit;

import java.time.Clock;
import java.util.List;
import org.highroad.platform.audit.domain.AuditEvent;
import org.highroad.platform.audit.domain.AuditEventRepository;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of state changes and human decisions: who, when, what and why, written in the same transaction as
 * the change it records (so it cannot say something happened that was rolled back). Append-only.
 */
@Service
public class AuditTrail {

    /** An audit trail reads oldest first by default (in the order written), or by time either way. */
    public static final SortFields SORTS = SortFields.byId("id", Sort.Direction.ASC).allow("at", "occurredAt").allow("action").allow("actor");

    private final AuditEventRepository events;
    private final Clock clock;
    private final ApplicationEventPublisher announcements;

    AuditTrail(AuditEventRepository events, Clock clock, ApplicationEventPublisher announcements) {
        this.events = events;
        this.clock = clock;
        this.announcements = announcements;
    }

    /**
     * The longest reason an entry keeps (its column, V74: the longest reason a form or the API takes, a site visit's
     * notes): a person's reason is never cut, a longer one is refused.
     */
    public static final int LONGEST_REASON = 4000;

    /**
     * Records one entry. A person's reason is kept whole: one longer than the trail can hold is refused (422 naming
     * {@code reason}, and the change it explains rolls back with it), never silently shortened. The workflow's own
     * reasons (a bid ruled out, with every rule it failed) are written by the rules, not typed: refusing one would stop
     * the process step that decided, so it is kept to the column with a closing "…", the whole text staying on the
     * subject it explains (the bid's outcome, the finding).
     */
    @Transactional
    public void record(String subjectType, long subjectId, String action, String actor, String reason, String detail) {
        String kept = reason;
        if (reason != null && reason.length() > LONGEST_REASON) {
            if (!HighroadUser.WORKFLOW_ID.equals(actor)) {
                throw new InvalidInputException("reason", "must be at most " + LONGEST_REASON + " characters, not " + reason.length());
            }
            kept = truncate(reason, LONGEST_REASON);
        }
        events.save(new AuditEvent(subjectType, subjectId, action, actor, clock.instant(), kept,
                truncate(detail, 4000)));
        announcements.publishEvent(new AuditRecorded(subjectType, subjectId, action));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(String subjectType, long subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
                .map(AuditEvent::toEntry).toList();
    }

    /** One page of a subject's trail, as asked ({@link #SORTS}); its total counts the subject's whole trail. */
    @Transactional(readOnly = true)
    public PageView<AuditEntry> page(String subjectType, long subjectId, PageParams asked) {
        return PageView.of(events.pageOf(subjectType, subjectId, asked.query(SORTS).pageable()))
                .map(AuditEvent::toEntry);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
