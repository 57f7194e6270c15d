package org.highroad.platform.process;

import java.util.Optional;

import org.highroad.platform.security.AccountLocks;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Administrators' account locks are the engine's own user lock, so the API, the engine REST API and the webapps all
 * refuse a locked user, and "Unlock User" in the Admin webapp lifts it. The engine locks a user whose failed-attempt
 * count reaches {@code loginMaxAttempts}; Highroad sets that limit out of reach of failed sign-ins (application.yaml),
 * so only this lock reaches it. The engine offers no command to lock a user, hence its identity entities here.
 */
@Component
class EngineAccountLocks implements AccountLocks {

    private final ProcessEngineConfigurationImpl engine;

    EngineAccountLocks(ProcessEngine processEngine) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    @Override
    public boolean lock(String userId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
            if (user == null) {
                return false;
            }
            context.getIdentityInfoManager().updateUserLock(user, engine.getLoginMaxAttempts(), null);
            return true;
        });
    }

    @Override
    public boolean unlock(String userId) {
        if (!exists(userId)) {
            return false;
        }
        engine.getIdentityService().unlockUser(userId);
        return true;
    }

    @Override
    public Optional<Boolean> locked(String userId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
            return Optional.ofNullable(user).map(u -> u.getAttempts() >= engine.getLoginMaxAttempts());
        });
    }

    @Override
    public boolean lastUnlockedAdministrator(String userId) {
        String administrators = org.highroad.platform.security.Role.ADMIN.groupId();
        if (engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(administrators).count() == 0) {
            return false;
        }
        return engine.getIdentityService().createUserQuery().memberOfGroup(administrators).list().stream()
                .map(org.operaton.bpm.engine.identity.User::getId).filter(other -> !other.equals(userId))
                .noneMatch(other -> !locked(other).orElse(true));
    }

    private boolean exists(String userId) {
        return engine.getIdentityService().createUserQuery().userId(userId).count() > 0;
    }
}
