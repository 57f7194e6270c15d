package org.highroad.standards;

import java.time.Instant;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;

/**
 * A version as read: who made it and when, its adoption, whether it is in use (then immutable), the uses that pin it, and its
 * content.
 */
public record StandardVersionView(long id, String standardCode, String standardTitle, String agencyCode, int version,
        Adoption adoption, boolean inUse, List<String> usedBy, Instant createdAt, String createdBy,
        StandardVersionContent content) {

    /**
     * The version as {@code reader} may read it. A standard is public policy, so everyone reads its content and where
     * its adoption stands, with the dates. Administrators, who write and review standards, read everything. The
     * comment of a decision is the reviewing administrator's reason: an adoption's reason is part of the policy, and
     * everyone reads it; the reason for returning a draft is written to the administrator who proposed it, and only
     * administrators read it (it stays on the version, proposed again, until the next decision). Other agency staff
     * read which administrator did what; a contractor reads no staff user's name.
     */
    public StandardVersionView asReadBy(HighroadUser reader) {
        if (reader.has(Role.ADMIN)) {
            return this;
        }
        boolean names = reader.isAgencyStaff();
        Adoption a = adoption;
        Adoption read = new Adoption(a.status(), names ? a.proposedBy() : null, a.proposedAt(), names ? a.decidedBy() : null,
                a.decidedAt(), a.status() == Adoption.Status.ADOPTED ? a.comment() : null);
        return new StandardVersionView(id, standardCode, standardTitle, agencyCode, version, read, inUse, usedBy, createdAt,
                names ? createdBy : null, content);
    }
}
