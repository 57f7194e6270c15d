package org.highroad.enforcement;

import java.util.List;

/**
 * A verification cured the findings the notices named while findings that joined the case since await review
 * (docs/adr/0033-verification-judges-what-the-notices-named.md): the case stays open for those, and the contractor is
 * told its correction was verified, never only on the case page.
 *
 * @param joined how many findings joined the case since and are reviewed on their own
 */
public record CaseCuredAsNoticed(long caseId, long stepId, List<Long> addressedTo, int joined) {
}
