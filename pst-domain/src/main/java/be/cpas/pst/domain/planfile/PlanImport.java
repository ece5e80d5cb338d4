package be.cpas.pst.domain.planfile;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.evaluation.EvaluationRepository;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.organisation.OrganisationRepository;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanContext;
import be.cpas.pst.domain.plan.PlanOwned;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.plan.SwotItem;
import be.cpas.pst.domain.plan.SwotQuadrant;
import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.ProgressEntryRepository;
import be.cpas.pst.domain.planning.Step;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.Civility;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PersonIdentity;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.domain.vocabulary.VocabularyStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The import of a plan file's content, all or nothing, through the model's verbs and the same ports as the pages:
 * every fault of the file is collected with its path and its message key, and if there is any
 * {@link PlanFileException} lists them all (the caller's transaction then stores nothing). Only a refusal of the
 * model or of the file's own rules becomes a fault; any other exception is a programming error and stays one.
 */
@Service
public class PlanImport {

    /** The plan file's name of a field a rule of the model refuses, by the model's name. */
    private static final Map<String, String> FILE_FIELDS = Map.ofEntries(Map.entry("plannedStart", "debutPrevu"),
            Map.entry("plannedEnd", "finPrevue"), Map.entry("actualStart", "debutEffectif"),
            Map.entry("actualEnd", "finEffective"), Map.entry("deadline", "echeance"),
            Map.entry("baselineDate", "reference.date"), Map.entry("targetDate", "cible.date"),
            Map.entry("measuredOn", "date"), Map.entry("adoptedOn", "plan.dateAdoption"),
            Map.entry("civility", "civilite"), Map.entry("firstName", "prenom"), Map.entry("lastName", "nomDeFamille"),
            Map.entry("phone", "telephone"));

    private static final Locale FRENCH = Locale.forLanguageTag("fr-BE");

    private final OrganisationRepository organisations;
    private final PlanRepository plans;
    private final VocabularyStore vocabularies;
    private final PlanNodeRepository nodes;
    private final ProgressEntryRepository entries;
    private final EvaluationRepository evaluations;

    public PlanImport(OrganisationRepository organisations, PlanRepository plans, VocabularyStore vocabularies,
            PlanNodeRepository nodes, ProgressEntryRepository entries, EvaluationRepository evaluations) {
        this.organisations = organisations;
        this.plans = plans;
        this.vocabularies = vocabularies;
        this.nodes = nodes;
        this.entries = entries;
        this.evaluations = evaluations;
    }

    /** What an import created. */
    public record ImportedPlan(long planId, String title, int nodeCount) {
    }

    /**
     * Creates the plan a file describes; refused with every fault of the file. To be called in a transaction that a
     * refusal rolls back (what was saved before the faults were counted is then not stored).
     */
    public ImportedPlan importPlan(PlanFile file) {
        return new Build(file).run();
    }

    /** One import: the lookups by name and code, and the faults found so far. */
    private final class Build {

        private final PlanFile file;
        private final List<PlanFileException.Fault> faults = new ArrayList<>();
        private final Map<String, PriorityLevel> priorities = new HashMap<>();
        private final Map<String, ProgressState> states = new HashMap<>();
        private final Map<String, ServiceUnit> services = new HashMap<>();
        private final Map<String, Partner> partners = new HashMap<>();
        private final Map<String, Person> people = new HashMap<>();
        private final Map<String, PoliticalObjective> politicalObjectives = new HashMap<>();
        private final Map<String, List<PlanNode>> nodesByCode = new HashMap<>();
        private final Map<PlanNode, Pending> pendingLinks = new LinkedHashMap<>();
        private Plan plan;
        private int nodeCount;

        Build(PlanFile file) {
            this.file = file;
        }

        ImportedPlan run() {
            PlanFile.Plan data = file.plan();
            if (data == null) {
                fault("plan", "planfile.plan.required");
                throw new PlanFileException(faults);
            }
            Organisation organisation = organisation();
            attempt("plan", () -> {
                plan = plans.save(new Plan(organisation, data.titre(), orZero(data.debut()), orZero(data.fin())));
            });
            if (plan == null) {
                throw new PlanFileException(faults);
            }
            context(data);
            vocabularies();
            politicalObjectives();
            nodes(file.volets(), "volets", NodeKind.VOLET, null, "");
            nodes(file.axes(), "axes", NodeKind.AXE, null, "");
            nodes(file.objectifs(), "objectifs", NodeKind.STRATEGIC_OBJECTIVE, null, "");
            pendingLinks.forEach(this::links);
            evaluations();
            status(data);
            if (!faults.isEmpty()) {
                throw new PlanFileException(faults);
            }
            return new ImportedPlan(plan.getId(), plan.getTitle(), nodeCount);
        }

        private Organisation organisation() {
            PlanFile.Organisation data = file.organisation();
            if (data == null || blank(data.nom())) {
                fault("organisation.nom", "planfile.organisation.required");
                return organisations.findFirstByOrderByIdAsc().orElseGet(() -> new Organisation("?", null, null, null));
            }
            List<Organisation> existing = organisations.findByNameIgnoreCaseOrderByIdAsc(data.nom().strip());
            if (!existing.isEmpty()) {
                // the file completes what the organisation does not say yet (its INS code, for eComptes)
                Organisation found = existing.get(0);
                if (found.getInsCode() == null && !blank(data.codeIns())) {
                    found.updateContact(found.getAddress(), found.getWebsite(), data.codeIns().strip());
                }
                return found;
            }
            return organisations.save(new Organisation(data.nom(), data.adresse(), data.siteWeb(), data.codeIns()));
        }

        private void context(PlanFile.Plan data) {
            PlanFile.Contexte c = data.contexte();
            if (c == null) {
                return;
            }
            List<SwotItem> swot = new ArrayList<>();
            if (c.afom() != null) {
                addSwot(swot, SwotQuadrant.STRENGTH, c.afom().atouts());
                addSwot(swot, SwotQuadrant.WEAKNESS, c.afom().faiblesses());
                addSwot(swot, SwotQuadrant.OPPORTUNITY, c.afom().opportunites());
                addSwot(swot, SwotQuadrant.THREAT, c.afom().menaces());
            }
            attempt("plan.contexte", () -> plan.updateContext(new PlanContext(c.resumeDps(), c.introduction(),
                    c.valeurs(), c.visionPolitique(), c.ressources(), c.conclusion()), swot));
            if (data.joursSansSuivi() != null || data.joursEcheanceProche() != null) {
                attempt("plan.joursSansSuivi", () -> plan.changeFollowUpThresholds(
                        data.joursSansSuivi() == null ? Plan.DEFAULT_STALE_AFTER_DAYS : data.joursSansSuivi(),
                        data.joursEcheanceProche() == null ? Plan.DEFAULT_DUE_SOON_DAYS : data.joursEcheanceProche()));
            }
        }

        private void addSwot(List<SwotItem> swot, SwotQuadrant quadrant, List<String> items) {
            if (items != null) {
                items.stream().filter(item -> !blank(item)).forEach(item -> swot.add(new SwotItem(quadrant, item)));
            }
        }

        private void vocabularies() {
            PlanFile.Vocabulaires v = file.vocabulaires();
            if (v == null) {
                return;
            }
            each(v.priorites(), "vocabulaires.priorites", (p, path) -> {
                PriorityLevel level = new PriorityLevel(plan, index(path), p.code(), p.libelle(), p.signification());
                unique(priorities, level.getCode(), level, path + ".code");
            });
            each(v.etats(), "vocabulaires.etats", (e, path) -> {
                StateCategory category = term(FileTerms.STATE_CATEGORY, e.categorie(), path + ".categorie", true);
                if (category != null) {
                    ProgressState state = new ProgressState(plan, index(path), e.libelle(), category);
                    unique(states, state.getLabel(), state, path + ".libelle");
                }
            });
            each(v.services(), "vocabulaires.services", (name, path) ->
                    unique(services, name, new ServiceUnit(plan, index(path), name), path));
            each(v.partenaires(), "vocabulaires.partenaires", (name, path) ->
                    unique(partners, name, new Partner(plan, index(path), name), path));
            each(v.personnes(), "vocabulaires.personnes", (p, path) -> {
                Person person = new Person(plan, index(path), p.nom(), p.fonction());
                Civility civility = term(FileTerms.CIVILITY, p.civilite(), path + ".civilite", false);
                attempt(path, () -> person.identify(new PersonIdentity(civility, p.prenom(), p.nomDeFamille(),
                        p.telephone())));
                unique(people, person.getName(), person, path + ".nom");
            });
        }

        private void politicalObjectives() {
            each(file.objectifsPolitiques(), "objectifsPolitiques", (op, path) -> {
                PoliticalObjective objective = vocabularies.save(new PoliticalObjective(plan, index(path), op.code(),
                        op.intitule()));
                // nodes refer to an objectif politique by its code, or by its title when it has none
                String reference = objective.getCode() != null ? objective.getCode() : objective.getTitle();
                if (politicalObjectives.putIfAbsent(key(reference), objective) != null) {
                    fault(path + ".code", "planfile.reference.taken", reference);
                }
            });
        }

        private <T extends PlanOwned> void unique(Map<String, T> map, String name, T entry, String path) {
            if (map.putIfAbsent(key(name), entry) != null) {
                fault(path, "planfile.name.twice", name);
                return;
            }
            vocabularies.save(entry);
        }

        private void nodes(List<Noeud> list, String listName, NodeKind kind, PlanNode parent, String parentPath) {
            if (list == null) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                String path = (parentPath.isEmpty() ? "" : parentPath + ".") + listName + "[" + i + "]";
                Noeud data = list.get(i);
                if (data == null) {
                    fault(path, "planfile.item.empty");
                    continue;
                }
                NodeKind actual = kind;
                if (kind == NodeKind.ACTION) {
                    if ("projet".equalsIgnoreCase(strip(data.type()))) {
                        actual = NodeKind.PROJECT;
                    } else if (data.type() != null && !"action".equalsIgnoreCase(data.type().strip())) {
                        fault(path + ".type", "planfile.type.unknown", data.type());
                        continue;
                    }
                    if (parent != null && parent.getKind() == NodeKind.PROJECT && actual == NodeKind.PROJECT) {
                        fault(path + ".type", "planfile.type.projectInProject");
                        continue;
                    }
                } else if (data.type() != null) {
                    fault(path + ".type", "planfile.type.onlyForActions");
                }
                PlanNode node = node(data, actual, parent, i, path);
                if (node == null) {
                    continue;
                }
                children(data, node, path);
            }
        }

        private PlanNode node(Noeud data, NodeKind kind, PlanNode parent, int position, String path) {
            PlanNode node;
            try {
                node = new PlanNode(plan, parent, kind, position, data.code(), data.intitule());
            } catch (RuleViolation e) {
                fault(path + ".intitule", e);
                return null;
            }
            nodeCount++;
            if (node.getCode() != null) {
                nodesByCode.computeIfAbsent(key(node.getCode()), code -> new ArrayList<>()).add(node);
            }
            attempt(path + ".description", () -> node.describe(data.description()));
            if (data.portee() != null) {
                VoletScope scope = term(FileTerms.SCOPE, data.portee(), path + ".portee", false);
                attempt(path + ".portee", () -> node.changeScope(scope));
            }
            if (data.poids() != null) {
                attempt(path + ".poids", () -> node.changeWeight(data.poids()));
            }
            fiche(data, node, path);
            // stored once complete, so that the audit trail records one creation with every field
            nodes.save(node);
            journal(data, node, path);
            pendingLinks.put(node, new Pending(data, path));
            return node;
        }

        private void fiche(Noeud data, PlanNode node, String path) {
            if (data.priorite() != null) {
                lookup(priorities, data.priorite(), path + ".priorite", "planfile.unknown.priority")
                        .ifPresent(level -> attempt(path + ".priorite", () -> node.prioritise(level)));
            }
            Person pilote = data.pilote() == null ? null
                    : lookup(people, data.pilote(), path + ".pilote", "planfile.unknown.person").orElse(null);
            Person responsable = data.responsable() == null ? null
                    : lookup(people, data.responsable(), path + ".responsable", "planfile.unknown.person").orElse(null);
            attempt(path + ".responsable", () -> node.assign(pilote, responsable, data.responsableTexte()));
            LocalDate plannedStart = date(data.debutPrevu(), path + ".debutPrevu");
            LocalDate plannedEnd = date(data.finPrevue(), path + ".finPrevue");
            LocalDate actualStart = date(data.debutEffectif(), path + ".debutEffectif");
            LocalDate actualEnd = date(data.finEffective(), path + ".finEffective");
            attempt(path + ".echeance", () -> node.schedule(Deadline.of(data.echeance()), plannedStart, plannedEnd,
                    actualStart, actualEnd));
            List<ServiceUnit> nodeServices = lookupAll(services, data.services(), path + ".services", "planfile.unknown.service");
            List<Partner> nodePartners = lookupAll(partners, data.partenaires(), path + ".partenaires",
                    "planfile.unknown.partner");
            attempt(path + ".services", () -> node.involve(nodeServices, nodePartners));
            List<PoliticalObjective> ops = lookupAll(politicalObjectives, data.objectifsPolitiques(),
                    path + ".objectifsPolitiques", "planfile.unknown.politicalObjective");
            attempt(path + ".objectifsPolitiques", () -> node.serve(ops));
            attempt(path + ".odd", () -> node.tag(orEmpty(data.odd()), orEmpty(data.enjeux())));
            if (data.synergie() != null) {
                var status = term(FileTerms.SYNERGY, data.synergie().statut(), path + ".synergie.statut", false);
                attempt(path + ".synergie", () -> node.declareSynergy(status, data.synergie().details()));
            }
            attempt(path + ".risques", () -> node.listRisks(orEmpty(data.risques())));
            attempt(path + ".noteInterne", () -> node.writeInternalNote(data.noteInterne()));
            state(data, node, path);
            steps(data, node, path);
            indicators(data, node, path);
            budget(data, node, path);
            projections(data, node, path);
        }

        private void state(Noeud data, PlanNode node, String path) {
            ProgressState state = data.etat() == null ? null
                    : lookup(states, data.etat(), path + ".etat", "planfile.unknown.state").orElse(null);
            if (state == null && data.motifEtat() != null) {
                fault(path + ".motifEtat", "planfile.reason.withoutStop");
            }
            // the same rules as a transition on a page (reason of a stop, 100 % when done, % on work only)
            attempt(data.avancement() != null && state == null ? path + ".avancement" : path + ".etat",
                    () -> node.establishState(state, data.avancement(), data.motifEtat()));
        }

        private void steps(Noeud data, PlanNode node, String path) {
            each(data.etapes(), path + ".etapes", (e, stepPath) -> {
                Step step = node.addStep(e.intitule(), e.qui(), Deadline.of(e.echeance()));
                if (Boolean.TRUE.equals(e.faite())) {
                    step.tick(date(e.faiteLe(), stepPath + ".faiteLe"));
                } else if (e.faiteLe() != null) {
                    fault(stepPath + ".faiteLe", "planfile.step.doneOnWithoutDone");
                }
            });
        }

        private void indicators(Noeud data, PlanNode node, String path) {
            each(data.indicateurs(), path + ".indicateurs", (d, indicatorPath) -> {
                IndicatorDirection direction = d.sens() == null ? IndicatorDirection.INCREASE
                        : term(FileTerms.DIRECTION, d.sens(), indicatorPath + ".sens", true);
                if (direction == null) {
                    return;
                }
                Indicator indicator = node.addIndicator(d.nom(), d.unite(), direction);
                PlanFile.Mesure reference = d.reference();
                PlanFile.Mesure target = d.cible();
                indicator.aimAt(reference == null ? null : reference.valeur(),
                        reference == null ? null : date(reference.date(), indicatorPath + ".reference.date"),
                        target == null ? null : target.valeur(),
                        target == null ? null : date(target.date(), indicatorPath + ".cible.date"));
                each(d.valeurs(), indicatorPath + ".valeurs", (value, valuePath) -> {
                    LocalDate on = date(value.date(), valuePath + ".date");
                    if (on == null) {
                        fault(valuePath + ".date", "planfile.value.dateRequired");
                    } else if (value.valeur() == null) {
                        fault(valuePath + ".valeur", "planfile.value.valueRequired");
                    } else {
                        indicator.record(on, value.valeur(), value.commentaire(), value.auteur());
                    }
                });
            });
        }

        private void budget(Noeud data, PlanNode node, String path) {
            each(data.budget(), path + ".budget", (b, linePath) -> {
                BudgetLine line = node.addBudgetLine(b.montant(), b.montantMax(), b.texte());
                BudgetRecurrence recurrence = b.recurrence() == null ? BudgetRecurrence.ONE_OFF
                        : term(FileTerms.RECURRENCE, b.recurrence(), linePath + ".recurrence", true);
                CostBasis basis = b.base() == null ? CostBasis.TOTAL
                        : term(FileTerms.COST_BASIS, b.base(), linePath + ".base", true);
                if (recurrence != null && basis != null) {
                    line.characterise(recurrence, b.annee(), basis);
                }
                var service = term(FileTerms.BUDGET_SERVICE, b.service(), linePath + ".service", false);
                var financing = term(FileTerms.FINANCING, b.financement(), linePath + ".financement", false);
                BudgetFlow flow = b.nature() == null ? BudgetFlow.EXPENSE
                        : term(FileTerms.FLOW, b.nature(), linePath + ".nature", true);
                line.finance(service, flow == null ? BudgetFlow.EXPENSE : flow, b.article(), b.libelleArticle(),
                        financing, b.pouvoirSubsidiant(), b.commentaire());
                each(b.suivi(), linePath + ".suivi", (s, followPath) -> {
                    if (s.annee() == null) {
                        fault(followPath + ".annee", "planfile.followUp.yearRequired");
                    } else {
                        line.followUp(s.annee(), new BudgetFigures(s.inscritInitial(), s.inscrit(), s.engage(),
                                s.impute()));
                    }
                });
            });
        }

        private void projections(Noeud data, PlanNode node, String path) {
            each(data.projections(), path + ".projections", (p, projectionPath) -> {
                BudgetService service = term(FileTerms.BUDGET_SERVICE, p.service(), projectionPath + ".service", true);
                BudgetFlow flow = term(FileTerms.FLOW, p.type(), projectionPath + ".type", true);
                if (p.exercice() == null) {
                    fault(projectionPath + ".exercice", "planfile.projection.yearRequired");
                } else if (p.montant() == null) {
                    fault(projectionPath + ".montant", "planfile.projection.amountRequired");
                } else if (service != null && flow != null) {
                    node.project(service, flow, p.groupe(), p.libelle(), p.exercice(), p.montant());
                }
            });
        }

        private void journal(Noeud data, PlanNode node, String path) {
            each(data.journal(), path + ".journal", (j, entryPath) -> {
                LocalDate on = date(j.date(), entryPath + ".date");
                if (on == null) {
                    fault(entryPath + ".date", "planfile.journal.dateRequired");
                    return;
                }
                ProgressState state = j.etat() == null ? null
                        : lookup(states, j.etat(), entryPath + ".etat", "planfile.unknown.state").orElse(null);
                entries.save(ProgressEntry.restore(node, on, j.auteur(), state, j.avancement(), j.commentaire()));
            });
        }

        private void children(Noeud data, PlanNode node, String path) {
            Map<String, List<Noeud>> lists = new LinkedHashMap<>();
            lists.put("axes", data.axes());
            lists.put("objectifs", data.objectifs());
            lists.put("objectifsOperationnels", data.objectifsOperationnels());
            lists.put("actions", data.actions());
            Map<String, NodeKind> allowed = switch (node.getKind()) {
                case VOLET -> Map.of("axes", NodeKind.AXE, "objectifs", NodeKind.STRATEGIC_OBJECTIVE);
                case AXE -> Map.of("objectifs", NodeKind.STRATEGIC_OBJECTIVE);
                case STRATEGIC_OBJECTIVE -> Map.of("objectifsOperationnels", NodeKind.OPERATIONAL_OBJECTIVE);
                case OPERATIONAL_OBJECTIVE, PROJECT -> Map.of("actions", NodeKind.ACTION);
                case ACTION -> Map.of();
            };
            lists.forEach((name, list) -> {
                if (list == null || list.isEmpty()) {
                    return;
                }
                if (!allowed.containsKey(name)) {
                    fault(path + "." + name, "planfile.level.notAllowed", name);
                    return;
                }
                nodes(list, name, allowed.get(name), node, path);
            });
        }

        private void links(PlanNode node, Pending pending) {
            List<String> codes = orEmpty(pending.data().oosSecondaires());
            if (codes.isEmpty()) {
                return;
            }
            List<PlanNode> objectives = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                nodeByCode(codes.get(i), pending.path() + ".oosSecondaires[" + i + "]").ifPresent(objectives::add);
            }
            attempt(pending.path() + ".oosSecondaires", () -> node.alsoServe(objectives));
        }

        private void evaluations() {
            each(file.evaluations(), "evaluations", (e, path) -> {
                EvaluationKind kind = term(FileTerms.EVALUATION_KIND, e.type(), path + ".type", true);
                if (kind == null || e.annee() == null) {
                    if (e.annee() == null) {
                        fault(path + ".annee", "planfile.evaluation.yearRequired");
                    }
                    return;
                }
                Evaluation evaluation = new Evaluation(plan, e.annee(), kind);
                evaluation.reviewSynergies(e.revueSynergies());
                evaluations.save(evaluation);
                each(e.elements(), path + ".elements", (item, itemPath) -> nodeByCode(item.code(), itemPath + ".code")
                        .ifPresent(node -> evaluation.assess(node, item.appreciation(),
                                term(FileTerms.DECISION, item.decision(), itemPath + ".decision", false))));
            });
        }

        private void status(PlanFile.Plan data) {
            PlanStatus status = data.statut() == null ? PlanStatus.DRAFT
                    : term(FileTerms.PLAN_STATUS, data.statut(), "plan.statut", true);
            LocalDate adoptedOn = date(data.dateAdoption(), "plan.dateAdoption");
            if (status == null || status == PlanStatus.DRAFT) {
                if (adoptedOn != null) {
                    fault("plan.dateAdoption", "planfile.draft.adoptedOn");
                }
                return;
            }
            attempt("plan.statut", () -> {
                plan.adopt(adoptedOn, data.decisionConseil());
                if (status == PlanStatus.ARCHIVED) {
                    plan.archive();
                }
            });
        }

        // ---- helpers ---------------------------------------------------------------------------------------------

        private Optional<PlanNode> nodeByCode(String code, String path) {
            List<PlanNode> found = code == null ? List.of() : nodesByCode.getOrDefault(key(code), List.of());
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            fault(path, found.isEmpty() ? "planfile.code.unknown" : "planfile.code.ambiguous", code);
            return Optional.empty();
        }

        /** An entry of the plan's vocabularies by its name; {@code unknownKey}: the fault's key when it is absent. */
        private <T> Optional<T> lookup(Map<String, T> map, String name, String path, String unknownKey) {
            T found = map.get(key(name));
            if (found == null) {
                fault(path, unknownKey, name);
            }
            return Optional.ofNullable(found);
        }

        private <T> List<T> lookupAll(Map<String, T> map, List<String> names, String path, String unknownKey) {
            List<T> found = new ArrayList<>();
            List<String> list = orEmpty(names);
            for (int i = 0; i < list.size(); i++) {
                lookup(map, list.get(i), path + "[" + i + "]", unknownKey).ifPresent(found::add);
            }
            return found;
        }

        private <E extends Enum<E>> E term(FileTerms<E> terms, String word, String path, boolean required) {
            if (word == null) {
                if (required) {
                    fault(path, "planfile.term.required", terms.accepted());
                }
                return null;
            }
            return terms.read(word).orElseGet(() -> {
                fault(path, "planfile.term.unknown", word, terms.accepted());
                return null;
            });
        }

        private LocalDate date(String text, String path) {
            if (blank(text)) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                fault(path, "planfile.date.invalid", text);
                return null;
            }
        }

        private <T> void each(List<T> list, String listPath, ItemAction<T> action) {
            if (list == null) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                String path = listPath + "[" + i + "]";
                T item = list.get(i);
                if (item == null) {
                    fault(path, "planfile.item.empty");
                    continue;
                }
                attempt(path, () -> action.accept(item, path));
            }
        }

        private void attempt(String path, Runnable action) {
            try {
                action.run();
            } catch (RuleViolation e) {
                fault(e.field().map(FILE_FIELDS::get).map(field -> at(path, field)).orElse(path), e);
            }
        }

        /** The path of a field beside the one an action was attempted for ("…echeance" → "…debutPrevu"). */
        private static String at(String path, String field) {
            int last = path.lastIndexOf('.');
            return path.endsWith("]") || last < 0 ? path + "." + field
                    : field.startsWith("plan.") ? field : path.substring(0, last + 1) + field;
        }

        private void fault(String path, String key, Object... arguments) {
            faults.add(new PlanFileException.Fault(path, key, java.util.Arrays.asList(arguments)));
        }

        private void fault(String path, RuleViolation violation) {
            fault(path, violation.messageKey(), violation.arguments());
        }

        private int index(String path) {
            return Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
        }
    }

    private record Pending(Noeud data, String path) {
    }

    @FunctionalInterface
    private interface ItemAction<T> {
        void accept(T item, String path);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(FRENCH);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
