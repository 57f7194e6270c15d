/**
 * Running Highroad: correlation ids in the logs of every request, job and scheduled task, and metrics the database
 * answers for the whole cluster ({@code DatabaseGauges}). Health and engine metrics are in {@code platform.process},
 * which may import the engine. docs/operations.md says how to operate it.
 */
package org.highroad.platform.operations;
