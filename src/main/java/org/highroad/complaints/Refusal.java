package org.highroad.complaints;

/**
 * Why a triage or a site visit may not be recorded: an input error on a field (answered 400) or a state conflict
 * (answered 409, {@code field} null).
 */
public record Refusal(String field, String reason) {

    public boolean isInputError() {
        return field != null;
    }

    @Override
    public String toString() {
        return isInputError() ? field + ": " + reason : reason;
    }
}
