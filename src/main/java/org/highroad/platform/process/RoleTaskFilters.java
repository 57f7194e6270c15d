package org.highroad.platform.process;

import java.util.List;
import java.util.Map;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each role sees only its own Tasklist filters. A filter of a role is readable by that role's group alone (a grant
 * per filter); a filter for everyone, such as the engine's "All tasks" (which lists only the tasks the engine lets the
 * user see), by every role. Role groups used to read every filter (a grant on all filters, made when the group was
 * created): at every start those grants are removed, so a contractor's Tasklist no longer lists the auditors' queues.
 * Modules create their filters through {@link #ensure}; this class adds the officers' and workforce staff's own.
 */
@Component
public class RoleTaskFilters {

    /** The engine's filter for everyone (application.yaml {@code operaton.bpm.filter.create}). */
    public static final String ALL_TASKS = "All tasks";
    static final String OFFICER_TASKS = "Officer: my tasks";
    static final String WORKFORCE_TASKS = "Workforce staff: my tasks";

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    RoleTaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    /**
     * The filter of this name, created with this query and these properties if missing, readable by the role's group
     * only (an administrator reads every filter). Returns its id.
     */
    public String ensure(String name, Role role, TaskQuery query, Map<String, Object> properties) {
        return ensure(name, role, query, properties, false);
    }

    /**
     * As {@link #ensure(String, Role, TaskQuery, Map)}, and when {@code update} is true an existing filter of that name
     * takes the query and properties given (a filter whose tasks changed with a new version of its process model).
     */
    public String ensure(String name, Role role, TaskQuery query, Map<String, Object> properties, boolean update) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
        } else if (update) {
            filter = filters.saveFilter(filter.setQuery(query).setProperties(properties));
        }
        grantRead(filter.getId(), role);
        return filter.getId();
    }

    @EventListener(ApplicationReadyEvent.class)
    void keepEachRoleToItsFilters() {
        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            authorizations.createAuthorizationQuery().groupIdIn(role.groupId()).resourceType(Resources.FILTER)
                    .resourceId(Authorization.ANY).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            Filter all = filters.createFilterQuery().filterName(ALL_TASKS).singleResult();
            if (all != null) {
                grantRead(all.getId(), role);
            }
        }
        ensure(OFFICER_TASKS, Role.PROCUREMENT_OFFICER, candidatesOf(Role.PROCUREMENT_OFFICER), properties(5,
                "Legal reviews, scorecard reviews, award approvals and pre-qualifications, oldest first"));
        ensure(WORKFORCE_TASKS, Role.WORKFORCE_STAFF, candidatesOf(Role.WORKFORCE_STAFF), properties(5,
                "Wage-subsidy requests to review, oldest first"));
    }

    private TaskQuery candidatesOf(Role role) {
        return tasks.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks().orderByTaskCreateTime().asc();
    }

    private static Map<String, Object> properties(int priority, String description) {
        return Map.of("priority", priority, "description", description, "refresh", true, "variables", List.of());
    }

    private void grantRead(String filterId, Role role) {
        if (role == Role.ADMIN || authorizations.createAuthorizationQuery().groupIdIn(role.groupId())
                .resourceType(Resources.FILTER).resourceId(filterId).count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(role.groupId());
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
