package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which parts of the plan the DG makes public with its adopted versions. The structure, titles, descriptions,
 * échéances, ODD and services are always public; internal notes, journal comments, budget comments, drafts,
 * evaluations in preparation and the audit never are, whatever is chosen here.
 *
 * @param context the context and the summary of the déclaration de politique sociale
 * @param swot the AFOM analysis
 * @param budget the budget amounts of the projets and actions
 * @param indicators the indicators with their baseline, target and published values
 * @param progress the state and % of progress as of the last published progress date
 * @param persons the names of the pilotes and responsables (by default only services are named)
 * @param licence the licence under which the open data is given
 */
@Embeddable
public record PublicationSettings(
        @Column(name = "publish_context", nullable = false) boolean context,
        @Column(name = "publish_swot", nullable = false) boolean swot,
        @Column(name = "publish_budget", nullable = false) boolean budget,
        @Column(name = "publish_indicators", nullable = false) boolean indicators,
        @Column(name = "publish_progress", nullable = false) boolean progress,
        @Column(name = "publish_persons", nullable = false) boolean persons,
        @Column(name = "open_data_licence", nullable = false, length = 200) String licence) {

    public static final String DEFAULT_LICENCE = "Creative Commons Attribution 4.0 (CC BY 4.0)";
    public static final int MAX_LICENCE = 200;

    /** What a new plan publishes: everything but budget amounts and persons' names. */
    public static PublicationSettings defaults() {
        return new PublicationSettings(true, true, false, true, true, false, DEFAULT_LICENCE);
    }

    public PublicationSettings {
        licence = licence == null || licence.isBlank() ? DEFAULT_LICENCE : licence.strip();
        if (licence.length() > MAX_LICENCE) {
            throw new RuleViolation("publication.licence.tooLong", "Licence too long", MAX_LICENCE);
        }
    }
}
