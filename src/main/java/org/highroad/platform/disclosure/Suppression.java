package org.highroad.platform.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which share figures may be published. A share is an aggregate of the hours of the workers it covers: published only
 * when it covers at least {@link #MINIMUM_WORKERS} workers, and when the workers counted in the group are none or at
 * least that many (a share of women's hours over two women tells of those two women), and so are the workers outside it. Complementary suppression: where
 * a parent line (the project, or a trade over both levels) is published and exactly one of its children (a trade, or a
 * level within it) is suppressed, the published child with the fewest workers is suppressed too, so the suppressed one
 * cannot be worked back from the parent and its siblings (the children splitting a line by trade and those splitting it
 * by level each taken on their own, as each adds up to the line), and a parent whose one child is withheld is withheld
 * with it; the children of a withheld line are withheld with it. Pure: figures in, the keys to withhold out.
 *
 * <p>The threshold of five follows the small-cell rule of the program report (subsidies) and common statistical
 * disclosure practice (e.g. U.S. Department of Education, PTAC "Frequently asked questions, disclosure avoidance",
 * cells under 5 withheld).
 */
public final class Suppression {

    public static final int MINIMUM_WORKERS = 5;

    private Suppression() {
    }

    /** One line of shares: its category, trade ({@code null}: the project) and level ({@code null}: both levels). */
    public record Cell(String category, String trade, String level, int workers, int groupWorkers) {
        boolean tooSmall() {
            // the workers outside the group count as much as those in it: a share of 90 % over eight workers, six of
            // them women, tells what share the two men worked
            int outside = workers - groupWorkers;
            return workers < MINIMUM_WORKERS || groupWorkers > 0 && groupWorkers < MINIMUM_WORKERS
                    || outside > 0 && outside < MINIMUM_WORKERS;
        }

        /** Whether this line measures a part of {@code parent}'s workers (a trade of the project, a level of either). */
        boolean finerThan(Cell parent) {
            return category.equals(parent.category) && (parent.trade == null || parent.trade.equals(trade))
                    && (parent.level == null || parent.level.equals(level))
                    && (trade != null && parent.trade == null || level != null && parent.level == null);
        }
    }

    /** The lines directly under {@code parent}: finer, with no line between them (a trade's levels when the rule
     * measures no trade over both levels). */
    static List<Cell> children(Cell parent, List<Cell> cells) {
        return cells.stream().filter(c -> c.finerThan(parent))
                .filter(c -> cells.stream().noneMatch(m -> c.finerThan(m) && m.finerThan(parent))).toList();
    }

    /** The cells to withhold, from the small ones and the complements that would reveal them. */
    public static Set<Cell> withheld(List<Cell> cells) {
        Set<Cell> out = new HashSet<>();
        cells.stream().filter(Cell::tooSmall).forEach(out::add);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Cell parent : cells) {
                if (out.contains(parent)) {
                    // a level line of a withheld trade could give the trade's share back (a trade of journeyworkers
                    // only has the same share as its journeyworkers): withhold the children of a withheld line
                    for (Cell child : children(parent, cells)) {
                        if (out.add(child)) {
                            changed = true;
                        }
                    }
                    continue;
                }
                // a line without workers hides nothing and reveals nothing: it neither needs nor gives cover
                List<Cell> all = children(parent, cells).stream().filter(c -> c.workers() > 0).toList();
                // the children splitting the parent by trade, and those splitting it by level, each add up to it on
                // their own: a withheld trade is worked back from the project and the other trades whatever the
                // levels show, so each split needs its own cover
                for (boolean byTrade : new boolean[] {true, false}) {
                    List<Cell> children = all.stream().filter(c -> (c.trade != null && parent.trade == null) == byTrade).toList();
                    List<Cell> hidden = children.stream().filter(out::contains).toList();
                    if (hidden.size() == 1) {
                        List<Cell> shown = new ArrayList<>(children.stream().filter(c -> !out.contains(c)).toList());
                        shown.sort(Comparator.comparingInt(Cell::workers));
                        if (!shown.isEmpty()) {
                            out.add(shown.get(0));
                        } else {
                            // its only child: the parent is the withheld line's figure under another name
                            out.add(parent);
                        }
                        changed = true;
                    }
                }
            }
        }
        return out;
    }
}
