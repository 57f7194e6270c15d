/**
 * Enforcement's engine adapters (the only enforcement code that imports {@code org.operaton}):
 * {@link org.highroad.enforcement.process.DmnEscalationLadder} backs the
 * {@link org.highroad.enforcement.escalation.EscalationLadder} port with the DMN decision {@code escalationLadder}
 * ({@code bpmn/enforcement/escalation-ladder.dmn}).
 */
package org.highroad.enforcement.process;
