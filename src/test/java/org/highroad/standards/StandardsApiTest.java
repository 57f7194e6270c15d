package org.highroad.standards;

/** The standards API on the embedded H2 database. */
class StandardsApiTest extends StandardsApiContract {
}
