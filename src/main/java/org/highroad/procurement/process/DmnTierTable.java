package org.highroad.procurement.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.highroad.platform.process.DecisionDeployments;
import org.highroad.platform.process.ParsedOnceFeel;
import org.highroad.standards.scoring.TierTable;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Point tiers from the DMN decision tables policy staff edit and deploy with the models (ADR 0006, e.g.
 * {@code bpmn/procurement/schedule-notice-tiers.dmn}): input {@code value}, outputs {@code share} (0 to 1) and
 * {@code label}. Exactly one rule must match. The latest deployed version of the table answers, as before.
 *
 * <p>The table is evaluated on a DMN engine of its own, not through the process engine's decision service, which
 * writes every evaluation to the engine's history with its inputs and outputs, linked to the bid's process (business
 * key: the bid). A bid is scored while it is sealed, so that history showed its commitments and points to whoever
 * reads the engine's history (administrators, Cockpit) before the opening. The scorecard lines (input, points,
 * reason) are the bid's record. Each deployed version of a table is parsed once. What earlier versions of Highroad
 * left in the engine's history of tier tables is deleted at start ({@link #deleteEvaluationHistory}).
 *
 * <p>The cells are standard FEEL evaluated by {@link ParsedOnceFeel}'s engine, each cell parsed once (ADR 0029). Which
 * version is the latest is remembered per table key instead of queried for every scored criterion: the memory is
 * dropped as soon as this node's engine deploys decision tables ({@link DecisionDeployments}, the next evaluation
 * queries again), and otherwise after {@link #LATEST_FOR}, the bound on how long a version deployed through the
 * other node of a two-node installation (docs/operations.md) may go unseen here; nothing tells this node of it.
 */
@Component
public class DmnTierTable implements TierTable {

    private static final Logger LOG = LoggerFactory.getLogger(DmnTierTable.class);
    /** The outputs that make a decision table a tier table (ADR 0006). */
    private static final Set<String> TIER_OUTPUTS = Set.of("share", "label");

    /**
     * How long the latest version of a table is trusted without asking the repository again, when this node deployed
     * no decision table meanwhile: a table deployed through another node is used here at most this long after.
     */
    static final Duration LATEST_FOR = Duration.ofSeconds(5);

    private final ProcessEngineConfigurationImpl engine;
    private final RepositoryService repository;
    private final HistoryService history;
    private final DecisionDeployments deployments;
    private final DmnEngine dmn = ParsedOnceFeel.standaloneEngine();
    private final Map<String, DmnDecision> byDefinition = new ConcurrentHashMap<>();
    private final Map<String, Latest> latestByKey = new ConcurrentHashMap<>();

    DmnTierTable(ProcessEngine processEngine, DecisionDeployments deployments) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.repository = processEngine.getRepositoryService();
        this.history = processEngine.getHistoryService();
        this.deployments = deployments;
    }

    /** The latest version of a table as last queried: with this node's deployment count and the time of the query. */
    private record Latest(DmnDecision decision, long generation, long queriedAtNanos) {
    }

    @Override
    public Tier tierFor(String decisionRef, BigDecimal value) {
        DmnDecisionResultEntries row = dmn.evaluateDecision(latest(decisionRef),
                Variables.createVariables().putValue("value", value.doubleValue()).asVariableContext()).getSingleResult();
        if (row == null) {
            throw new IllegalStateException("decision " + decisionRef + " has no tier for " + value.toPlainString());
        }
        Object share = row.getEntry("share");
        return new Tier(new BigDecimal(share.toString()), String.valueOf((Object) row.getEntry("label")));
    }

    /**
     * The rows of the latest deployed version of the table, in the table's order: each rule's {@code share} and
     * {@code label} outputs as written (a number and a string literal). Empty when the table is not deployed or a row's
     * outputs are not plain literals (then the table is described by its name only).
     */
    @Override
    public java.util.List<Tier> tiers(String decisionRef) {
        DmnDecision decision;
        try {
            decision = latest(decisionRef);
        } catch (IllegalStateException notDeployed) {
            return java.util.List.of();
        }
        if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
            return java.util.List.of();
        }
        java.util.List<String> outputs = table.getOutputs().stream().map(DmnDecisionTableOutputImpl::getOutputName).toList();
        int share = outputs.indexOf("share");
        int label = outputs.indexOf("label");
        java.util.List<Tier> tiers = new java.util.ArrayList<>();
        for (org.operaton.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl rule : table.getRules()) {
            String shareText = rule.getConclusions().get(share).getExpression();
            String labelText = rule.getConclusions().get(label).getExpression();
            if (shareText == null || labelText == null || !labelText.strip().matches("\"[^\"]*\"")) {
                return java.util.List.of();
            }
            try {
                tiers.add(new Tier(new BigDecimal(shareText.strip()), labelText.strip().substring(1, labelText.strip().length() - 1)));
            } catch (NumberFormatException notALiteral) {
                return java.util.List.of();
            }
        }
        return tiers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int deleted = deleteEvaluationHistory();
        if (deleted > 0) {
            LOG.info("Deleted {} evaluations of tier tables from the engine's history", deleted);
        }
    }

    /** Deletes the engine's history of every evaluation of a deployed tier table (any version); returns how many. */
    public int deleteEvaluationHistory() {
        int deleted = 0;
        for (DecisionDefinition definition : withoutAuthorization(() -> repository.createDecisionDefinitionQuery().list())) {
            long kept = history.createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId()).count();
            if (kept > 0 && isTierTable(parsed(definition))) {
                history.deleteHistoricDecisionInstanceByDefinitionId(definition.getId());
                deleted += (int) kept;
            }
        }
        return deleted;
    }

    /**
     * The latest deployed version of the table. Read without the caller's authorization: scoring runs for whoever
     * triggered it (a bidder, an officer, the job executor), and the table is the same for all of them.
     */
    private DmnDecision latest(String decisionRef) {
        long generation = deployments.generation();
        long now = System.nanoTime();
        Latest known = latestByKey.get(decisionRef);
        if (known != null && known.generation() == generation && now - known.queriedAtNanos() < LATEST_FOR.toNanos()) {
            return known.decision();
        }
        DmnDecision decision = queryLatest(decisionRef);
        latestByKey.put(decisionRef, new Latest(decision, generation, now));
        return decision;
    }

    private DmnDecision queryLatest(String decisionRef) {
        DecisionDefinition definition = withoutAuthorization(() -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionRef).withoutTenantId().latestVersion().singleResult());
        if (definition == null) {
            throw new IllegalStateException("no decision table " + decisionRef + " is deployed");
        }
        return parsed(definition);
    }

    private DmnDecision parsed(DecisionDefinition definition) {
        return byDefinition.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = withoutAuthorization(() -> repository.getDecisionModel(id))) {
                return dmn.parseDecision(definition.getKey(), model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isTierTable(DmnDecision decision) {
        return decision.getDecisionLogic() instanceof DmnDecisionTableImpl table && table.getOutputs().stream()
                .map(DmnDecisionTableOutputImpl::getOutputName).collect(Collectors.toSet()).containsAll(TIER_OUTPUTS);
    }

    private <T> T withoutAuthorization(java.util.concurrent.Callable<T> read) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }
}
