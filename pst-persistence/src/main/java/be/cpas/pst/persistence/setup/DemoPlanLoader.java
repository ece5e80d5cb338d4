package be.cpas.pst.persistence.setup;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.evaluation.Appreciation;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationDecision;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.evaluation.EvaluationStatus;
import be.cpas.pst.domain.evaluation.FigureFreezer;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.publication.PlanContentSnapshot;
import be.cpas.pst.domain.publication.PlanVersion;
import be.cpas.pst.domain.publication.ProgressPublication;
import be.cpas.pst.domain.publication.VersionKind;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.planfile.SamplePlan;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo plan: La Bruyère's published PST with a plausible year of follow-up, so that every page has something
 * real to show. The follow-up is deterministic for a given day (a fixed seed, dates relative to today): some
 * actions are late, some have not been updated for months, one is done, one suspended, one abandoned.
 */
@Service
public class DemoPlanLoader {

    private static final long SEED = 20250626L;
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private final EntityManager entityManager;
    private final PlanImporter importer;
    /** The reporting module's, to freeze the demo evaluations' figures; absent in the adapters' own tests. */
    private final ObjectProvider<FigureFreezer> freezer;
    private final PlanContentSnapshot snapshots;

    public DemoPlanLoader(EntityManager entityManager, PlanImporter importer, ObjectProvider<FigureFreezer> freezer,
            PlanContentSnapshot snapshots) {
        this.entityManager = entityManager;
        this.importer = importer;
        this.freezer = freezer;
        this.snapshots = snapshots;
    }

    /** Loads the demo plan when the database holds no plan yet; returns its id, or -1 when nothing was done. */
    @Transactional
    public long loadIfNoPlan(LocalDate today) {
        Long plans = entityManager.createQuery("select count(p) from Plan p", Long.class).getSingleResult();
        if (plans > 0) {
            return -1;
        }
        long planId = importer.importPlan(SamplePlan.LA_BRUYERE.bytes()).planId();
        Plan plan = entityManager.find(Plan.class, planId);
        new FollowUp(plan, today).apply();
        entityManager.flush();
        signHistory(planId);
        FigureFreezer figures = freezer.getIfAvailable();
        if (figures != null) {
            evaluations(plan, today, figures);
            entityManager.flush();
        }
        publication(plan, today, figures);
        entityManager.flush();
        return planId;
    }

    /**
     * The demo's year of follow-up is written in a few seconds, but its history tells it as it happened: each monthly
     * update and each measured value is signed by the person who made it, on the day it claims (the setting up of the
     * elements stays the system's, on the day the demo was loaded).
     */
    private void signHistory(long planId) {
        entityManager.createNativeQuery("""
                update audit_event a set actor = e.author, actor_account_id = e.author_account_id,
                       occurred_at = (e.recorded_on + time '10:00') at time zone 'Europe/Brussels'
                from progress_entry e join plan_node n on n.id = e.node_id
                where n.plan_id = :plan and a.entity_type = 'ProgressEntry' and a.entity_id = e.id""")
                .setParameter("plan", planId).executeUpdate();
        entityManager.createNativeQuery("""
                update audit_event a set actor = coalesce(v.author, a.actor),
                       occurred_at = (v.measured_on + time '11:00') at time zone 'Europe/Brussels'
                from indicator_value v join indicator i on i.id = v.indicator_id
                join plan_node n on n.id = i.node_id
                where n.plan_id = :plan and a.entity_type = 'IndicatorValue' and a.entity_id = v.id""")
                .setParameter("plan", planId).executeUpdate();
    }

    /**
     * The plan as the council adopted it (version 1, before the follow-up began), a working change made since (an
     * action added, an échéance moved, a title reworded: the differences show them), the progress published at the
     * end of last month, and last year's evaluation published with it: the public PST at {@code /} has something
     * real to show.
     */
    private void publication(Plan plan, LocalDate today, FigureFreezer figures) {
        LocalDate adopted = today.minusMonths(11).withDayOfMonth(26);
        String director = "Directrice générale (démo)";
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        entityManager.flush();
        entityManager.persist(new PlanVersion(plan, 1, VersionKind.ADOPTED, adopted,
                "n° " + adopted.getYear() + "/112",
                "Adoption du Programme Stratégique Transversal de la mandature.", snapshots.take(plan.getId()),
                adopted.plusDays(1).atTime(10, 0).atZone(brussels).toInstant(), director));
        List<PlanNode> operational = ofKind(plan, NodeKind.OPERATIONAL_OBJECTIVE);
        List<PlanNode> actions = ofKind(plan, NodeKind.ACTION);
        if (!operational.isEmpty() && actions.size() >= 2) {
            PlanNode under = operational.get(operational.size() - 1);
            int position = (int) actions.stream().filter(a -> a.getParent().equals(under)).count();
            PlanNode added = new PlanNode(plan, under, NodeKind.ACTION, position, null,
                    "Ouvrir un guichet d’aide aux démarches en ligne");
            added.describe("Une permanence hebdomadaire pour aider les usagers à remplir leurs démarches "
                    + "administratives en ligne.");
            entityManager.persist(added);
            PlanNode postponed = actions.get(1);
            postponed.schedule(Deadline.of("fin " + (today.getYear() + 2)), postponed.getPlannedStart(),
                    postponed.getPlannedEnd(), postponed.getActualStart(), postponed.getActualEnd());
            PlanNode reworded = actions.get(0);
            reworded.rename(reworded.getCode(), reworded.getTitle() + " (avec la Commune)");
        }
        // this month's update campaign, opened ten days ago: part of the work is updated since, part is not
        entityManager.persist(new UpdateCampaign(plan, "Mise à jour de " + today.format(MONTH_YEAR), today.plusDays(5),
                "Merci de mettre à jour vos actions avant la réunion du CODIR.",
                today.minusDays(10).atTime(9, 0).atZone(brussels).toInstant(), director));
        if (figures != null) {
            LocalDate asOf = today.withDayOfMonth(1).minusDays(1);
            entityManager.persist(new ProgressPublication(plan, asOf, figures.figuresAsOf(plan.getId(), asOf),
                    today.withDayOfMonth(1).atTime(9, 30).atZone(brussels).toInstant(), director));
            entityManager.createQuery("select e from Evaluation e where e.plan = :plan", Evaluation.class)
                    .setParameter("plan", plan).getResultStream()
                    .filter(e -> e.getStatus() == EvaluationStatus.PRESENTED)
                    .forEach(e -> e.publish(true));
        }
    }

    private List<PlanNode> ofKind(Plan plan, NodeKind kind) {
        return entityManager.createQuery("""
                        select n from PlanNode n where n.plan = :plan and n.kind = :kind
                        order by n.parent.position, n.position""", PlanNode.class)
                .setParameter("plan", plan).setParameter("kind", kind).getResultList();
    }

    /**
     * Last year's annual evaluation, presented to the council with its decisions, and this year's in preparation
     * with one objective drafted: a visitor sees both states.
     */
    private void evaluations(Plan plan, LocalDate today, FigureFreezer figures) {
        List<PlanNode> operational = entityManager.createQuery("""
                        select n from PlanNode n where n.plan = :plan and n.kind = :kind
                        order by n.parent.position, n.position""", PlanNode.class)
                .setParameter("plan", plan).setParameter("kind", NodeKind.OPERATIONAL_OBJECTIVE).getResultList();
        int lastYear = today.getYear() - 1;
        // the first OO's actions are synergies with the commune (the sample's file does not say so): the synergy review
        // has something to review
        List<PlanNode> synergies = operational.isEmpty() ? List.of() : actionsUnder(operational.get(0));
        String[][] declared = {{"EXISTING", "Concertation mensuelle entre le service social du CPAS et le Plan de "
                + "cohésion sociale de la Commune"}, {"EXISTING", "Volet psychosocial du plan communal "
                + "d’urgence, rédigé avec la cellule de planification d’urgence de la Commune"}, {"TO_CONSIDER",
                "Un conseiller en prévention et une personne de confiance partagés par la Commune et le CPAS"}};
        for (int i = 0; i < Math.min(declared.length, synergies.size()); i++) {
            synergies.get(i).declareSynergy(SynergyStatus.valueOf(declared[i][0]), declared[i][1]);
        }
        entityManager.flush();
        if (lastYear >= plan.getPeriodStart() && operational.size() >= 3) {
            LocalDate reference = LocalDate.of(lastYear, 12, 31);
            Evaluation past = new Evaluation(plan, lastYear, EvaluationKind.ANNUAL);
            entityManager.persist(past);
            past.freeze(reference, figures.evaluationFiguresAsOf(plan.getId(), reference, lastYear,
                    EvaluationKind.ANNUAL));
            past.introduce("Première évaluation annuelle du PST, présentée au Conseil avec la note de politique "
                    + "générale du budget " + (lastYear + 1) + ".\nLe CODIR l’a préparée avec chaque responsable de "
                    + "service.");
            past.assess(operational.get(0), Appreciation.ON_TRACK, "Les rencontres avec l’administration "
                    + "communale ont lieu chaque trimestre ; la convention de services partagés est en rédaction.",
                    EvaluationDecision.KEEP, null, false);
            past.assess(operational.get(1), Appreciation.TO_STRENGTHEN, "Le registre des traitements est commencé "
                    + "mais l’analyse d’impact attend le délégué à la protection des données.",
                    EvaluationDecision.POSTPONE, "Échéance reportée à fin " + (lastYear + 2), false);
            past.assess(operational.get(2), Appreciation.NOT_ACHIEVED, "Le logiciel envisagé ne répond pas aux "
                    + "besoins du service social.", EvaluationDecision.ADAPT,
                    "Remplacer l’achat par une mutualisation avec la Commune", true);
            firstActionUnder(operational.get(0)).ifPresent(action -> {
                past.assess(action, Appreciation.ON_TRACK, "Deux rencontres sur les quatre prévues ont eu lieu ; le "
                        + "calendrier de l’année suivante est fixé.", null, null, false);
                past.comment(action, "Les dates des rencontres devraient être fixées dès janvier avec le secrétariat "
                        + "communal.", responsableName(action), LocalDate.of(lastYear + 1, 1, 28));
            });
            past.reviewSynergies("Les synergies avec la Commune (informatique, marchés publics, formation) sont "
                    + "suivies par le comité de concertation.");
            if (!synergies.isEmpty()) {
                past.reviewSynergy(synergies.get(0), "La concertation a lieu chaque mois depuis mars ; elle a permis "
                        + "d’orienter une quarantaine de familles vers les ateliers du Plan de cohésion sociale.");
            }
            LocalDate validated = LocalDate.of(lastYear + 1, 2, 10);
            LocalDate presented = LocalDate.of(lastYear + 1, 3, 26);
            if (presented.isBefore(today)) {
                past.validate(validated);
                past.present(presented, "Délibération n° " + (lastYear + 1) + "/031");
                LocalDate corrected = presented.plusDays(20);
                if (corrected.isBefore(today)) {
                    past.correct(operational.get(1), operational.get(1).auditLabel(), "Le registre des traitements "
                            + "couvre les services social et du personnel, pas encore la maison de repos.",
                            "Précision demandée par un conseiller après la séance", "Directrice générale (démo)",
                            corrected);
                }
            }
        }
        if (today.getYear() <= plan.getPeriodEnd() && !operational.isEmpty()) {
            Evaluation current = new Evaluation(plan, today.getYear(), EvaluationKind.ANNUAL);
            entityManager.persist(current);
            current.freeze(today, figures.evaluationFiguresAsOf(plan.getId(), today, today.getYear(),
                    EvaluationKind.ANNUAL));
            current.assess(operational.get(0), Appreciation.ON_TRACK, "La convention de services partagés "
                    + "est signée ; reste la mutualisation des marchés.", EvaluationDecision.KEEP, null, false);
            firstActionUnder(operational.get(0)).ifPresent(action -> current.comment(action, "La convention est "
                    + "signée ; il reste à fixer qui suit les marchés communs.", responsableName(action), today));
        }
    }

    private java.util.Optional<PlanNode> firstActionUnder(PlanNode operational) {
        return actionsUnder(operational).stream().findFirst();
    }

    private List<PlanNode> actionsUnder(PlanNode operational) {
        return entityManager.createQuery("""
                        select n from PlanNode n where n.parent = :parent and n.kind = :kind order by n.position""",
                        PlanNode.class)
                .setParameter("parent", operational).setParameter("kind", NodeKind.ACTION).getResultList();
    }

    private static String responsableName(PlanNode action) {
        return action.getResponsable() == null ? "Responsable de l’action" : action.getResponsable().getName();
    }

    /** One run of the generator. */
    private final class FollowUp {

        private final Plan plan;
        private final LocalDate today;
        private final Random random = new Random(SEED);
        private final Map<String, ProgressState> states;
        private int budgetLineIndex;

        FollowUp(Plan plan, LocalDate today) {
            this.plan = plan;
            this.today = today;
            this.states = entityManager.createQuery("select s from ProgressState s where s.plan = :plan",
                            ProgressState.class).setParameter("plan", plan).getResultList().stream()
                    .collect(Collectors.toMap(ProgressState::getLabel, Function.identity()));
        }

        void apply() {
            List<Person> people = people();
            List<ServiceUnit> services = named(List.of("Service social", "Administration générale", "Finances",
                    "Ressources humaines", "Service technique", "Insertion socioprofessionnelle"), ServiceUnit::new);
            // the demo agent works in the social service: its actions are theirs to follow up too
            Long agentAccount = people.get(3).getAccountId();
            if (agentAccount != null) {
                services.get(0).addMember(agentAccount);
            }
            List<Partner> partners = named(List.of("Commune de La Bruyère", "Plan de Cohésion Sociale (PCS)",
                    "Agence Locale pour l'Emploi (ALE)", "FOREM", "Agence Immobilière Sociale (AIS)", "Medenam"),
                    Partner::new);
            List<PlanNode> actions = entityManager.createQuery("""
                            select n from PlanNode n where n.plan = :plan and n.kind = :kind
                            order by n.parent.position, n.position""", PlanNode.class)
                    .setParameter("plan", plan).setParameter("kind", NodeKind.ACTION).getResultList();
            for (int i = 0; i < actions.size(); i++) {
                followUp(i, actions.get(i), people, services, partners);
            }
        }

        private List<Person> people() {
            Person dg = person(0, "Directrice générale (démo)", "Directrice générale", "dg");
            Person df = person(1, "Directeur financier (démo)", "Directeur financier", "df");
            Person codir = person(2, "Cheffe du service social (démo)", "Cheffe du service social", "codir");
            Person agent = person(3, "Assistant social (démo)", "Assistant social, chef de projet", "agent");
            Person admin = person(4, "Responsable administrative", "Service administratif", null);
            Person prevention = person(5, "Conseiller en prévention", "Commun Commune et CPAS", null);
            return List.of(dg, df, codir, agent, admin, prevention);
        }

        private Person person(int position, String name, String job, String username) {
            Person person = new Person(plan, position, name, job);
            if (username != null) {
                entityManager.createQuery("select a from Account a where a.username = :username", Account.class)
                        .setParameter("username", username).getResultStream().findFirst()
                        .ifPresent(account -> person.linkAccount(account.getId()));
            }
            entityManager.persist(person);
            return person;
        }

        private <T> List<T> named(List<String> names, VocabularyFactory<T> factory) {
            List<T> created = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                T item = factory.create(plan, i, names.get(i));
                entityManager.persist(item);
                created.add(item);
            }
            return created;
        }

        private void followUp(int index, PlanNode action, List<Person> people, List<ServiceUnit> services,
                List<Partner> partners) {
            boolean social = action.getParent().getParent().getCode().equals("2");
            Person pilote = social ? people.get(2) : people.get(0);
            Person responsable = switch (index % 4) {
                case 0 -> people.get(3);
                case 1 -> social ? people.get(2) : people.get(4);
                case 2 -> social ? people.get(3) : people.get(1);
                default -> null;
            };
            String responsableText = responsable == null ? "DG + Président + responsable social" : null;
            action.assign(pilote, responsable, responsableText);
            action.involve(social ? List.of(services.get(0), services.get(index % 2 == 0 ? 5 : 1))
                            : List.of(services.get(1), services.get(2 + index % 3)),
                    social ? List.of(partners.get(1 + index % 5)) : List.of(partners.get(0)));
            action.tag(social ? List.of(1, 10) : List.of(16, 17), social ? List.of(4) : List.of(2));
            String priority = action.getPriority() == null ? "P2" : action.getPriority().getCode();
            action.schedule(deadline(index, priority), today.minusMonths(10), null, null, null);
            journal(index, action, priority);
            if (index % 5 == 0) {
                indicator(index, action);
            }
            for (BudgetLine line : action.getBudgetLines()) {
                followBudget(line);
            }
        }

        private Deadline deadline(int index, String priority) {
            return switch (priority) {
                case "P0" -> Deadline.of(index % 2 == 0 ? "en continu" : "1x/trimestre");
                case "P1" -> Deadline.of(today.plusDays(-75 + (index * 23) % 180).format(DateTimeFormatter
                        .ofPattern("dd/MM/yyyy")));
                case "P2" -> Deadline.of(index % 2 == 0 ? "fin " + (today.getYear() + 1)
                        : today.plusMonths(2 + index % 6).format(MONTH_YEAR));
                default -> Deadline.of((today.getYear() + 2) + "-" + (today.getYear() + 3));
            };
        }

        private void journal(int index, PlanNode action, String priority) {
            ProgressState inProgress = states.get("En cours de réalisation");
            ProgressState study = states.get("À l'étude");
            if ("P3".equals(priority)) {
                action.establishState(states.get("Proposition"), null, null);
                return;
            }
            int entries = 1 + random.nextInt(6);
            // a few actions stop being updated: their last entry is months old
            int lastDaysAgo = index % 6 == 1 ? 60 + random.nextInt(90) : 3 + random.nextInt(35);
            int percent = "P0".equals(priority) ? 30 : 0;
            for (int e = entries - 1; e >= 0; e--) {
                LocalDate on = today.minusDays(lastDaysAgo + 30L * e);
                percent = Math.min(95, percent + 5 + random.nextInt(15));
                ProgressState state = e == entries - 1 && "P2".equals(priority) ? study : inProgress;
                entityManager.persist(action.recordProgress(state, percent, COMMENTS[random.nextInt(COMMENTS.length)],
                        author(action), accountOf(action), on));
            }
            if (index == 7) {
                entityManager.persist(action.recordProgress(states.get("Terminé"), 100,
                        "Convention signée et véhicule mis à disposition selon le planning partagé.", author(action),
                        accountOf(action), today.minusDays(12)));
            } else if (index == 9) {
                entityManager.persist(action.recordProgress(states.get("Suspendu"), null,
                        "Mise en suspens : la révision des évaluations attend le nouveau statut commun.",
                        author(action), accountOf(action), today.minusDays(20)));
            } else if (index == 26) {
                entityManager.persist(action.recordProgress(states.get("Abandonné"), null,
                        "Abandon : l'AIS ne dispose plus de logements sur le territoire ; reporté au prochain PST.",
                        author(action), accountOf(action), today.minusDays(40)));
            }
        }

        private String author(PlanNode action) {
            return action.getResponsable() != null ? action.getResponsable().getName()
                    : action.getPilote().getName();
        }

        private Long accountOf(PlanNode action) {
            Person who = action.getResponsable() != null ? action.getResponsable() : action.getPilote();
            return who.getAccountId();
        }

        private void indicator(int index, PlanNode action) {
            Indicator indicator = action.addIndicator(INDICATORS[(index / 5) % INDICATORS.length], "nombre",
                    IndicatorDirection.INCREASE);
            LocalDate start = today.minusMonths(12).withDayOfMonth(1);
            BigDecimal baseline = BigDecimal.valueOf(5 + random.nextInt(10));
            BigDecimal target = baseline.multiply(BigDecimal.valueOf(2));
            indicator.aimAt(baseline, start, target, LocalDate.of(plan.getPeriodEnd(), 12, 31));
            BigDecimal value = baseline;
            for (int quarter = 1; quarter <= 4; quarter++) {
                value = value.add(BigDecimal.valueOf(random.nextInt(4) - (index == 15 ? 2 : 0)));
                indicator.record(start.plusMonths(3L * quarter), value.max(BigDecimal.ZERO), null,
                        author(action));
            }
        }

        /**
         * The DF's side of a budget line as a CPAS's accounting writes it: the article (function/economic code) and
         * its label, the service, the financing; this year's credits close to the plan's amount, committed and
         * charged through the year, with the gaps a DF acts on (nothing inscribed, committed above the credits, a
         * line without article, a subsidy not inscribed yet).
         */
        private void followBudget(BudgetLine line) {
            DemoArticle article = article(line);
            int index = budgetLineIndex++;
            line.finance(article.service(), BudgetFlow.EXPENSE, article.code(), article.label(),
                    article.financing(), article.subsidisingBody(), line.getComment());
            if (line.getAmountMin() == null) {
                return;
            }
            BigDecimal planned = line.getAmountMax();
            Integer lineYear = line.getYear();
            if (lineYear != null && lineYear < today.getYear()) {
                // a past year's one-off work: credited, committed and charged in full that year
                line.followUp(lineYear, new BudgetFigures(planned, planned, planned, planned.multiply(
                        BigDecimal.valueOf(97)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)));
                return;
            }
            if (article.gap() == Gap.NOTHING_INSCRIBED) {
                return;
            }
            BigDecimal initial = index % 4 == 1 ? planned.multiply(BigDecimal.valueOf(80))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP) : planned;
            BigDecimal committed = planned.multiply(BigDecimal.valueOf(30 + random.nextInt(60)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            BigDecimal inscribed = planned;
            if (article.gap() == Gap.COMMITTED_ABOVE_CREDITS) {
                inscribed = initial;
                committed = planned.multiply(BigDecimal.valueOf(115)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
            }
            BigDecimal charged = committed.multiply(BigDecimal.valueOf(40 + random.nextInt(50)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            line.followUp(today.getYear(), new BudgetFigures(initial, inscribed, committed, charged));
            if (line.getRecurrence() == BudgetRecurrence.YEARLY && today.getYear() > plan.getPeriodStart()) {
                line.followUp(today.getYear() - 1, new BudgetFigures(planned, planned, planned.multiply(
                        BigDecimal.valueOf(92)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
                        planned.multiply(BigDecimal.valueOf(90)).divide(BigDecimal.valueOf(100), 2,
                                RoundingMode.HALF_UP)));
            }
            if (line.getRecurrence() == BudgetRecurrence.YEARLY && article.code() != null
                    && article.code().indexOf('/') > 0) {
                project(line, article, planned);
            }
        }

        /**
         * What the accounting projects for a yearly line in the years left of the mandate, by the economic group of
         * its article ("12" for "84010/124-02"), indexed by 2 % a year, as eComptes would send it.
         */
        private void project(BudgetLine line, DemoArticle article, BigDecimal planned) {
            String economic = article.code().substring(article.code().indexOf('/') + 1);
            String group = economic.substring(0, 2);
            BigDecimal amount = planned;
            for (int year = today.getYear() + 1; year <= plan.getPeriodEnd(); year++) {
                amount = amount.multiply(new BigDecimal("1.02")).setScale(2, RoundingMode.HALF_UP);
                line.getNode().project(article.service(), BudgetFlow.EXPENSE, group, ECONOMIC_GROUPS.get(group),
                        year, amount);
            }
        }
    }

    /** The economic groups of the demo's articles, as the accounting names them. */
    private static final Map<String, String> ECONOMIC_GROUPS = Map.of("11", "Dépenses de personnel", "12",
            "Dépenses de fonctionnement", "33", "Dépenses de transfert", "72", "Investissements en bâtiments",
            "74", "Investissements en équipements");

    /** The article a CPAS's accounting would give the line, from what the plan says of it. */
    private static DemoArticle article(BudgetLine line) {
        // the line's own comment first: several lines of an action share the plan's sentence
        DemoArticle byComment = articleSaid(line, line.getComment());
        return byComment != null ? byComment : Objects.requireNonNullElseGet(articleSaid(line,
                line.getOriginalText()), () -> byAmount(line));
    }

    private static DemoArticle articleSaid(BudgetLine line, String text) {
        String said = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (said.contains("mi-temps")) {
            return DEMO_ARTICLES[5];
        }
        if (said.contains("salaire")) {
            return DEMO_ARTICLES[1];
        }
        if (said.contains("surcoût") || line.getCostBasis() == CostBasis.EXTRA) {
            return DEMO_ARTICLES[0];
        }
        if (said.contains("ia payante")) {
            return DEMO_ARTICLES[2];
        }
        if (said.contains("formation")) {
            return DEMO_ARTICLES[4];
        }
        if (said.contains("folder")) {
            return DEMO_ARTICLES[6];
        }
        return null;
    }

    private static DemoArticle byAmount(BudgetLine line) {
        BigDecimal amount = line.getAmountMax() == null ? BigDecimal.ZERO : line.getAmountMax();
        if (amount.compareTo(BigDecimal.valueOf(50_000)) >= 0) {
            return DEMO_ARTICLES[7];
        }
        if (line.isRange()) {
            return DEMO_ARTICLES[8];
        }
        return line.getRecurrence() == BudgetRecurrence.YEARLY && amount.compareTo(BigDecimal.valueOf(3000)) == 0
                ? DEMO_ARTICLES[3] : DEMO_ARTICLES[9];
    }

    /** What the DF leaves undone on a demo line, so that the financial follow-up has something to signal. */
    private enum Gap { NONE, NOTHING_INSCRIBED, COMMITTED_ABOVE_CREDITS }

    private record DemoArticle(String code, String label, BudgetService service, Financing financing,
            String subsidisingBody, Gap gap) {
    }

    /** Articles in the form of a CPAS's budget (function/economic code), given to the demo's lines in turn. */
    private static final DemoArticle[] DEMO_ARTICLES = {
        new DemoArticle("84010/111-01", "Traitements du personnel du service social", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.NONE),
        new DemoArticle("84010/111-01", "Traitements du personnel du service social", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.NONE),
        new DemoArticle("12101/123-13", "Frais informatiques : logiciels et licences", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.NOTHING_INSCRIBED),
        new DemoArticle("12101/123-13", "Frais informatiques : logiciels et licences", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.NONE),
        new DemoArticle(null, null, BudgetService.ORDINARY, Financing.OWN_FUNDS, null, Gap.NONE),
        new DemoArticle("84401/111-01", "Traitements du personnel d'insertion socioprofessionnelle",
                BudgetService.ORDINARY, Financing.SUBSIDY, "Région wallonne (APE)", Gap.NOTHING_INSCRIBED),
        new DemoArticle("84010/124-02", "Fournitures administratives du service social", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.COMMITTED_ABOVE_CREDITS),
        new DemoArticle("84010/723-60", "Aménagement des bâtiments du service social", BudgetService.EXTRAORDINARY,
                Financing.LOAN, null, Gap.NONE),
        new DemoArticle("84010/741-51", "Achat de mobilier pour le service social", BudgetService.EXTRAORDINARY,
                Financing.OWN_FUNDS, null, Gap.NONE),
        new DemoArticle("84010/124-02", "Fournitures administratives du service social", BudgetService.ORDINARY,
                Financing.OWN_FUNDS, null, Gap.NONE),
    };

    @FunctionalInterface
    private interface VocabularyFactory<T> {
        T create(Plan plan, int position, String name);
    }

    private static final String[] COMMENTS = {
        "Réunion de lancement tenue avec les partenaires ; calendrier validé.",
        "Premier contact pris ; en attente d'une réponse de la Commune.",
        "Point fait en CODIR : l'action avance selon le planning.",
        "Documents de travail rédigés, relecture en cours par la direction.",
        "Retard lié aux congés ; reprise prévue le mois prochain.",
        "Budget vérifié avec le directeur financier ; crédits inscrits.",
        "Deux réunions de coordination tenues ce mois-ci.",
    };

    private static final String[] INDICATORS = {
        "Nombre de réunions de concertation Commune/CPAS",
        "Nombre d'agents formés",
        "Nombre de bénéficiaires accompagnés",
        "Nombre de mises à l'emploi",
        "Nombre de logements rénovés",
        "Nombre de permanences tenues",
        "Nombre d'usagers satisfaits",
        "Nombre de partenariats actifs",
    };
}
