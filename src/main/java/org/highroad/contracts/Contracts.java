package org.highroad.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.contracts.domain.ContractSight;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.contracts.domain.ExpectedPayrollEntry;
import org.highroad.contracts.domain.ExpectedPayrollRepository;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageQuery;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.springframework.data.domain.Sort;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts module's API for reading contracts: a contract, its versions, its payroll calendar and its audit trail,
 * each as the caller may see it ({@link ContractSight}), and the rules other modules check payroll against
 * ({@link ContractRuleBooks}). Contracts change through {@link DraftFromAward}, {@link LegalReview},
 * {@link ContractAcceptance}, {@link AmendContract} and {@link AddSubcontractor}.
 */
@Service
public class Contracts {

    private final ContractRepository contracts;
    private final ExpectedPayrollRepository calendar;
    private final ContractRuleBooks rules;
    private final AuditTrail audit;
    private final org.highroad.vendors.VendorUsers vendorUsers;
    private final org.highroad.platform.security.UserDirectory users;
    private final org.springframework.context.MessageSource messages;

    Contracts(ContractRepository contracts, ExpectedPayrollRepository calendar, ContractRuleBooks rules, AuditTrail audit,
            org.highroad.vendors.VendorUsers vendorUsers, org.highroad.platform.security.UserDirectory users,
            org.springframework.context.MessageSource messages) {
        this.vendorUsers = vendorUsers;
        this.users = users;
        this.messages = messages;
        this.contracts = contracts;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
    }

    /** The vendor whose users accept the contract (the prime). */
    @Transactional(readOnly = true)
    public long primeVendorOf(long contractId) {
        return contracts.require(contractId).primeVendorId();
    }

    /**
     * The contract's title, to name it in a message to its contractor; empty for no such contract. Whoever the message
     * goes to is the caller's concern (the contract's own vendors).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> titleOf(long contractId) {
        return contracts.findById(contractId).map(Contract::title);
    }

    /**
     * The code of the agency that let the contract (its solicitation's), whose business days the contract's periods
     * in business days are counted in ({@code platform.time.AgencyCalendars}).
     */
    @Transactional(readOnly = true)
    public String agencyCodeOf(long contractId) {
        return contracts.require(contractId).agencyCode();
    }

    @Transactional(readOnly = true)
    public PageView<ContractView> list(HighroadUser caller, PageParams asked) {
        PageQuery query = asked.query(SORTS);
        if (!caller.isAgencyStaff() && caller.vendorId() == null) {
            return new PageView<>(List.of(), query.page(), query.size(), 0, 0);
        }
        return PageView.of(contracts.pageVisible(caller.isAgencyStaff(), caller.vendorId() == null ? -1 : caller.vendorId(),
                query.pageable())).map(c -> shown(c, caller).orElseThrow());
    }

    /** One page of the contracts in one status, for agency staff only (a contractor reads its own through {@link #list}). */
    @Transactional(readOnly = true)
    public PageView<ContractView> listInStatus(ContractStatus status, HighroadUser caller, PageParams asked) {
        PageQuery query = asked.query(SORTS);
        if (!caller.isAgencyStaff()) {
            return new PageView<>(List.of(), query.page(), query.size(), 0, 0);
        }
        return PageView.of(contracts.findByStatus(status, query.pageable())).map(c -> shown(c, caller).orElseThrow());
    }

    /**
     * Every contract the agency let that the caller may see (agency staff: all of them), oldest first: what an
     * overview of the agency's contracts is summed over.
     */
    @Transactional(readOnly = true)
    public List<ContractView> ofAgency(String agencyCode, HighroadUser caller) {
        return contracts.findByAgencyCodeOrderById(agencyCode).stream().map(c -> shown(c, caller)).flatMap(Optional::stream)
                .toList();
    }

    /** The contracts of one solicitation the caller may see, oldest first (what its open contracting data shows). */
    @Transactional(readOnly = true)
    public List<ContractView> ofSolicitation(long solicitationId, HighroadUser caller) {
        return contracts.findBySolicitationIdOrderById(solicitationId).stream().map(c -> shown(c, caller))
                .flatMap(Optional::stream).toList();
    }

    /** How the contract list may be sorted: newest first by default. */
    public static final SortFields SORTS = SortFields.byId("id", Sort.Direction.DESC).allow("id").allow("title")
            .allow("status").allow("periodStart").allow("periodEnd").allow("agencyCode").allow("primeVendorId");

    @Transactional(readOnly = true)
    public ContractView get(long id, HighroadUser caller) {
        Contract contract = contracts.require(id);
        return shown(contract, caller).orElseThrow(() -> new NotFoundException("no contract " + id));
    }

    /** Agency staff and the prime see the whole contract. */
    @Transactional(readOnly = true)
    public ContractView fullView(long id, HighroadUser caller) {
        return whole(id, caller).toView();
    }

    @Transactional(readOnly = true)
    public List<ContractView.Version> versions(long id, HighroadUser caller) {
        return visible(id, caller).versions().stream().map(ContractVersion::toView).toList();
    }

    /** Staff and the prime see the whole calendar; a subcontractor sees its own weeks. */
    @Transactional(readOnly = true)
    public List<ExpectedPayroll> payrollCalendar(long id, HighroadUser caller) {
        ContractSight sight = ContractSight.of(caller, visible(id, caller));
        return calendar.findByContractIdOrderByWeekEndingAscVendorIdAsc(id).stream().map(ExpectedPayrollEntry::toView)
                .filter(e -> sight.seesWeeksOf(e.vendorId(), caller.vendorId())).toList();
    }

    /**
     * Agency staff read the whole trail; the prime reads every entry, with the reasons written for it, and who acted
     * by name when it was its own people or the workflow, else by the role they acted in ({@link ContractAudit#actor}).
     */
    @Transactional(readOnly = true)
    public PageView<AuditEntryView> auditTrail(long id, HighroadUser caller, PageParams asked) {
        ContractSight sight = ContractSight.of(caller, whole(id, caller));
        java.util.Map<String, java.util.Optional<org.highroad.platform.security.Role>> roles = new java.util.HashMap<>();
        java.util.Set<String> own = caller.vendorId() == null ? java.util.Set.of()
                : new java.util.HashSet<>(vendorUsers.usersOf(caller.vendorId()));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return audit.page(ContractAudit.SUBJECT, id, asked).map(AuditEntryView::of).map(e -> ContractAudit.shown(e, sight))
                .map(e -> ContractAudit.actor(e, sight, user -> roles.computeIfAbsent(user,
                        u -> users.userExists(u) ? ContractAudit.roleOfGroups(users.groupIds(u)) : java.util.Optional.empty()),
                        own::contains, messages, locale));
    }

    /**
     * For payroll checks: everything the contract binds, loaded once ({@link ContractRuleBook}); a payroll of many
     * rows asks the book, not the database.
     */
    public ContractRuleBook ruleBook(long contractId) {
        return rules.ruleBook(contractId);
    }

    /** The wage rule for a classification on a day, under the version in force that day. */
    public Optional<WageRule> wageRule(long contractId, String classification, LocalDate date) {
        return rules.wageRule(contractId, classification, date);
    }

    /** For utilization checks: the workforce commitments in force on a day. */
    public List<WorkforceRule> workforceRules(long contractId, LocalDate date) {
        return rules.workforceRules(contractId, date);
    }

    private Optional<ContractView> shown(Contract contract, HighroadUser caller) {
        ContractSight sight = ContractSight.of(caller, contract);
        return sight.seesContract() ? Optional.of(sight.shown(contract.toView(), caller.vendorId())) : Optional.empty();
    }

    private Contract visible(long id, HighroadUser caller) {
        Contract contract = contracts.require(id);
        if (!ContractSight.of(caller, contract).seesContract()) {
            throw new NotFoundException("no contract " + id);
        }
        return contract;
    }

    private Contract whole(long id, HighroadUser caller) {
        Contract contract = visible(id, caller);
        if (!ContractSight.of(caller, contract).seesWholeContract()) {
            throw new NotFoundException("no contract " + id);
        }
        return contract;
    }
}
