package be.cpas.pst.reporting.publication;

import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.persistence.planfile.PublicationFile;
import be.cpas.pst.reporting.evaluation.FrozenFigures;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where a plan's content becomes public: the plan file of a version reduced to what its publication
 * settings let through, with the progress published at a date in place of the working one. Every public page,
 * document and open-data file is drawn from its result, so a field left out here cannot reach a visitor.
 *
 * <p>Never public, whatever the settings: internal notes, the follow-up journal, the reasons given for a state, the
 * comments and authors of measured values, budget comments and the budget's yearly follow-up, risks, the persons'
 * vocabulary (unless persons are published), the evaluations (a published evaluation is read from its own record),
 * the follow-up thresholds, the elements kept private with everything under them.
 */
public final class PublicContent {

    private PublicContent() {
    }

    /**
     * @param content the version's content
     * @param settings the version's publication settings
     * @param progress the progress published at a date, or {@code null} when none was published yet
     */
    public static PlanFile of(PlanFile content, PublicationFile settings, FrozenFigures progress) {
        Map<Long, FrozenFigures.Element> published = progress == null || !settings.avancement() ? Map.of()
                : progress.elements().stream().collect(Collectors.toMap(FrozenFigures.Element::id,
                        Function.identity(), (a, b) -> a));
        Filter filter = new Filter(settings, published,
                progress == null ? null : progress.referenceDate().toString());
        PlanFile.Plan plan = content.plan();
        PlanFile.Plan publicPlan = plan == null ? null : new PlanFile.Plan(plan.titre(), plan.debut(), plan.fin(),
                plan.statut(), plan.dateAdoption(), plan.decisionConseil(), null, null,
                filter.context(plan.contexte()));
        PlanFile.Vocabulaires vocabularies = content.vocabulaires() == null ? null
                : new PlanFile.Vocabulaires(content.vocabulaires().priorites(), content.vocabulaires().etats(),
                content.vocabulaires().services(), content.vocabulaires().partenaires(),
                settings.personnes() ? content.vocabulaires().personnes() : List.of());
        return new PlanFile(content.format(), content.version(), content.organisation(), publicPlan, vocabularies,
                content.objectifsPolitiques(), filter.nodes(content.volets()), filter.nodes(content.axes()),
                filter.nodes(content.objectifs()), List.of());
    }

    private record Filter(PublicationFile settings, Map<Long, FrozenFigures.Element> published, String asOf) {

        PlanFile.Contexte context(PlanFile.Contexte c) {
            if (c == null) {
                return null;
            }
            return new PlanFile.Contexte(settings.contexte() ? c.resumeDps() : null,
                    settings.contexte() ? c.introduction() : null, settings.afom() ? c.afom() : null,
                    settings.contexte() ? c.valeurs() : null, settings.contexte() ? c.visionPolitique() : null,
                    settings.contexte() ? c.ressources() : null, settings.contexte() ? c.conclusion() : null);
        }

        List<Noeud> nodes(List<Noeud> nodes) {
            return nodes == null ? List.of()
                    : nodes.stream().filter(n -> settings.isPublic(n.identifiant())).map(this::node).toList();
        }

        private Noeud node(Noeud n) {
            FrozenFigures.Element figures = n.identifiant() == null ? null : published.get(n.identifiant());
            boolean persons = settings.personnes();
            return new Noeud(n.type(), n.code(), n.intitule(), n.description(), n.portee(), n.priorite(),
                    figures == null ? null : figures.state(), figures == null ? null : figures.percent(), null,
                    n.poids(), persons ? n.pilote() : null, persons ? n.responsable() : null,
                    persons ? n.responsableTexte() : null, n.echeance(), n.debutPrevu(), n.finPrevue(),
                    figures == null ? null : n.debutEffectif(), figures == null ? null : n.finEffective(),
                    n.services(), n.partenaires(), n.objectifsPolitiques(), n.oosSecondaires(), n.odd(), n.enjeux(),
                    n.synergie(), List.of(), null,
                    n.etapes() == null ? List.of() : n.etapes().stream().map(e -> new PlanFile.Etape(e.intitule(),
                            persons ? e.qui() : null, e.echeance(), null, null)).toList(),
                    settings.indicateurs() && n.indicateurs() != null
                            ? n.indicateurs().stream().map(i -> indicator(i, figures, asOf)).toList() : List.of(),
                    settings.budget() && n.budget() != null ? n.budget().stream().map(Filter::budget).toList()
                            : List.of(),
                    List.of(), nodes(n.axes()), nodes(n.objectifs()), nodes(n.objectifsOperationnels()),
                    nodes(n.actions()), n.identifiant());
        }

        /** Baseline and target as adopted; the one value published is the latest at the progress date. */
        private static PlanFile.Indicateur indicator(PlanFile.Indicateur i, FrozenFigures.Element figures,
                String asOf) {
            List<PlanFile.Valeur> values = List.of();
            if (figures != null && figures.indicators() != null) {
                values = figures.indicators().stream()
                        .filter(f -> Objects.equals(f.name(), i.nom()) && f.latest() != null)
                        .findFirst().map(f -> List.of(new PlanFile.Valeur(asOf, f.latest(), null, null)))
                        .orElse(List.of());
            }
            return new PlanFile.Indicateur(i.nom(), i.unite(), i.sens(), i.reference(), i.cible(), values);
        }

        private static PlanFile.LigneBudget budget(PlanFile.LigneBudget b) {
            return new PlanFile.LigneBudget(b.montant(), b.montantMax(), b.recurrence(), b.annee(), b.base(),
                    b.service(), b.article(), b.financement(), b.pouvoirSubsidiant(), null, null, List.of(),
                    b.nature(), b.libelleArticle());
        }
    }
}
