package be.cpas.pst.domain.plan;

/**
 * A plan as the pages about it name it: title, CPAS, mandate, status, and whether it is still a draft or may still be
 * changed. Values only; built where the plan was read, its organisation with it.
 *
 * @param organisation the CPAS's name
 */
public record PlanView(long id, String title, String organisation, int periodStart, int periodEnd,
        PlanStatus status, boolean draft, boolean editable) {

    public static PlanView of(Plan plan) {
        return new PlanView(plan.getId(), plan.getTitle(), plan.getOrganisation().getName(), plan.getPeriodStart(),
                plan.getPeriodEnd(), plan.getStatus(), plan.isDraft(), plan.isEditable());
    }
}
