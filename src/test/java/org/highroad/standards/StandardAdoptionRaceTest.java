package org.highroad.standards;

/** Two adoptions at the same moment, on the embedded H2 database. */
class StandardAdoptionRaceTest extends StandardAdoptionRaceContract {
}
