package be.cpas.pst.domain.planfile;

import be.cpas.pst.domain.evaluation.EvaluationDecision;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.vocabulary.Civility;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The French words of the file for the model's enums, in both directions. */
public final class FileTerms<E extends Enum<E>> {

    public static final FileTerms<PlanStatus> PLAN_STATUS = of(PlanStatus.DRAFT, "brouillon", PlanStatus.ADOPTED, "adopte",
            PlanStatus.ARCHIVED, "archive");
    public static final FileTerms<VoletScope> SCOPE = of(VoletScope.EXTERNAL, "externe", VoletScope.INTERNAL, "interne",
            VoletScope.BOTH, "les-deux");
    public static final FileTerms<StateCategory> STATE_CATEGORY = of(StateCategory.NOT_STARTED, "non-commence",
            StateCategory.IN_PROGRESS, "en-cours", StateCategory.SUSPENDED, "suspendu", StateCategory.DONE, "termine",
            StateCategory.ABANDONED, "abandonne", StateCategory.UNDETERMINED, "indetermine");
    public static final FileTerms<SynergyStatus> SYNERGY = of(SynergyStatus.TO_CONSIDER, "a-envisager",
            SynergyStatus.EXISTING, "existante", SynergyStatus.NOT_APPLICABLE, "sans-objet",
            SynergyStatus.UNDETERMINED, "indetermine");
    public static final FileTerms<IndicatorDirection> DIRECTION = of(IndicatorDirection.INCREASE, "hausse",
            IndicatorDirection.DECREASE, "baisse", IndicatorDirection.MAINTAIN, "maintien");
    public static final FileTerms<BudgetRecurrence> RECURRENCE = of(BudgetRecurrence.ONE_OFF, "ponctuel",
            BudgetRecurrence.YEARLY, "annuel");
    public static final FileTerms<CostBasis> COST_BASIS = of(CostBasis.TOTAL, "total", CostBasis.EXTRA, "surcout");
    public static final FileTerms<BudgetService> BUDGET_SERVICE = of(BudgetService.ORDINARY, "ordinaire",
            BudgetService.EXTRAORDINARY, "extraordinaire");
    public static final FileTerms<BudgetFlow> FLOW = of(BudgetFlow.EXPENSE, "depense", BudgetFlow.REVENUE, "recette");
    public static final FileTerms<Financing> FINANCING = of(Financing.OWN_FUNDS, "fonds-propres", Financing.SUBSIDY,
            "subside", Financing.LOAN, "emprunt", Financing.OTHER, "autre");
    public static final FileTerms<EvaluationKind> EVALUATION_KIND = of(EvaluationKind.ANNUAL, "annuelle",
            EvaluationKind.MID_TERM, "mi-parcours", EvaluationKind.FINAL, "finale");
    public static final FileTerms<EvaluationDecision> DECISION = of(EvaluationDecision.KEEP, "maintenir",
            EvaluationDecision.ADAPT, "adapter", EvaluationDecision.POSTPONE, "reporter", EvaluationDecision.ABANDON,
            "abandonner", EvaluationDecision.ADD, "ajouter");

    public static final FileTerms<Civility> CIVILITY = of(Civility.MADAME, "madame", Civility.MONSIEUR, "monsieur");

    private final Map<String, E> byWord = new LinkedHashMap<>();
    private final Map<E, String> byValue = new LinkedHashMap<>();

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> FileTerms<E> of(Object... pairs) {
        FileTerms<E> terms = new FileTerms<>();
        for (int i = 0; i < pairs.length; i += 2) {
            terms.byWord.put((String) pairs[i + 1], (E) pairs[i]);
            terms.byValue.put((E) pairs[i], (String) pairs[i + 1]);
        }
        return terms;
    }

    public Optional<E> read(String word) {
        return Optional.ofNullable(word == null ? null : byWord.get(word.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public String write(E value) {
        return value == null ? null : byValue.get(value);
    }

    /** The accepted words, for error messages: « brouillon », « adopte », « archive ». */
    public String accepted() {
        return String.join(", ", byWord.keySet().stream().map(word -> "« " + word + " »").toList());
    }
}
