package org.highroad.platform.operations;

/** Operations on H2. */
class OperationsApiTest extends OperationsContract {
}
