package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.planning.PlanNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation as its pages and its report show it: its steps, what it says of each element, the errata added after
 * the council. Values only, built for one reader: the public's report names nobody (comments and errata keep their
 * dates, not their authors).
 */
public record EvaluationView(long id, EvaluationKind kind, int year, EvaluationStatus status, long version,
        LocalDate referenceDate, LocalDate validatedOn, LocalDate presentedOn, String deliberation,
        String introduction, String synergyReview, List<Item> items, List<Erratum> errata) {

    /** An evaluation as the list of a plan's evaluations shows it. */
    public record Heading(long id, EvaluationKind kind, int year, EvaluationStatus status, LocalDate presentedOn,
            String deliberation) {

        public static Heading of(Evaluation evaluation) {
            return new Heading(evaluation.getId(), evaluation.getKind(), evaluation.getYear(),
                    evaluation.getStatus(), evaluation.getPresentedOn(), evaluation.getDeliberation());
        }
    }

    /**
     * What the evaluation says of one element.
     *
     * @param nodeLabel     the element's code and title
     * @param appliedNode   the element a decision created or changed, once applied; {@code null} otherwise
     * @param commentAuthor {@code null} in the public's report
     */
    public record Item(long nodeId, String nodeLabel, Appreciation appreciation, String assessment,
            EvaluationDecision decision, String decisionDetails, boolean majorAdjustment, String synergyReview,
            String responsableComment, String commentAuthor, LocalDate commentedOn, LocalDate appliedOn,
            Ref appliedNode, boolean assessed) {
    }

    /** An element named by the evaluation. */
    public record Ref(long id, String title) {
    }

    /**
     * A correction added after the council, on an element ({@code nodeId}) or on the report.
     *
     * @param author {@code null} in the public's report
     */
    public record Erratum(Long nodeId, String subject, String correction, String reason, LocalDate recordedOn,
            String author) {
    }

    /** The evaluation for a reader of the CPAS ({@code named}) or for the public (nobody named). */
    public static EvaluationView of(Evaluation evaluation, boolean named) {
        return new EvaluationView(evaluation.getId(), evaluation.getKind(), evaluation.getYear(),
                evaluation.getStatus(), evaluation.getVersion(), evaluation.getReferenceDate(),
                evaluation.getValidatedOn(), evaluation.getPresentedOn(), evaluation.getDeliberation(),
                evaluation.getIntroduction(), evaluation.getSynergyReview(),
                evaluation.getItems().stream().map(item -> item(item, named)).toList(),
                evaluation.getErrata().stream().map(erratum -> new Erratum(erratum.getNodeId(),
                        erratum.getSubject(), erratum.getCorrection(), erratum.getReason(),
                        erratum.getRecordedOn(), named ? erratum.getAuthor() : null)).toList());
    }

    private static Item item(EvaluationItem item, boolean named) {
        PlanNode applied = item.getAppliedNode();
        return new Item(item.getNode().getId(), item.getNode().auditLabel(), item.getAppreciation(),
                item.getAssessment(), item.getDecision(), item.getDecisionDetails(), item.isMajorAdjustment(),
                item.getSynergyReview(), item.getResponsableComment(), named ? item.getCommentAuthor() : null,
                item.getCommentedOn(), item.getAppliedOn(), applied == null ? null
                        : new Ref(applied.getId(), applied.getTitle()), item.isAssessed());
    }

    /** What the evaluation says, by element. */
    public Map<Long, Item> itemsByNode() {
        Map<Long, Item> byNode = new LinkedHashMap<>();
        items.forEach(item -> byNode.put(item.nodeId(), item));
        return byNode;
    }

    /** The errata of each element (those on the report as a whole are not listed here). */
    public Map<Long, List<Erratum>> errataByNode() {
        Map<Long, List<Erratum>> byNode = new LinkedHashMap<>();
        errata.stream().filter(erratum -> erratum.nodeId() != null)
                .forEach(erratum -> byNode.computeIfAbsent(erratum.nodeId(), key -> new ArrayList<>()).add(erratum));
        return byNode;
    }
}
