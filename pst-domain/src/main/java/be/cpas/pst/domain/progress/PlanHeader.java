package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanContext;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.plan.SwotItem;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A plan as the pages above its tree show it (the plan page, the plan document), and what the reader may do from
 * there. Built for each request from that request's plan; values only.
 *
 * @param organisation the CPAS's name
 * @param swot         the AFOM's items; empty unless the tree was read with its context (the plan page)
 */
public record PlanHeader(long id, String title, String organisation, int periodStart, int periodEnd,
        PlanStatus status, PlanContext context, List<SwotItem> swot, Permissions may) {

    /** What the reader may open or change from the plan page, as the access policy decides it. */
    public record Permissions(boolean readDashboard, boolean followCampaigns, boolean editStructure,
            boolean manageVocabularies) {
    }

    static PlanHeader of(Plan plan, boolean withContext, Permissions may) {
        return new PlanHeader(plan.getId(), plan.getTitle(), plan.getOrganisation().getName(),
                plan.getPeriodStart(), plan.getPeriodEnd(), plan.getStatus(), plan.getContext(),
                withContext ? List.copyOf(plan.getSwot()) : List.of(), may);
    }

    /** Whether the plan has anything of its context to show: an AFOM item or a text. */
    public boolean hasContext() {
        return !swot.isEmpty() || Stream.of(context.dpsSummary(), context.introduction(), context.values(),
                context.politicalVision(), context.resources(), context.conclusion()).anyMatch(Objects::nonNull);
    }
}
