package be.cpas.pst.domain.planfile;

import java.math.BigDecimal;
import java.util.List;

/**
 * Version 1 of the plan file: everything a PST holds, including its context, vocabularies and follow-up data.
 * Keys are French, for the CPAS staff who read and write these files; docs/plan-format.md describes each one.
 * Dates are ISO strings (AAAA-MM-JJ) so that a wrong date is reported with its path rather than rejected whole.
 * Empty values are left out of a written file.
 */
public record PlanFile(String format, Integer version, Organisation organisation, Plan plan,
        Vocabulaires vocabulaires, List<ObjectifPolitique> objectifsPolitiques, List<Noeud> volets, List<Noeud> axes,
        List<Noeud> objectifs, List<Evaluation> evaluations) {

    public static final String FORMAT = "pst-plan";
    public static final int CURRENT_VERSION = 1;

    public record Organisation(String nom, String adresse, String siteWeb, String codeIns) {
    }

    public record Plan(String titre, Integer debut, Integer fin, String statut, String dateAdoption,
            String decisionConseil, Integer joursSansSuivi, Integer joursEcheanceProche, Contexte contexte) {
    }

    public record Contexte(String resumeDps, String introduction, Afom afom, String valeurs, String visionPolitique,
            String ressources, String conclusion) {
    }

    public record Afom(List<String> atouts, List<String> faiblesses, List<String> opportunites, List<String> menaces) {
    }

    public record Vocabulaires(List<Priorite> priorites, List<Etat> etats, List<String> services,
            List<String> partenaires, List<Personne> personnes) {
    }

    public record Priorite(String code, String libelle, String signification) {
    }

    public record Etat(String libelle, String categorie) {
    }

    /** A person; civility, first and last name and telephone are the accounting's (all optional). */

    public record Personne(String nom, String fonction, String civilite, String prenom, String nomDeFamille,
            String telephone) {

        public Personne(String nom, String fonction) {
            this(nom, fonction, null, null, null, null);
        }
    }

    public record ObjectifPolitique(String code, String intitule) {
    }

    /**
     * A node of the tree. {@code identifiant} is the element's number in the application that wrote the file (in the
     * versions it keeps and its open data): informative, ignored on import. Which level it is follows from the list it is in: {@code volets}, {@code axes},
     * {@code objectifs} (OS), {@code objectifsOperationnels}, {@code actions} (with {@code type} "projet" or
     * "action"); a projet's own actions are in its {@code actions}.
     */

    public record Noeud(String type, String code, String intitule, String description, String portee,
            String priorite, String etat, Integer avancement, String motifEtat, Integer poids, String pilote,
            String responsable, String responsableTexte, String echeance, String debutPrevu, String finPrevue,
            String debutEffectif, String finEffective, List<String> services, List<String> partenaires,
            List<String> objectifsPolitiques, List<String> oosSecondaires, List<Integer> odd, List<Integer> enjeux,
            Synergie synergie, List<String> risques, String noteInterne, List<Etape> etapes,
            List<Indicateur> indicateurs, List<LigneBudget> budget, List<EntreeJournal> journal, List<Noeud> axes,
            List<Noeud> objectifs, List<Noeud> objectifsOperationnels, List<Noeud> actions, Long identifiant,
            List<Projection> projections) {

        /** An element without the accounting's projections (the public content, hand-built files). */
        public Noeud(String type, String code, String intitule, String description, String portee,
                String priorite, String etat, Integer avancement, String motifEtat, Integer poids, String pilote,
                String responsable, String responsableTexte, String echeance, String debutPrevu, String finPrevue,
                String debutEffectif, String finEffective, List<String> services, List<String> partenaires,
                List<String> objectifsPolitiques, List<String> oosSecondaires, List<Integer> odd,
                List<Integer> enjeux, Synergie synergie, List<String> risques, String noteInterne,
                List<Etape> etapes, List<Indicateur> indicateurs, List<LigneBudget> budget,
                List<EntreeJournal> journal, List<Noeud> axes, List<Noeud> objectifs,
                List<Noeud> objectifsOperationnels, List<Noeud> actions, Long identifiant) {
            this(type, code, intitule, description, portee, priorite, etat, avancement, motifEtat, poids, pilote,
                    responsable, responsableTexte, echeance, debutPrevu, finPrevue, debutEffectif, finEffective,
                    services, partenaires, objectifsPolitiques, oosSecondaires, odd, enjeux, synergie, risques,
                    noteInterne, etapes, indicateurs, budget, journal, axes, objectifs, objectifsOperationnels,
                    actions, identifiant, null);
        }
    }

    /**
     * What the accounting projects for a projet/action in a year and an economic group (from eComptes).
     *
     * @param service ordinaire | extraordinaire
     * @param type    depense | recette
     */

    public record Projection(Integer exercice, String service, String type, String groupe, String libelle,
            BigDecimal montant) {
    }

    public record Synergie(String statut, String details) {
    }

    public record Etape(String intitule, String qui, String echeance, Boolean faite, String faiteLe) {
    }

    public record Indicateur(String nom, String unite, String sens, Mesure reference, Mesure cible,
            List<Valeur> valeurs) {
    }

    public record Mesure(BigDecimal valeur, String date) {
    }

    public record Valeur(String date, BigDecimal valeur, String commentaire, String auteur) {
    }

    public record LigneBudget(BigDecimal montant, BigDecimal montantMax, String recurrence, Integer annee, String base,
            String service, String article, String financement, String pouvoirSubsidiant, String commentaire,
            String texte, List<SuiviBudget> suivi, String nature, String libelleArticle) {
    }

    public record SuiviBudget(Integer annee, BigDecimal inscrit, BigDecimal engage, BigDecimal impute,
            BigDecimal inscritInitial) {
    }

    public record EntreeJournal(String date, String auteur, String etat, Integer avancement, String commentaire) {
    }

    public record Evaluation(Integer annee, String type, String revueSynergies, List<ElementEvaluation> elements) {
    }

    public record ElementEvaluation(String code, String appreciation, String decision) {
    }
}
