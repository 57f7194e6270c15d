package org.highroad.contracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.contracts.domain.WageCommitment;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.procurement.BidSubmission;

/**
 * Body of {@code POST /api/contracts/{id}/amendments}: from which day, why, and the wage offers that change (others
 * carry over). Terms not named carry over unchanged.
 */
public record Amendment(@NotNull java.time.LocalDate effectiveFrom, @NotBlank @Size(max = 2000) String reason,
        @Size(max = 100) List<BidSubmission.@Valid @NotNull WageOffer> wageOffers) {

    public Amendment {
        wageOffers = wageOffers == null ? List.of() : wageOffers;
    }

    ContractVersion.Commitments applyTo(ContractVersion.Commitments current) {
        List<WageCommitment> wages = new ArrayList<>(current.wages());
        for (int i = 0; i < wageOffers.size(); i++) {
            BidSubmission.WageOffer offer = wageOffers.get(i);
            int at = indexOf(wages, offer.classification());
            if (at < 0) {
                throw new InvalidInputException("wageOffers[" + i + "].classification", offer.classification()
                        + " is not a classification of this contract");
            }
            WageCommitment old = wages.get(at);
            // The award was made on these commitments: an amendment may raise them, never bargain them down.
            if (offer.baseRate().compareTo(old.offeredBase()) < 0 || offer.fringeRate().compareTo(old.offeredFringe()) < 0) {
                throw new InvalidInputException("wageOffers[" + i + "]", "may not be below the current commitment of "
                        + ContractDocuments.dollars(old.offeredBase()) + " base and " + ContractDocuments.dollars(old.offeredFringe())
                        + " fringe");
            }
            wages.set(at, new WageCommitment(old.classification(), offer.baseRate(), offer.fringeRate(),
                    old.prevailingBase(), old.prevailingFringe()));
        }
        return new ContractVersion.Commitments(wages, current.lowestHourlyWage(), current.workforce(), current.terms(), current.reporting(), current.clauses());
    }

    private static int indexOf(List<WageCommitment> wages, String classification) {
        for (int i = 0; i < wages.size(); i++) {
            if (wages.get(i).classification().trim().equalsIgnoreCase(classification.trim())) {
                return i;
            }
        }
        return -1;
    }
}
