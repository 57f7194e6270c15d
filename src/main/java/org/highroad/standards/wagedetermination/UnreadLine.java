package org.highroad.standards.wagedetermination;

/**
 * A line of a published decision that could not be read, with why; {@code line} is null (and {@code text} too) for
 * something missing from the whole text, such as its decision number. Never dropped silently: an import lists them.
 */
public record UnreadLine(Integer line, String text, String reason) {
}
