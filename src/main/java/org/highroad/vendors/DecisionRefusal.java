package org.highroad.vendors;

/**
 * Why an officer's decision on a pre-qualification cannot be recorded now. {@code field} names the input at fault
 * (answered 422 through the API); null means the qualification's state or the officer's role is at fault (409).
 */
public record DecisionRefusal(String field, String reason) {

    public boolean isInputError() {
        return field != null;
    }
}
