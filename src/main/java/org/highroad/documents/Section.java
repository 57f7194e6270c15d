package org.highroad.documents;

import java.util.List;
import java.util.Objects;

/** A headed part of a {@link Document}: its heading is printed in bold, then its blocks in order. */
public record Section(String heading, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
