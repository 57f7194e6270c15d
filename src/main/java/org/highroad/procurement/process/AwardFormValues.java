package org.highroad.procurement.process;

import static org.highroad.procurement.process.SolicitationAwardProcess.PROCESS_ID;
import static org.highroad.procurement.process.SolicitationAwardProcess.TASK_APPROVE_AWARD;
import static org.highroad.procurement.process.SolicitationAwardProcess.VAR_SOLICITATION_ID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.process.FormText;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.Bids;
import org.highroad.procurement.RankingView;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * The award's approval form shows the solicitation and its ranking as the officer reads them on the staff pages:
 * vendors by name, scores, prices as money, each bid's standing, and offers the responsive bids to choose from by
 * vendor name (the recommended one preselected); the task's name carries the solicitation and the top-ranked vendor
 * with its price. Read from procurement's tables each time the form is read (ADR 0009); the process holds ids only.
 */
@Component
class AwardFormValues implements TaskFormValues {

    static final String SHOWN_SUMMARY = "awardSummary";
    static final String SHOWN_RANKING = "rankingRows";
    static final String SHOWN_CHOICES = "bidChoices";
    private static final HighroadUser STAFF = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);

    private final Solicitations solicitations;
    private final Bids bids;
    private final VendorRegistry vendors;

    AwardFormValues(Solicitations solicitations, Bids bids, VendorRegistry vendors) {
        this.solicitations = solicitations;
        this.bids = bids;
        this.vendors = vendors;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASK_APPROVE_AWARD.equals(taskDefinitionKey) || !(variables.get(VAR_SOLICITATION_ID) instanceof Number id)) {
            return Map.of();
        }
        SolicitationView solicitation = solicitations.view(id.longValue());
        RankingView ranking = bids.ranking(id.longValue(), STAFF);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> choices = new ArrayList<>();
        for (RankingView.Entry entry : ranking.entries()) {
            String vendor = vendors.legalName(entry.vendorId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", entry.rank() == null ? "—" : String.valueOf(entry.rank()));
            row.put("vendor", vendor);
            row.put("score", FormText.points(entry.totalScore()));
            row.put("price", FormText.money(entry.price()));
            row.put("standing", FormText.label(entry.status()));
            row.put("note", entry.outcomeReason() == null ? "" : entry.outcomeReason());
            rows.add(row);
            if (entry.rank() != null) {
                choices.add(Map.of("value", entry.bidId(), "label", entry.rank() + ". " + vendor + " — "
                        + FormText.points(entry.totalScore()) + " points, " + FormText.money(entry.price())));
            }
        }
        String summary = "**[" + FormText.plain(solicitation.title()) + "](/staff/solicitations/" + id + ")**"
                + " · estimated value " + FormText.money(solicitation.estimatedValue())
                + " · bids opened " + FormText.moment(solicitation.openedAt(), java.time.ZoneOffset.UTC)
                + "\n\nRanked by " + FormText.plain(ranking.tieBreak()) + ".";
        return Map.of(SHOWN_SUMMARY, summary, SHOWN_RANKING, rows, SHOWN_CHOICES, choices);
    }

    /** "Approve award: Harbor dredging, top-ranked Harbor Builders LLC at $1,234,000.00". */
    @Override
    public Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASK_APPROVE_AWARD.equals(taskDefinitionKey) || !(variables.get(VAR_SOLICITATION_ID) instanceof Number id)) {
            return Optional.empty();
        }
        SolicitationView solicitation = solicitations.view(id.longValue());
        String top = bids.ranking(id.longValue(), STAFF).entries().stream().filter(e -> e.rank() != null).findFirst()
                .map(e -> ", top-ranked " + vendors.legalName(e.vendorId()) + " at " + FormText.money(e.price()))
                .orElse("");
        return Optional.of("Approve award: " + solicitation.title() + top);
    }
}
