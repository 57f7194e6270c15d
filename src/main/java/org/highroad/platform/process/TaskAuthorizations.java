package org.highroad.platform.process;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The people of a task (its candidate users and groups, its assignee) work on it: claim it, read its form and submit
 * it ({@code TASK_WORK}). Highroad sets the engine to grant that ({@code default-user-permission-name-for-task} in
 * application.yaml); before, the engine granted its default, {@code UPDATE}, which also lets them set, change and
 * remove the process's variables directly, reassign the task and add candidates. The engine writes a task's grants
 * when the task is created, so the tasks open since an earlier version keep {@code UPDATE}: at every start they are
 * narrowed to {@code TASK_WORK}. Only the grants the engine made are touched (read and update on one task, nothing
 * else); a grant an administrator wrote by hand in the Admin webapp stays as written. Running it again finds nothing.
 */
@Component
public class TaskAuthorizations {

    private static final Logger LOG = LoggerFactory.getLogger(TaskAuthorizations.class);
    /** What the engine granted a task's people before: read, update, and read-variable when that is enforced. */
    private static final List<Set<TaskPermissions>> ENGINE_DEFAULTS = List.of(
            Set.of(TaskPermissions.READ, TaskPermissions.UPDATE),
            Set.of(TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.READ_VARIABLE));
    private static final Permission[] NAMED = Arrays.stream(TaskPermissions.values())
            .filter(p -> p != TaskPermissions.NONE && p != TaskPermissions.ALL).toArray(Permission[]::new);

    private final AuthorizationService authorizations;

    TaskAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int narrowed = narrowToTaskWork();
        if (narrowed > 0) {
            LOG.info("Narrowed {} task authorizations of earlier versions from UPDATE to TASK_WORK", narrowed);
        }
    }

    /** Replaces UPDATE by TASK_WORK in every grant the engine made for one task's people; returns how many. */
    public int narrowToTaskWork() {
        int narrowed = 0;
        for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).hasPermission(TaskPermissions.UPDATE).list()) {
            if (!Authorization.ANY.equals(grant.getResourceId()) && ENGINE_DEFAULTS.contains(granted(grant))) {
                grant.removePermission(TaskPermissions.UPDATE);
                grant.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(grant);
                narrowed++;
            }
        }
        return narrowed;
    }

    private static Set<TaskPermissions> granted(Authorization grant) {
        return Arrays.stream(grant.getPermissions(NAMED)).map(TaskPermissions.class::cast).collect(Collectors.toSet());
    }
}
