package org.highroad.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reason the modules whose staff and portal pages show refusals state in their code (payroll's file readers have
 * their own tests, which make each of their reasons) (a rule's violation, a
 * conflict, a constraint's message, a page's own check) has its code, so a Spanish page reads it in Spanish; the API
 * keeps answering the English. A reason added to one of these modules without its code fails here, naming where it is.
 */
class ModuleReasonsInSpanishTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    /**
     * Sentences made of other sentences, not reasons of their own: a subsidy form's label joined to a reason already in
     * the page's language, a hire's worker reference joined to a claim rule's reason (each has its code with the
     * reference too); the titles of Tasklist forms.
     */
    private static final Set<String> NOT_REASONS = Set.of("X: X", "Review scorecard: X, X, X", "Approve award: XX");

    /**
     * Reasons whose wording the code chooses between alternatives (one finding or many, a choice of decisions, a reason
     * given or not): the example stands for the real sentences, each of which must have its code.
     */
    private static final Map<String, List<String>> ALTERNATIVES = Map.ofEntries(Map.entry(
            "XX the contract's payroll calendar expects from your company",
            List.of("2025-03-15 is not a week the contract's payroll calendar expects from your company", "2025-03-31 is not "
                    + "the last day of a reporting period (calendar month) that the contract's payroll calendar expects from "
                    + "your company")),
            Map.entry("X has not ended yet: its certified payroll is taken from the day after its last day, X",
            List.of("the week ending 2025-03-15 has not ended yet: its certified payroll is taken from the day after its last "
                    + "day, 2025-03-16", "the calendar month 2025-03-01 to 2025-03-31 has not ended yet: its certified "
                    + "payroll is taken from the day after its last day, 2025-04-01", "the two-week period 2025-03-02 to "
                    + "2025-03-15 has not ended yet: its certified payroll is taken from the day after its last day, 2025-03-16")),
            Map.entry("XXX not pending review in case X (reviewed already, superseded, or not the case's); nothing was recorded",
            List.of("finding [12] is not pending review in case 5 (reviewed already, superseded, or not the case's); "
                    + "nothing was recorded", "3 findings [12, 13, 14] are not pending review in case 5 (reviewed already, "
                    + "superseded, or not the case's); nothing was recorded")),
            Map.entry("must be X", List.of("must be CONFIRM or DISMISS", "must be CURED or NOT_CURED")),
            Map.entry("The case cannot close: X. Record a reason of at least X charactersX, e.g. \"worker cannot be located after "
                    + "three attempts; funds deposited with the state\".",
            List.of("The case cannot close: restitution of $120.00 is outstanding for 2 workers. Record a reason of at "
                    + "least 20 characters, e.g. \"worker cannot be located after three attempts; funds deposited with the "
                    + "state\".", "The case cannot close: restitution of $120.00 is outstanding for 2 workers. Record a "
                    + "reason of at least 20 characters (the reason given has 4), e.g. \"worker cannot be located after "
                    + "three attempts; funds deposited with the state\".", "The case cannot close: restitution of $100.00 is "
                    + "outstanding for 1 worker. Record a reason of at least 20 characters, e.g. \"worker cannot be located "
                    + "after three attempts; funds deposited with the state\".", "The case cannot close: $100.00 of "
                    + "withholding is still held from Harbor Builders LLC (release it, or say why it is kept). Record a reason "
                    + "of at least 20 characters, e.g. \"worker cannot be located after three attempts; funds deposited with "
                    + "the state\".", "The case cannot close: restitution of $120.00 is outstanding for 2 workers; $30.00 of "
                    + "withholding is still held from Harbor Builders LLC and Bay Electric Co. (release it, or say why it is "
                    + "kept). Record a reason of at least 20 characters (the reason given has 5), e.g. \"worker cannot be "
                    + "located after three attempts; funds deposited with the state\".")),
            // vendors: a debarment with or without its end, and a count of violations of either kind with its entries
            Map.entry("debarred by X from XX", List.of("debarred by SAM.gov from 2025-01-01 with no end date",
                    "debarred by SAM.gov from 2025-01-01 until 2026-01-01")),
            Map.entry("X X between X and X (at most X allowed); latest on X; X", List.of("2 unresolved wage-theft "
                    + "violation(s) between 2022-01-01 and 2025-01-01 (at most 0 allowed); latest on 2024-05-01; entry 3 "
                    + "(found by DOL WHD, occurred 2024-05-01, unresolved)", "1 serious safety citation(s) between "
                    + "2022-01-01 and 2025-01-01 (at most 0 allowed); latest on 2024-05-01; entry 4 (compliance case 7, "
                    + "occurred 2024-05-01, resolved on 2024-06-01)")),
            // standards: a wage floor's scope, an officer's rating and its scale, a decision pinned in a county or not
            Map.entry("must name the X the floor covers", List.of("must name the classification the floor covers",
                    "must name the region the floor covers")),
            Map.entry("rating X is outside the bounds X", List.of("rating 6 is outside the bounds 0 to 5")),
            Map.entry("no hourly rate of decision X appliesX", List.of("no hourly rate of decision MA20240001 applies",
                    "no hourly rate of decision MA20240001 applies in Suffolk")),
            Map.entry("X has a rate in more than one group that appliesX (X) and the decision does not say which; name one "
                    + "of them in groups (its identifier) to pin its rate", List.of("ELECTRICIAN has a rate in more than "
                    + "one group that applies (ELEC0103-005 on line 4, ELEC0103-006 on line 9) and the decision does not "
                    + "say which; name one of them in groups (its identifier) to pin its rate", "ELECTRICIAN has a rate in "
                    + "more than one group that applies in Suffolk (ELEC0103-005 on line 4, ELEC0103-006 on line 9) and the "
                    + "decision does not say which; name one of them in groups (its identifier) to pin its rate")),
            Map.entry("Xdecision X is for X", List.of("required: decision MA20240001 is for [BUILDING, HEAVY]",
                    "HIGHWAY is not a type of this decision; decision MA20240001 is for [BUILDING, HEAVY]")));

    @ParameterizedTest
    @ValueSource(strings = {"procurement", "subsidies", "enforcement", "contracts", "payroll", "vendors", "standards"})
    void everyReasonTheModuleStatesReadsInSpanish(String module) {
        List<StatedReasons.Stated> stated = StatedReasons.in(Path.of("src/main/java/org/highroad", module)).stream()
                .filter(s -> !NOT_REASONS.contains(s.example()))
                .flatMap(s -> ALTERNATIVES.getOrDefault(s.example(), List.of(s.example())).stream()
                        .map(real -> new StatedReasons.Stated(s.where(), real)))
                .toList();
        PageReasons reasons = PageReasonsTest.reasons();
        assertThat(stated).as("reasons found in %s", module).hasSizeGreaterThan(10);
        List<String> unknown = stated.stream().filter(s -> reasons.codeOf(s.example()) == null)
                .map(s -> s.where() + " " + s.example()).toList();
        assertThat(unknown).as("reasons of %s without a code", module).isEmpty();
        for (StatedReasons.Stated s : stated) {
            assertThat(reasons.text(s.example(), ES)).as("%s in Spanish", s.where()).isNotBlank().isNotEqualTo(s.example());
        }
    }

    @Test
    void aStatusAReasonNamesAndAKnownReasonInsideAnotherReadInSpanish() {
        PageReasons reasons = PageReasonsTest.reasons();
        assertThat(reasons.text("solicitation 5 is published and cannot be published", ES))
                .isEqualTo("la licitación 5 está publicada y no puede ser publicada");
        assertThat(reasons.text("version 2 of request 9 is SUBMITTED; it was submitted already", ES))
                .isEqualTo("la versión 2 de la solicitud 9 está en estado presentada; ya se presentó");
        assertThat(reasons.text("contract 4 is in legal review, not awaiting acceptance", ES))
                .isEqualTo("el contrato 4 está en revisión jurídica, no pendiente de aceptación");
        assertThat(reasons.text("ineligible vendor: PREQUALIFICATION: the vendor is not pre-qualified under STD-1 on "
                + "2025-01-01 (required by solicitation 7)", ES)).isEqualTo("proveedor no elegible: precalificación: el "
                + "proveedor no está precalificado según STD-1 el 2025-01-01 (lo exige la licitación 7)");
        assertThat(reasons.text("must be between 0 and 100, with at most 2 decimals", ES)).as("a percentage (Percent)")
                .isEqualTo("debe estar entre 0 y 100, con 2 decimales como máximo");
        assertThat(reasons.text("must be at most 100, the standard's maximum reimbursement", ES))
                .isEqualTo("debe ser como máximo 100, el reembolso máximo del estándar");
        assertThat(reasons.text("ineligible vendor: ACTIVE_DEBARMENT: debarred by SAM.gov from 2025-01-01 until 2026-01-01 "
                + "(2 CFR 180.145)", ES)).as("a vendors screening reason inside procurement's").isEqualTo("proveedor no "
                + "elegible: inhabilitación vigente: inhabilitado por SAM.gov desde el 2025-01-01 hasta el 2026-01-01 (2 CFR 180.145)");
        assertThat(reasons.text("ineligible vendor: UNRESOLVED_WAGE_THEFT: 1 unresolved wage-theft violation(s) between "
                + "2022-01-01 and 2025-01-01 (at most 0 allowed); latest on 2024-05-01; entry 3 (found by DOL WHD, occurred "
                + "2024-05-01, unresolved) (state wage law)", ES)).startsWith("proveedor no elegible: robo de salario sin resolver: 1 "
                + "infracción(es) de robo de salario sin resolver entre el 2022-01-01 y el 2025-01-01");
        assertThat(reasons.text("version 2 of STD-1 is proposed and cannot change; create a new version instead", ES))
                .as("a standard version's state").isEqualTo("la versión 2 de STD-1 está propuesta y no puede cambiar; cree "
                        + "una versión nueva");
        assertThat(reasons.text("must be 0 or more", ES)).isEqualTo("debe ser 0 o más");
        assertThat(reasons.text("another bid was awarded", ES)).as("a bid's outcome when another was awarded")
                .isEqualTo("se adjudicó otra oferta");
        assertThat(reasons.text("The case cannot close: $100.00 of withholding is still held from Harbor Builders LLC "
                + "(release it, or say why it is kept). Record a reason of at least 20 characters, e.g. \"worker cannot be "
                + "located after three attempts; funds deposited with the state\".", ES)).as("a contractor named in a closing "
                + "refusal").isEqualTo("El caso no puede cerrarse: aún se retienen $100.00 a Harbor Builders LLC (libérelos o "
                + "diga por qué se mantienen). Registre un motivo de al menos 20 caracteres, por ejemplo «no se puede localizar "
                + "al trabajador tras tres intentos; fondos depositados en el estado».");
        assertThat(reasons.text("The case cannot close: restitution of $100.00 is outstanding for 1 worker; $60.00 of "
                + "withholding is still held from Harbor Builders LLC (release it, or say why it is kept). Record a reason of "
                + "at least 20 characters (the reason given has 5), e.g. \"worker cannot be located after three attempts; "
                + "funds deposited with the state\".", ES)).as("both reasons a case cannot close").isEqualTo("El caso no "
                + "puede cerrarse: queda pendiente una restitución de $100.00 para 1 trabajador, y aún se retienen $60.00 a "
                + "Harbor Builders LLC (libérelos o diga por qué se mantienen). Registre un motivo de al menos 20 caracteres "
                + "(el motivo dado tiene 5), por ejemplo «no se puede localizar al trabajador tras tres intentos; fondos "
                + "depositados en el estado».");
        assertThat(reasons.text("The case cannot close: restitution of $120.00 is outstanding for 2 workers. Record a reason "
                + "of at least 20 characters, e.g. \"worker cannot be located after three attempts; funds deposited with the "
                + "state\".", ES)).contains("una restitución de $120.00 para 2 trabajadores.");
        assertThat(reasons.text("solicitation 5 is published and cannot be published", Locale.ENGLISH))
                .isEqualTo("solicitation 5 is published and cannot be published");
    }
}
