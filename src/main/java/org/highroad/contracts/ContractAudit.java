package org.highroad.contracts;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.highroad.contracts.domain.ContractSight;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.context.MessageSource;

/** What a contract's audit trail records, and which of it is written for the prime contractor. */
final class ContractAudit {

    static final String SUBJECT = "contract";

    static final String DRAFTED = "DRAFTED";
    static final String DRAFT_REVISED = "DRAFT REVISED";
    static final String RETURNED_TO_DRAFTING = "RETURNED TO DRAFTING";
    static final String LEGAL_REVIEW_APPROVED = "LEGAL REVIEW APPROVED";
    static final String REJECTED = "REJECTED BY CONTRACTOR";
    static final String ACCEPTED = "ACCEPTED AND EXECUTED";
    static final String AMENDED = "AMENDED";
    static final String SUBCONTRACTOR_ADDED = "SUBCONTRACTOR ADDED";

    /**
     * The entries whose reason and detail are written for the prime contractor too: its own answers, and what
     * becomes part of the contract it is bound by (the award it was drafted from, an amendment and its reason, which
     * the amended version states, a subcontractor it works with). Anything else, including any action added later,
     * is the agency's internal record (draft revisions before legal review is done, legal review's reasons): the
     * prime sees that it happened, by whom and when, not why.
     */
    private static final Set<String> WRITTEN_FOR_THE_PRIME = Set.of(DRAFTED, REJECTED, ACCEPTED, AMENDED, SUBCONTRACTOR_ADDED);

    private ContractAudit() {
    }

    /** An entry as a caller who sees the whole contract reads it: agency staff all of it, the prime what is written for it. */
    static AuditEntryView shown(AuditEntryView entry, ContractSight sight) {
        return sight == ContractSight.AGENCY || WRITTEN_FOR_THE_PRIME.contains(entry.action()) ? entry : entry.withoutText();
    }

    /** The role of an actor no directory knows any more, or who was never a user: agency staff, role unknown. */
    static final String AGENCY_STAFF = "AGENCY_STAFF";
    static final String WORKFLOW = "WORKFLOW";

    /**
     * Who acted, as the reader may know it. Agency staff read every name. The prime contractor reads the names of its
     * own people and the workflow's, and for anyone else the role they acted in ("Agency staff (procurement
     * officer)"), never a staff member's name: which officer or auditor handled its contract is the agency's, as on a
     * bid's trail ({@code procurement.Bids#auditTrail}), and names the contractor could press or publish.
     *
     * @param roleOf the role a user acts in (from the identity directory; empty when unknown)
     * @param ownPeople whether a user is one of the reading vendor's own users
     */
    static AuditEntryView actor(AuditEntryView entry, ContractSight sight, Function<String, java.util.Optional<Role>> roleOf,
            java.util.function.Predicate<String> ownPeople, MessageSource messages, Locale locale) {
        String role;
        if (entry.actor() == null) {
            return entry;
        }
        if (HighroadUser.WORKFLOW_ID.equals(entry.actor())) {
            role = WORKFLOW;
        } else {
            role = roleOf.apply(entry.actor()).map(Role::name).orElse(ownPeople.test(entry.actor()) ? Role.CONTRACTOR.name()
                    : AGENCY_STAFF);
        }
        boolean named = sight == ContractSight.AGENCY || role.equals(WORKFLOW) || ownPeople.test(entry.actor());
        String description = messages.getMessage("contractAudit.actor." + role, null, role, locale);
        return entry.actedAs(role, description, named);
    }

    /** The role a user of these groups acts in on a contract: the staff roles first, then a contractor's. */
    static java.util.Optional<Role> roleOfGroups(Set<String> groupIds) {
        for (Role r : new Role[] {Role.PROCUREMENT_OFFICER, Role.AUDITOR, Role.WORKFORCE_STAFF, Role.ADMIN, Role.CONTRACTOR}) {
            if (groupIds.contains(r.groupId())) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
