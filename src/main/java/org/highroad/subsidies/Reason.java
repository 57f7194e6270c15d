package org.highroad.subsidies;

/** One reason a request was returned, or one flag on it: the field it is about, the rule, and what it says. */
public record Reason(String field, String rule, String text) {

    @Override
    public String toString() {
        return field + ": " + text;
    }
}
