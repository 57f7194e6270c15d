package org.highroad.contracts.domain;

/**
 * What every rule of a contract descends from: the contract, the awarded bid whose commitments it carries, and the
 * pinned standard version and wage determination whose floors and rates bind beside them (unknown, null, where a
 * rule is computed for a contract's legal minimum alone).
 */
public record RuleOrigin(long contractId, Long bidId, String standardCode, Integer standardVersion, String wageDetermination) {
}
