package be.cpas.pst.reporting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.persistence.planfile.PlanFileCodec;
import be.cpas.pst.persistence.planfile.PublicationFile;
import be.cpas.pst.reporting.evaluation.FrozenFigures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a version's content becomes once public: every field that is never public is gone, the settings are obeyed. */
class PublicContentTest {

    private static final String SECRET = "SECRET-7f3a";
    private final PlanFileCodec codec = new PlanFileCodec();

    @Test
    void noFieldThatIsNeverPublicSurvivesWhateverTheSettings() {
        PublicationFile everything = new PublicationFile(true, true, true, true, true, true, "CC BY 4.0", List.of());
        PlanFile published = PublicContent.of(plan(), everything, progress());

        String json = new String(codec.write(published), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(SECRET).contains("Action publique", "Mme Pilote", "1200");
    }

    @Test
    void theDefaultSettingsNameServicesButNoPersonsAndNoAmounts() {
        PublicationFile defaults = new PublicationFile(true, true, false, true, true, false, "CC BY 4.0", List.of());
        String json = new String(codec.write(PublicContent.of(plan(), defaults, progress())), StandardCharsets.UTF_8);

        assertThat(json).contains("Service social", "Action publique", "Nombre de permanences")
                .doesNotContain("Mme Pilote", "M. Responsable", "Président du CPAS", "1200", "Personne à cacher");
    }

    @Test
    void anElementKeptPrivateLeavesWithEverythingUnderIt() {
        PublicationFile hiding = new PublicationFile(true, true, true, true, true, true, "CC BY 4.0", List.of(2L));
        PlanFile published = PublicContent.of(plan(), hiding, progress());

        assertThat(published.objectifs().get(0).objectifsOperationnels()).isEmpty();
        assertThat(new String(codec.write(published), StandardCharsets.UTF_8)).doesNotContain("Action publique");
    }

    @Test
    void progressComesFromThePublicationNeverFromTheWorkingStateAndOnlyWhenItIsPublic() {
        PublicationFile withProgress = new PublicationFile(true, true, false, true, true, false, "", List.of());
        Noeud action = PublicContent.of(plan(), withProgress, progress()).objectifs().get(0)
                .objectifsOperationnels().get(0).actions().get(0);
        assertThat(action.etat()).isEqualTo("En cours");
        assertThat(action.avancement()).isEqualTo(40);
        assertThat(action.indicateurs().get(0).valeurs()).extracting(PlanFile.Valeur::valeur)
                .containsExactly(new BigDecimal("7"));

        PublicationFile withoutProgress = new PublicationFile(true, true, false, true, false, false, "", List.of());
        Noeud hidden = PublicContent.of(plan(), withoutProgress, progress()).objectifs().get(0)
                .objectifsOperationnels().get(0).actions().get(0);
        assertThat(hidden.etat()).isNull();
        assertThat(hidden.avancement()).isNull();
        assertThat(PublicContent.of(plan(), withProgress, null).objectifs().get(0).objectifsOperationnels().get(0)
                .actions().get(0).avancement()).isNull();
    }

    @Test
    void theContextAndTheAfomFollowTheirSettings() {
        PublicationFile none = new PublicationFile(false, false, false, false, false, false, "", List.of());
        PlanFile.Contexte context = PublicContent.of(plan(), none, null).plan().contexte();
        assertThat(context.resumeDps()).isNull();
        assertThat(context.afom()).isNull();
        PublicationFile both = new PublicationFile(true, true, false, false, false, false, "", List.of());
        PlanFile.Contexte shown = PublicContent.of(plan(), both, null).plan().contexte();
        assertThat(shown.resumeDps()).isEqualTo("<p>La déclaration</p>");
        assertThat(shown.afom().atouts()).containsExactly("Une équipe soudée");
    }

    static PlanFile plan() {
        Noeud action = node(3L, "action", "Action publique", List.of(), List.of(
                new PlanFile.Indicateur("Nombre de permanences", "nombre", "hausse",
                        new PlanFile.Mesure(BigDecimal.ONE, "2025-01-01"), new PlanFile.Mesure(BigDecimal.TEN, null),
                        List.of(new PlanFile.Valeur("2026-03-01", new BigDecimal("99"), SECRET + " valeur", SECRET)))),
                List.of(new PlanFile.LigneBudget(new BigDecimal("1200"), null, "ponctuel", 2026, null, "ordinaire",
                        "761/123-48", "fonds-propres", null, SECRET + " budget", SECRET + " texte",
                        List.of(new PlanFile.SuiviBudget(2026, new BigDecimal("777777"), null, null, null)),
                        "depense", null)),
                List.of(new PlanFile.EntreeJournal("2026-03-01", SECRET, "En cours", 30, SECRET + " journal")));
        Noeud operational = new Noeud(null, "1.1", "OO public", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(SECRET + " risque"), SECRET + " note OO", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(action), 2L);
        Noeud strategic = new Noeud(null, "1", "OS public", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(operational), List.of(), 1L);
        return new PlanFile(PlanFile.FORMAT, 1, new PlanFile.Organisation("CPAS de Test", null, null, null),
                new PlanFile.Plan("PST public", 2025, 2030, "adopte", "2025-03-01", "n° 1", 45, 30,
                        new PlanFile.Contexte("<p>La déclaration</p>", null,
                                new PlanFile.Afom(List.of("Une équipe soudée"), null, null, null), null, null, null,
                                null)),
                new PlanFile.Vocabulaires(List.of(), List.of(new PlanFile.Etat("En cours", "en-cours")),
                        List.of("Service social"), List.of(), List.of(new PlanFile.Personne("Personne à cacher",
                        "Assistante"))),
                List.of(), List.of(), List.of(), List.of(strategic),
                List.of(new PlanFile.Evaluation(2025, "annuelle", SECRET + " synergies",
                        List.of(new PlanFile.ElementEvaluation("1.1", SECRET + " appréciation", "maintenir")))));
    }

    private static Noeud node(long id, String type, String title, List<String> risks,
            List<PlanFile.Indicateur> indicators, List<PlanFile.LigneBudget> budget,
            List<PlanFile.EntreeJournal> journal) {
        return new Noeud(type, null, title, "<p>Ce que fait l’action</p>", null, "P1", SECRET + " état de travail",
                90, SECRET + " motif", null, "Mme Pilote", "M. Responsable", "Président du CPAS",
                "fin 2027", "2026-01-01", null, "2026-02-01", null, List.of("Service social"), List.of("PCS"),
                List.of(), List.of(), List.of(1), List.of(), new PlanFile.Synergie("a-envisager", "Avec la Commune"),
                List.of(SECRET + " risque"), SECRET + " note interne",
                List.of(new PlanFile.Etape("Première étape", "Mme Pilote", "mars 2026", true, "2026-03-02")),
                indicators, budget, journal, List.of(), List.of(), List.of(), List.of(), id);
    }

    private static FrozenFigures progress() {
        FrozenFigures.Element action = new FrozenFigures.Element(3L, 2L, NodeKind.ACTION, null, "Action publique",
                "En cours", StateCategory.IN_PROGRESS, 40, null, 0, false, "fin 2027",
                List.of(new FrozenFigures.Indicator("Nombre de permanences", "nombre", BigDecimal.ONE, BigDecimal.TEN,
                        new BigDecimal("7"), IndicatorStatus.ON_TRACK)));
        return new FrozenFigures(LocalDate.of(2026, 10, 31), 40, Map.of(StateCategory.IN_PROGRESS, 1L), 0,
                Map.of(IndicatorStatus.ON_TRACK, 1L), List.of(action));
    }
}
