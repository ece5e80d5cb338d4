package be.cpas.pst.persistence.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synthetic plan as a plan file (docs/plan-format.md), deterministic for a seed: the same sizes and seed always give
 * the same bytes. Dates are fixed (journal from January 2025 to October 2026), so that figures such as "late" depend
 * only on the day the plan is looked at.
 *
 * @param volets      volets, each with {@code strategic / volets} OS
 * @param strategic   objectifs stratégiques
 * @param operational objectifs opérationnels, spread over the OS
 * @param actions     actions, spread over the OO
 * @param journal     journal entries, spread over the actions
 * @param indicators  indicators, on every n-th action
 * @param values      indicator values, spread over the indicators
 * @param budgetLines budget lines (each with the DF's follow-up of one year), spread over the actions
 */
public record SyntheticPlan(int volets, int strategic, int operational, int actions, int journal, int indicators,
        int values, int budgetLines) {

    /** The large CPAS plan of the benchmark. */
    public static final SyntheticPlan LARGE = new SyntheticPlan(2, 8, 60, 1000, 12_000, 400, 4_000, 1_500);

    private static final String[] STATES = {"Non commencé", "En cours", "En cours", "En cours", "Terminé",
        "Suspendu", "Abandonné"};
    private static final String[] DEADLINES = {"fin 2025", "septembre 2026", "fin 2026", "2027", "2026-2027",
        "1x/trimestre", "31/03/2026", "juin 2027", "fin 2028", "2x/an"};
    private static final LocalDate JOURNAL_START = LocalDate.of(2025, 1, 6);
    private static final int JOURNAL_DAYS = 660;

    public SyntheticPlan {
        if (volets < 1 || strategic < volets || operational < strategic || actions < operational || journal < 0
                || indicators < 0 || indicators > actions || values < 0 || budgetLines < 0) {
            throw new IllegalArgumentException("Inconsistent sizes");
        }
    }

    /** The same shape scaled to {@code actions} actions (at least one per OO), e.g. the 50-action comparison plan. */
    public SyntheticPlan withActions(int newActions) {
        double ratio = (double) newActions / actions;
        int oo = Math.min(operational, newActions);
        return new SyntheticPlan(volets, Math.min(strategic, oo), oo, newActions, (int) (journal * ratio),
                (int) (indicators * ratio), (int) (values * ratio), (int) (budgetLines * ratio));
    }

    public byte[] toPlanFile(long seed, String title) {
        return JsonMapper.builder().build().writeValueAsBytes(new Builder(new Random(seed)).file(title));
    }

    private final class Builder {

        private final Random random;
        private int made;

        Builder(Random random) {
            this.random = random;
        }

        Map<String, Object> file(String title) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("format", "pst-plan");
            file.put("version", 1);
            file.put("organisation", Map.of("nom", "CPAS de Synthèse"));
            file.put("plan", Map.of("titre", title, "debut", 2025, "fin", 2030, "statut", "adopte",
                    "dateAdoption", "2025-03-27"));
            List<Map<String, Object>> people = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                people.add(Map.of("nom", "Personne " + (p + 1), "fonction", "Fonction " + (p + 1)));
            }
            file.put("vocabulaires", Map.of(
                    "priorites", List.of(Map.of("code", "P1", "libelle", "Urgent"),
                            Map.of("code", "P2", "libelle", "Moyen terme"), Map.of("code", "P3", "libelle", "Long terme")),
                    "etats", List.of(Map.of("libelle", "Non commencé", "categorie", "non-commence"),
                            Map.of("libelle", "En cours", "categorie", "en-cours"),
                            Map.of("libelle", "Suspendu", "categorie", "suspendu"),
                            Map.of("libelle", "Terminé", "categorie", "termine"),
                            Map.of("libelle", "Abandonné", "categorie", "abandonne")),
                    "services", List.of("Service social", "Administration générale", "Finances",
                            "Ressources humaines", "Service technique", "Insertion socioprofessionnelle"),
                    "personnes", people));
            List<Map<String, Object>> voletList = new ArrayList<>();
            int osMade = 0;
            int ooMade = 0;
            for (int v = 0; v < volets; v++) {
                List<Map<String, Object>> osList = new ArrayList<>();
                int osHere = share(strategic, volets, v);
                for (int o = 0; o < osHere; o++, osMade++) {
                    List<Map<String, Object>> ooList = new ArrayList<>();
                    int ooHere = share(operational, strategic, osMade);
                    for (int oo = 0; oo < ooHere; oo++, ooMade++) {
                        List<Map<String, Object>> actionList = new ArrayList<>();
                        int actionsHere = share(actions, operational, ooMade);
                        for (int a = 0; a < actionsHere; a++) {
                            actionList.add(action((v + 1) + "." + (o + 1) + "." + (oo + 1) + "." + (a + 1)));
                        }
                        ooList.add(Map.of("code", (v + 1) + "." + (o + 1) + "." + (oo + 1),
                                "intitule", "Objectif opérationnel " + (ooMade + 1), "actions", actionList));
                    }
                    osList.add(Map.of("code", (v + 1) + "." + (o + 1), "intitule", "Objectif stratégique "
                            + (osMade + 1), "objectifsOperationnels", ooList));
                }
                voletList.add(Map.of("code", String.valueOf(v + 1), "intitule", "Volet " + (v + 1),
                        "portee", v % 2 == 0 ? "externe" : "interne", "objectifs", osList));
            }
            file.put("volets", voletList);
            return file;
        }

        private Map<String, Object> action(String code) {
            int index = made++;
            String state = STATES[random.nextInt(STATES.length)];
            int percent = switch (state) {
                case "Terminé" -> 100;
                case "Non commencé" -> 0;
                default -> 5 + random.nextInt(90);
            };
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("code", code);
            action.put("intitule", "Action " + (index + 1) + " du plan de synthèse");
            action.put("description", "<p>Description de l’action " + (index + 1) + ".</p>");
            action.put("priorite", "P" + (1 + random.nextInt(3)));
            action.put("etat", state);
            if (state.equals("Suspendu") || state.equals("Abandonné")) {
                action.put("motifEtat", "Motif de l’action " + (index + 1));
            }
            action.put("avancement", percent);
            action.put("pilote", "Personne " + (1 + random.nextInt(4)));
            action.put("responsable", "Personne " + (1 + random.nextInt(12)));
            action.put("echeance", DEADLINES[random.nextInt(DEADLINES.length)]);
            action.put("services", random.nextBoolean() ? List.of("Service social")
                    : List.of("Administration générale", "Finances"));
            action.put("odd", List.of(1 + random.nextInt(17)));
            action.put("enjeux", List.of(1 + random.nextInt(4)));
            action.put("etapes", List.of(Map.of("intitule", "Préparer", "faite", true, "faiteLe", "2025-06-30"),
                    Map.of("intitule", "Réaliser")));
            action.put("journal", journal(index, state, percent));
            int everyNth = indicators == 0 ? Integer.MAX_VALUE : Math.max(1, actions / indicators);
            if (index % everyNth == 0 && index / everyNth < indicators) {
                action.put("indicateurs", List.of(indicator(index / everyNth)));
            }
            action.put("budget", budget(index));
            return action;
        }

        private List<Map<String, Object>> journal(int index, String state, int percent) {
            int count = share(journal, actions, index);
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int e = 0; e < count; e++) {
                LocalDate on = JOURNAL_START.plusDays((long) JOURNAL_DAYS * (e + 1) / (count + 1)
                        + random.nextInt(5));
                boolean last = e == count - 1;
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("date", on.toString());
                entry.put("auteur", "Personne " + (1 + random.nextInt(12)));
                entry.put("etat", last && state.equals("Terminé") ? "Terminé" : "En cours");
                entry.put("avancement", last ? percent : percent * (e + 1) / count);
                entry.put("commentaire", "Point d’avancement " + (e + 1));
                entries.add(entry);
            }
            return entries;
        }

        private Map<String, Object> indicator(int number) {
            int count = share(values, indicators, number);
            boolean up = number % 3 != 0;
            int baseline = 10 + random.nextInt(40);
            int target = up ? baseline + 10 + random.nextInt(30) : Math.max(0, baseline - 5 - random.nextInt(5));
            List<Map<String, Object>> measured = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                LocalDate on = LocalDate.of(2025, 1, 31).plusMonths((long) 21 * (m + 1) / (count + 1));
                int value = baseline + (target - baseline) * (m + 1) / (count + 2) + random.nextInt(5) - 2;
                measured.add(Map.of("date", on.toString(), "valeur", Math.max(0, value)));
            }
            return Map.of("nom", "Indicateur " + (number + 1), "unite", "personnes", "sens", up ? "hausse" : "baisse",
                    "reference", Map.of("valeur", baseline, "date", "2025-01-01"),
                    "cible", Map.of("valeur", target, "date", "2029-12-31"), "valeurs", measured);
        }

        private List<Map<String, Object>> budget(int index) {
            int count = share(budgetLines, actions, index);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                int amount = 1_000 * (1 + random.nextInt(50));
                int year = 2025 + random.nextInt(4);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("montant", amount);
                line.put("annee", year);
                line.put("service", random.nextBoolean() ? "ordinaire" : "extraordinaire");
                line.put("financement", "fonds-propres");
                // articles as a CPAS's budget writes them, shared by many lines (the DF works per article)
                line.put("article", (84010 + 100 * (index % 5)) + "/124-" + String.format("%02d", (index + b) % 20));
                line.put("suivi", List.of(Map.of("annee", year, "inscrit", amount, "engage", amount / 2,
                        "impute", amount / 4)));
                lines.add(line);
            }
            return lines;
        }
    }

    /** The {@code index}-th part of {@code total} cut into {@code parts} near-equal parts. */
    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
