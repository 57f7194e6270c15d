package org.highroad.procurement.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.highroad.procurement.ScorecardReview;
import org.highroad.standards.scoring.Criterion;

/**
 * The officer's ratings as the review form's dynamic list submits them: a JSON array with one row per officer-rated
 * criterion of the rubric, in the rubric's order, each {@code {"points": 4, "justification": "…"}}. A row without
 * points rates nothing now. Whether a rating is within its criterion's scale and justified is
 * {@link org.highroad.procurement.BidEvaluation#reviewRefusal}'s rule, not this reader's: it only turns rows into
 * ratings of their criteria, or says why it cannot.
 */
final class RatingRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ratings the rows give, or why they cannot be read (then {@code ratings} is empty). */
    record Read(List<ScorecardReview.Rating> ratings, String refusal) {
    }

    private RatingRows() {
    }

    static Read read(String json, List<Criterion> criteria) {
        JsonNode rows;
        try {
            rows = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return refused("the ratings are not a list of rows");
        }
        if (rows == null || !rows.isArray()) {
            return refused("the ratings are not a list of rows");
        }
        if (rows.size() != criteria.size()) {
            return refused("the ratings have " + rows.size() + " rows, but the rubric has " + criteria.size()
                    + " officer-rated criteria; open the review again");
        }
        List<ScorecardReview.Rating> ratings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Criterion criterion = criteria.get(i);
            String name = criterion.name() == null ? criterion.code() : criterion.name();
            if (!row.isObject()) {
                return refused("the rating of " + name + " is not a row");
            }
            JsonNode points = row.path("points");
            if (points.isMissingNode() || points.isNull() || points.asText().isBlank()) {
                continue;
            }
            BigDecimal value;
            try {
                value = points.isNumber() ? points.decimalValue() : new BigDecimal(points.asText().strip());
            } catch (NumberFormatException e) {
                return refused("the rating of " + name + " is not a number: " + points.asText());
            }
            if (value.stripTrailingZeros().scale() > ScorecardReview.Rating.DECIMALS) {
                return refused("the rating of " + name + " must have at most 2 decimals, not " + value.toPlainString());
            }
            JsonNode justification = row.path("justification");
            ratings.add(new ScorecardReview.Rating(criterion.code(), value,
                    justification.isTextual() ? justification.asText() : null));
        }
        return new Read(List.copyOf(ratings), null);
    }

    private static Read refused(String why) {
        return new Read(List.of(), why);
    }
}
