package org.highroad.standards.process;

import org.highroad.standards.DecisionTables;
import org.operaton.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Decision tables deployed in the engine (from {@code bpmn/**}/*.dmn). */
@Component
class EngineDecisionTables implements DecisionTables {

    private final RepositoryService repository;

    EngineDecisionTables(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(String decisionKey) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count() > 0;
    }
}
