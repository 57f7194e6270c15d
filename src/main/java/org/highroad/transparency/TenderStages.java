package org.highroad.transparency;

import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PageParams;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.audit.AuditEntry;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.Awards;
import org.highroad.procurement.BidStatus;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.SolicitationStatus;
import org.highroad.procurement.SolicitationView;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WorkforceTarget;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * The tender, bids and award stages of a solicitation, read through the procurement, standards and vendors APIs.
 * Sealed bids are never read before the opening ({@code openedAt}): the bids stage exists only after it. Vendors
 * appear as legal entities (their registered name); no staff user, contact or note is read.
 */
@Component
class TenderStages {

    static final HighroadUser READER = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final StandardCatalog standards;
    private final Bids bids;
    private final Awards awards;
    private final VendorRegistry vendors;

    TenderStages(StandardCatalog standards, Bids bids, Awards awards, VendorRegistry vendors) {
        this.standards = standards;
        this.bids = bids;
        this.awards = awards;
        this.vendors = vendors;
    }

    List<Stage> of(SolicitationView s, ObjectNode buyer) {
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("tender", "tender", "tenderUpdate", tender(s, buyer), 0));
        if (s.openedAt() == null) {
            return stages;
        }
        List<BidView> opened = PageView.every(n -> bids.list(s.id(), READER, new PageParams(String.valueOf(n), "200", "id,asc"))).stream().filter(b -> b.status() != BidStatus.REPLACED).toList();
        stages.add(new Stage("bids", "tenderUpdate", "tenderUpdate", bids(s, buyer, opened), 0));
        if (s.status() == SolicitationStatus.AWARDED && s.awardedBidId() != null) {
            opened.stream().filter(b -> b.id().equals(s.awardedBidId())).findFirst()
                    .ifPresent(b -> stages.add(new Stage("award", "award", "awardUpdate", award(s, buyer, b), 0)));
        }
        return stages;
    }

    private ObjectNode tender(SolicitationView s, ObjectNode buyer) {
        ObjectNode r = base(buyer);
        StandardVersionContent content = standards.version(s.standardCode(), s.standardVersion()).content();
        ObjectNode t = r.putObject("tender");
        t.put("id", "tender-" + s.id());
        t.put("title", s.title());
        if (s.description() != null && !s.description().isBlank()) {
            t.put("description", s.description());
        }
        t.put("status", switch (s.status()) {
            case CANCELLED -> "cancelled";
            case AWARDED -> "complete";
            default -> "active";
        });
        t.set("procuringEntity", ref(buyer));
        money(t.putObject("value"), s.estimatedValue());
        t.put("procurementMethod", "open");
        t.put("mainProcurementCategory", s.category().name().toLowerCase());
        t.put("awardCriteria", "ratedCriteria");
        t.put("awardCriteriaDetails", "Scored on the rubric of job-quality standard " + s.standardCode() + " version "
                + s.standardVersion() + "; weights in the lot's award criteria");
        t.putArray("submissionMethod").add("electronicSubmission");
        ObjectNode period = t.putObject("tenderPeriod");
        if (s.publishedAt() != null) {
            period.put("startDate", Dates.of(s.publishedAt()));
        }
        period.put("endDate", Dates.of(s.submissionDeadline().toInstant()));
        Requirements.criteria(t, s, content);
        ObjectNode lot = t.putArray("lots").addObject();
        lot.put("id", "1");
        lot.put("title", s.title());
        ArrayNode criteria = lot.putObject("awardCriteria").putArray("criteria");
        for (Criterion c : s.rubric()) {
            if (c.kind() == CriterionKind.MANDATORY_FLOOR || c.weight() == null) {
                continue;
            }
            ObjectNode a = criteria.addObject();
            a.put("type", c.kind() == CriterionKind.PRICE ? "price" : "quality");
            a.put("name", c.name() == null || c.name().isBlank() ? capitalized(scoredBy(c.kind())) : c.name());
            a.put("description", description(c));
            ObjectNode n = a.putArray("numbers").addObject();
            n.put("number", c.weight());
            n.put("weight", "pointsExact");
        }
        if (criteria.isEmpty()) {
            lot.remove("awardCriteria");
        }
        // sustainability extension: the standard's wage floors and workforce targets are contract performance
        // conditions and scored criteria; which goals apply follows from what the standard requires
        t.put("hasSustainability", true);
        ArrayNode goals = t.putArray("sustainability");
        goal(goals, "social.laborRightsPromotion", "Wage floors, benefits and schedules of the job-quality standard");
        for (WorkforceTarget target : content.workforceTargets()) {
            switch (target.category()) {
                case LOCAL_RESIDENTS -> goal(goals, "economic.localEconomyPromotion", "Local-resident share of work hours");
                case PEOPLE_OF_COLOR -> goal(goals, "social.ethnicEquality", "People-of-color share of work hours");
                case WOMEN -> goal(goals, "social.genderEquality", "Women's share of work hours");
                case APPRENTICES -> goal(goals, "social.disadvantagedEmploymentOpportunities", "Apprentice share of work hours");
                default -> { }
            }
        }
        return r;
    }

    /**
     * A criterion described in words a reader of the open data reads: its job-quality principle (Results for America's
     * eight principles, domain reference 3.6) and how it scores, never the code's constants or a missing value (OCDS 1.1,
     * lots extension: an award criterion's description is free text for people).
     */
    static String description(Criterion c) {
        String how = scoredBy(c.kind());
        return c.principle() == null ? capitalized(how)
                : "Job-quality principle: " + c.principle().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; " + how;
    }

    private static String scoredBy(CriterionKind kind) {
        if (kind == null) {
            return "scored on the job-quality standard's rubric";
        }
        return switch (kind) {
            case PRICE -> "scored on the bid price";
            case LINEAR -> "scored on a straight line between the answer that scores no points and the one that scores full points";
            case PROPORTIONAL_TO_TARGET -> "scored in proportion to a target";
            case TIERED -> "scored in tiers";
            case YES_NO -> "full points for a yes";
            case OFFICER_RATED -> "rated by the procurement officer";
            case PAST_PERFORMANCE -> "scored on the vendor's past performance";
            case MANDATORY_FLOOR -> "a minimum every bid must meet";
        };
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private ObjectNode bids(SolicitationView s, ObjectNode buyer, List<BidView> opened) {
        ObjectNode r = base(buyer);
        ObjectNode details = r.putObject("bids");
        ObjectNode count = details.putArray("statistics").addObject();
        count.put("id", "bids-received");
        count.put("measure", "bids");
        count.put("value", opened.size());
        ArrayNode list = details.putArray("details");
        ArrayNode parties = (ArrayNode) r.get("parties");
        for (BidView b : opened) {
            ObjectNode bid = list.addObject();
            String id = "bid-" + b.id();
            bid.put("id", id);
            bid.put("date", Dates.of(b.submittedAt()));
            bid.put("status", switch (b.status()) {
                case DISQUALIFIED, NON_RESPONSIVE -> "disqualified";
                case CANCELLED -> "withdrawn";
                case SUBMITTED -> "pending";
                default -> "valid";
            });
            bid.putArray("tenderers").add(vendor(parties, b.vendorId(), "tenderer"));
            if (b.commitments() != null) {
                money(bid.putObject("value"), b.commitments().price());
                Requirements.responses(bid.putArray("requirementResponses"), id, s, b.commitments());
            }
        }
        return r;
    }

    private ObjectNode award(SolicitationView s, ObjectNode buyer, BidView b) {
        ObjectNode r = base(buyer);
        ObjectNode a = r.putArray("awards").addObject();
        a.put("id", "award-" + b.id());
        a.put("title", s.title());
        a.put("status", "active");
        PageView.every(n -> awards.auditTrail(s.id(), new PageParams(String.valueOf(n), "200", null))).stream().filter(e -> e.action().equals("AWARDED")).map(AuditEntry::at)
                .reduce((x, y) -> y).ifPresent(at -> a.put("date", Dates.of(at)));
        if (b.commitments() != null) {
            money(a.putObject("value"), b.commitments().price());
        }
        a.putArray("suppliers").add(vendor((ArrayNode) r.get("parties"), b.vendorId(), "supplier"));
        a.putArray("relatedBids").add("bid-" + b.id());
        return r;
    }

    /** A release's common part: the buyer as the only party so far. */
    static ObjectNode base(ObjectNode buyer) {
        ObjectNode r = JSON.objectNode();
        r.put("initiationType", "tender");
        r.put("language", "en");
        r.putArray("parties").add(buyer.deepCopy());
        r.set("buyer", ref(buyer));
        return r;
    }

    /** The vendor as a party (its registered legal name only) in {@code roles}, and a reference to it. */
    ObjectNode vendor(ArrayNode parties, long vendorId, String role) {
        String id = "vendor-" + vendorId;
        ObjectNode party = null;
        for (var p : parties) {
            if (p.path("id").asText().equals(id)) {
                party = (ObjectNode) p;
            }
        }
        if (party == null) {
            party = parties.addObject();
            party.put("id", id);
            party.put("name", vendors.legalName(vendorId));
            party.putArray("roles");
        }
        ArrayNode roles = (ArrayNode) party.get("roles");
        if (!roles.toString().contains("\"" + role + "\"")) {
            roles.add(role);
        }
        return ref(party);
    }

    static ObjectNode ref(ObjectNode party) {
        ObjectNode ref = JSON.objectNode();
        ref.put("id", party.get("id").asText());
        ref.put("name", party.get("name").asText());
        return ref;
    }

    static void money(ObjectNode value, BigDecimal amount) {
        value.put("amount", amount);
        value.put("currency", "USD");
    }

    private static void goal(ArrayNode goals, String code, String description) {
        for (var g : goals) {
            if (g.path("goal").asText().equals(code)) {
                return;
            }
        }
        ObjectNode g = goals.addObject();
        g.put("goal", code);
        g.putArray("strategies").add("awardCriteria").add("contractPerformanceConditions");
        g.put("description", description);
    }
}
