package org.highroad.platform.validation;

import java.util.List;

/**
 * The request itself cannot be taken as asked, before any rule of the domain is weighed: a query or path parameter
 * that is not what it must be (a page, a size or a sort the list does not have, a date in a query that is not a day
 * of the calendar), or a body that is not in the format the endpoint reads (not UTF-8, not JSON, not plain text, a
 * field of the wrong JSON type, larger than can be taken in). The web layer answers 400 naming the field; a readable
 * request whose content breaks a rule is an {@link InvalidInputException} of its own, answered 422
 * (docs/adr/0024-unprocessable-content-for-rule-violations.md).
 */
public class MalformedRequestException extends InvalidInputException {

    public MalformedRequestException(List<Violation> violations) {
        super(violations);
    }

    public MalformedRequestException(String field, String reason) {
        super(field, reason);
    }
}
