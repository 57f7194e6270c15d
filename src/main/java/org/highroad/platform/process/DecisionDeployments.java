package org.highroad.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandInterceptor;
import org.operaton.bpm.engine.impl.persistence.deploy.Deployer;
import org.operaton.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Counts the deployments of decision tables made through this node's process engine, so a cache of "the latest
 * version of table X" can tell that a new version may have arrived ({@link #generation()} changed). The count moves
 * when the engine deploys a new deployment holding a DMN file (while the deployment is made, and again once its
 * transaction has committed, so a reader that looked between the two sees the committed version on its next look).
 * A deployment deleted through this node's engine moves it too (before and after the deletion), since a version
 * that was the latest may be gone. Deployments made or deleted through another node's engine are not seen here: a
 * cache must also expire (see {@code DmnTierTable}).
 */
@Component
public class DecisionDeployments extends AbstractProcessEnginePlugin implements Deployer {

    private final AtomicLong generation = new AtomicLong();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPostDeployers();
        if (deployers == null) {
            deployers = new ArrayList<>();
            configuration.setCustomPostDeployers(deployers);
        }
        deployers.add(this);
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new Deletions());
    }

    /** Sees deployments deleted through the repository service (outside the engine's transaction, as all its callers). */
    private final class Deletions extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof DeleteDeploymentCmd)) {
                return next.execute(command);
            }
            generation.incrementAndGet();
            try {
                return next.execute(command);
            } finally {
                generation.incrementAndGet();
            }
        }
    }

    /** Called by the engine for each deployment it deploys, or loads again into its cache (not new: ignored). */
    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null || deployment.getResources().keySet().stream()
                .noneMatch(name -> name.endsWith(".dmn") || name.endsWith(".dmn11.xml"))) {
            return;
        }
        generation.incrementAndGet();
        CommandContext command = Context.getCommandContext();
        if (command != null) {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> generation.incrementAndGet());
        }
    }

    /** Changes whenever this node's engine deploys decision tables. */
    public long generation() {
        return generation.get();
    }
}
