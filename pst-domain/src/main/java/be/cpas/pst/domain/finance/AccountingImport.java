package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.PlanDataRevision;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFollowUp;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetProjection;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings what the accounting sends back into the plan's budget, in two steps: a preview of every article and
 * projection (a new line, a changed credit, unchanged, not for a projet/action, an unknown element, refused with its
 * reason), then the apply, all or nothing, refused if the plan changed since the preview or if anything was refused.
 * An article is matched to the line of its projet/action with the same code, service and type; its amount becomes
 * that line's credits (after budget modifications) of the exercice, the line's other figures kept. An article no
 * line carries becomes a new line named as the accounting names it. Every change is audited like any other.
 */
@Service
@Transactional
public class AccountingImport {

    /** What an article or a projection of the file does to the plan. */
    public enum Outcome {
        /** A new budget line for this article. */
        NEW_LINE,
        /** The credits of a line change. */
        CHANGED,
        /** Already so. */
        UNCHANGED,
        /** On an objective or volet: the plan's budget lines belong to projets and actions; not taken. */
        NOT_WORK,
        /** The file names an element the plan does not have: not taken. */
        UNKNOWN_ELEMENT,
        /** Unusable: the reason says why; nothing can be applied until the file is corrected. */
        REFUSED
    }

    /** One article of the file and what it does. */
    public record ArticleChange(Outcome outcome, String elementId, Long nodeId, String element,
            AccountingFile.Article article, BigDecimal before, String refusal) {
    }

    /** One projection amount of the file and what it does. */
    public record ProjectionChange(Outcome outcome, String elementId, Long nodeId, String element, String group,
            String label, int year, BigDecimal amount, BigDecimal before, String refusal) {
    }

    /**
     * The preview of a file.
     *
     * @param revision the plan data's revision it was computed on: the apply is refused if it changed since
     */
    public record Preview(long revision, List<ArticleChange> articles, List<ProjectionChange> projections) {

        public long count(Outcome outcome) {
            return articles.stream().filter(a -> a.outcome() == outcome).count()
                    + projections.stream().filter(p -> p.outcome() == outcome).count();
        }

        public boolean applicable() {
            return count(Outcome.REFUSED) == 0 && count(Outcome.NEW_LINE) + count(Outcome.CHANGED) > 0;
        }
    }

    private final PlanNodeRepository nodes;
    private final PlanDataRevision revision;
    private final AccessPolicy policy;

    public AccountingImport(PlanNodeRepository nodes, PlanDataRevision revision, AccessPolicy policy) {
        this.nodes = nodes;
        this.revision = revision;
        this.policy = policy;
    }

    /** What the file would change; nothing is saved. */
    @Transactional(readOnly = true)
    public Preview preview(long planId, String expectedPlanReference, AccountingFile file) {
        policy.requireEditBudget();
        long current = revision.current();
        return compute(planId, expectedPlanReference, file, current, false);
    }

    /**
     * Applies the file as previewed on {@code previewRevision}: all of it, or nothing when the plan changed since the
     * preview ({@code ecomptes.import.changedMeanwhile}) or when anything in it is refused.
     */
    public Preview apply(long planId, String expectedPlanReference, AccountingFile file, long previewRevision) {
        policy.requireEditBudget();
        if (revision.current() != previewRevision) {
            throw new RuleViolation("ecomptes.import.changedMeanwhile", "The plan changed since the preview");
        }
        Preview preview = compute(planId, expectedPlanReference, file, previewRevision, false);
        if (!preview.applicable()) {
            throw new RuleViolation("ecomptes.import.notApplicable", "Nothing to apply, or refused rows");
        }
        return compute(planId, expectedPlanReference, file, previewRevision, true);
    }

    private Preview compute(long planId, String expectedPlanReference, AccountingFile file, long atRevision,
            boolean apply) {
        if (file.planReference() != null && expectedPlanReference != null
                && !file.planReference().strip().equals(expectedPlanReference)) {
            throw new RuleViolation("ecomptes.import.otherPlan", "The file is for another plan",
                    file.planReference());
        }
        Map<Long, PlanNode> byId = new HashMap<>();
        nodes.findTreeOfPlan(planId).forEach(node -> byId.put(node.getId(), node));
        Map<String, PlanNode> byElementId = new HashMap<>();
        byId.values().forEach(node -> byElementId.put("E" + node.getId(), node));
        List<ArticleChange> articles = new ArrayList<>();
        List<ProjectionChange> projections = new ArrayList<>();
        for (AccountingFile.Element element : file.elements()) {
            PlanNode node = byElementId.get(element.elementId());
            String label = node == null ? element.label() : node.auditLabel();
            Long nodeId = node == null ? null : node.getId();
            for (AccountingFile.Article article : element.articles()) {
                String refusal = refusal(article);
                if (node == null) {
                    articles.add(new ArticleChange(Outcome.UNKNOWN_ELEMENT, element.elementId(), null, label, article,
                            null, null));
                } else if (refusal != null) {
                    articles.add(new ArticleChange(Outcome.REFUSED, element.elementId(), nodeId, label, article, null,
                            refusal));
                } else if (!node.getKind().isWork()) {
                    articles.add(new ArticleChange(Outcome.NOT_WORK, element.elementId(), nodeId, label, article,
                            null, null));
                } else {
                    articles.add(article(node, element.elementId(), label, article, apply));
                }
            }
            for (AccountingFile.Projection projection : element.projections()) {
                projection.amounts().forEach((year, amount) -> {
                    String refusal = projection.economicGroup() == null || projection.economicGroup().isBlank()
                            || projection.economicGroup().strip().length() > 50 ? "ecomptes.refusal.group"
                            : year < 2000 || year > 2100 ? "ecomptes.refusal.year"
                            : amount == null || amount.abs().compareTo(MAX_AMOUNT) >= 0 ? "ecomptes.refusal.amount"
                            : null;
                    if (node == null) {
                        projections.add(new ProjectionChange(Outcome.UNKNOWN_ELEMENT, element.elementId(), null,
                                label, projection.economicGroup(), projection.label(), year, amount, null, null));
                    } else if (refusal != null) {
                        projections.add(new ProjectionChange(Outcome.REFUSED, element.elementId(), nodeId, label,
                                projection.economicGroup(), projection.label(), year, amount, null, refusal));
                    } else {
                        BigDecimal before = node.getProjections().stream().filter(p -> p.getService()
                                == projection.service() && p.getFlow() == projection.flow()
                                && p.getEconomicGroup().equals(projection.economicGroup().strip())
                                && p.getYear() == year).map(BudgetProjection::getAmount).findFirst().orElse(null);
                        Outcome outcome = before == null ? Outcome.NEW_LINE
                                : before.compareTo(amount) == 0 ? Outcome.UNCHANGED : Outcome.CHANGED;
                        if (apply && outcome != Outcome.UNCHANGED) {
                            node.project(projection.service(), projection.flow(), projection.economicGroup(),
                                    projection.label(), year, amount);
                        }
                        projections.add(new ProjectionChange(outcome, element.elementId(), nodeId, label,
                                projection.economicGroup(), projection.label(), year, amount, before, null));
                    }
                });
            }
        }
        return new Preview(atRevision, articles, projections);
    }

    /** The largest amount the budget columns hold (twelve digits before the comma). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private static String refusal(AccountingFile.Article article) {
        if (article.code() == null || article.code().isBlank() || article.code().strip().length() > 50) {
            return "ecomptes.refusal.code";
        }
        if (article.year() < 2000 || article.year() > 2100) {
            return "ecomptes.refusal.year";
        }
        if (article.amount() == null || article.amount().signum() < 0
                || article.amount().compareTo(MAX_AMOUNT) >= 0 || article.amount().scale() > 2
                && article.amount().stripTrailingZeros().scale() > 2) {
            return "ecomptes.refusal.amount";
        }
        return null;
    }

    private static ArticleChange article(PlanNode node, String elementId, String label,
            AccountingFile.Article article, boolean apply) {
        String code = article.code().strip();
        Optional<BudgetLine> matched = node.getBudgetLines().stream()
                .filter(line -> code.equals(line.getArticle()) && line.getFlow() == article.flow()
                        && (line.getService() == null || line.getService() == article.service()))
                .findFirst();
        if (matched.isEmpty()) {
            if (apply) {
                BudgetLine line = node.addBudgetLine(null, null, article.label() == null || article.label().isBlank()
                        ? code : article.label());
                line.finance(article.service(), article.flow(), code, article.label(), null, null, null);
                line.followUp(article.year(), BudgetFigures.of(article.amount(), null, null));
            }
            return new ArticleChange(Outcome.NEW_LINE, elementId, node.getId(), label, article, null, null);
        }
        BudgetLine line = matched.get();
        Optional<BudgetFollowUp> stored = line.followUpOf(article.year());
        BigDecimal before = stored.map(BudgetFollowUp::getInscribed).orElse(null);
        boolean same = before != null && before.compareTo(article.amount()) == 0;
        if (apply && !same) {
            BudgetFigures figures = stored.map(BudgetFollowUp::figures).orElse(BudgetFigures.of(null, null, null));
            line.followUp(article.year(), new BudgetFigures(figures.initialCredit(), article.amount(),
                    figures.committed(), figures.charged()));
            if (line.getService() == null || line.getArticleLabel() == null && article.label() != null) {
                line.finance(article.service(), line.getFlow(), line.getArticle(),
                        Objects.requireNonNullElse(line.getArticleLabel(), article.label()), line.getFinancing(),
                        line.getSubsidisingBody(), line.getComment());
            }
        }
        return new ArticleChange(same ? Outcome.UNCHANGED : Outcome.CHANGED, elementId, node.getId(), label, article,
                before, null);
    }
}
