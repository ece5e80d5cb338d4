package be.cpas.pst.reporting.ecomptes;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.dashboard.DashboardRows;
import be.cpas.pst.reporting.figures.Choice;
import be.cpas.pst.reporting.figures.Figures;
import be.cpas.pst.reporting.figures.FiguresCalculator;
import be.cpas.pst.reporting.figures.NodeRow;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a plan's structure for eComptes (format 201805V1, schema {@code schema_import_ecomptes_201805V1.xsd}): the
 * organisation (TypeAdmin CPAS and its INS code), the volets, OS, OO and projets/actions with their status mapped to
 * the format's values, progress rate, department (the services involved) and partners, each with an identifier
 * ({@code E} and the element's number) that comes back in the file eComptes returns. eComptes knows only volets
 * above OS and actions under OO: axes are passed through (their OS go to their volet), OS outside any volet go to one
 * volet named after the plan, and a projet's actions follow it in its OO's list. Internal notes never leave.
 *
 * <p>The format's person (responsable, mandataire) requires a civility and a first name the plan does not hold: the
 * export leaves it out rather than guess, and the department says who answers for the element.
 */
@Service
@Transactional(readOnly = true)
public class EcomptesExport {

    /** The format's version, as the schema fixes it. */
    public static final String VERSION = "201805V1";
    static final String GENERATOR = "PST CPAS";
    static final String ELEMENT_PREFIX = "E";
    static final String PLAN_PREFIX = "PST-";

    private final PlanRepository plans;
    private final DashboardRows rows;
    private final EcomptesRows texts;
    private final AccessPolicy policy;
    private final Clock clock;

    public EcomptesExport(PlanRepository plans, DashboardRows rows, EcomptesRows texts, AccessPolicy policy,
            Optional<Clock> clock) {
        this.plans = plans;
        this.rows = rows;
        this.texts = texts;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The identifier of an element in the exchange. */
    public static String elementId(long nodeId) {
        return ELEMENT_PREFIX + nodeId;
    }

    /** The identifier of the plan in the exchange. */
    public static String planId(long planId) {
        return PLAN_PREFIX + planId;
    }

    /**
     * Writes the plan for a budget year ({@code exercice}). Refused with {@code ecomptes.ins.missing} when the
     * organisation has no INS code, which eComptes requires.
     */
    public void write(long planId, int exercice, OutputStream out) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("page.notFound", "No plan " + planId));
        policy.requireReadFinance(plan);
        String ins = plan.getOrganisation().getInsCode();
        if (ins == null || !ins.strip().matches("\\d{4,6}")) {
            throw new RuleViolation("ecomptes.ins.missing", "The organisation has no INS code");
        }
        List<NodeRow> nodes = rows.nodes(planId);
        Figures.PlanInfo info = new Figures.PlanInfo(plan.getId(), plan.getTitle(), plan.getPeriodStart(),
                plan.getPeriodEnd(), plan.getStaleAfterDays(), plan.getDueSoonDays());
        FiguresCalculator calculator = new FiguresCalculator(info, plan.followUpSince(), nodes, WorkFilter.NONE,
                LocalDate.now(clock));
        Map<Long, String> services = rows.choices(planId).stream().filter(c -> "service".equals(c.vocabulary()))
                .collect(Collectors.toMap(Choice::id, Choice::label));
        Writer writer = new Writer(nodes, texts.texts(planId), calculator, services, exercice);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("dataroot");
            xml.writeStartElement("Identifiants");
            text(xml, "Id", planId(planId) + "-" + exercice);
            text(xml, "TypeAdmin", "CPAS");
            text(xml, "INS", ins.strip());
            text(xml, "Type", "PST");
            text(xml, "Exercice", Integer.toString(exercice));
            text(xml, "Version", VERSION);
            text(xml, "Generateur", GENERATOR);
            xml.writeEndElement();
            xml.writeStartElement("PST");
            xml.writeStartElement("DescriptionPST");
            text(xml, "IdPST", planId(planId));
            text(xml, "Libelle", limit(plan.getTitle(), 255));
            text(xml, "ExerciceDebut", Integer.toString(plan.getPeriodStart()));
            text(xml, "ExerciceFin", Integer.toString(plan.getPeriodEnd()));
            xml.writeEndElement();
            xml.writeStartElement("Volets");
            writer.volets(xml, plan);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the eComptes file", e);
        }
    }

    /** The tree, walked the way the format nests it. */
    private static final class Writer {
        private final Map<Long, List<NodeRow>> children = new HashMap<>();
        private final List<NodeRow> roots = new ArrayList<>();
        private final Map<Long, EcomptesRows.Texts> texts;
        private final FiguresCalculator calculator;
        private final Map<Long, String> services;
        private final String exercice;

        Writer(List<NodeRow> nodes, Map<Long, EcomptesRows.Texts> texts, FiguresCalculator calculator,
                Map<Long, String> services, int exercice) {
            this.texts = texts;
            this.calculator = calculator;
            this.services = services;
            this.exercice = Integer.toString(exercice);
            Comparator<NodeRow> order = Comparator.comparingInt(NodeRow::position).thenComparingLong(NodeRow::id);
            for (NodeRow node : nodes.stream().sorted(order).toList()) {
                if (node.parentId() == null) {
                    roots.add(node);
                } else {
                    children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
                }
            }
        }

        void volets(XMLStreamWriter xml, Plan plan) throws XMLStreamException {
            List<NodeRow> loose = new ArrayList<>();
            for (NodeRow root : roots) {
                if (root.kind() == NodeKind.VOLET) {
                    element(xml, "Volet", root);
                    strategic(xml, strategicUnder(root));
                    xml.writeEndElement();
                } else {
                    loose.addAll(root.kind() == NodeKind.AXE ? kids(root, NodeKind.STRATEGIC_OBJECTIVE)
                            : root.kind() == NodeKind.STRATEGIC_OBJECTIVE ? List.of(root) : List.of());
                }
            }
            if (!loose.isEmpty() || roots.stream().noneMatch(root -> root.kind() == NodeKind.VOLET)) {
                // the format needs a volet: the OS outside any volet go to one named after the plan
                xml.writeStartElement("Volet");
                xml.writeAttribute("ElementId", PLAN_PREFIX + plan.getId());
                xml.writeAttribute("Exercice", exercice);
                int planPercent = percent(null);
                base(xml, limit(plan.getTitle(), 255), null, null, null, status(null, planPercent), planPercent, null,
                        null, List.of(), List.of());
                strategic(xml, loose);
                xml.writeEndElement();
            }
        }

        private List<NodeRow> strategicUnder(NodeRow volet) {
            List<NodeRow> result = new ArrayList<>();
            for (NodeRow child : children.getOrDefault(volet.id(), List.of())) {
                if (child.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
                    result.add(child);
                } else if (child.kind() == NodeKind.AXE) {
                    result.addAll(kids(child, NodeKind.STRATEGIC_OBJECTIVE));
                }
            }
            return result;
        }

        private void strategic(XMLStreamWriter xml, List<NodeRow> objectives) throws XMLStreamException {
            if (objectives.isEmpty()) {
                return;
            }
            xml.writeStartElement("ObjectifStrategiques");
            for (NodeRow os : objectives) {
                element(xml, "ObjectifStrategique", os);
                List<NodeRow> operational = kids(os, NodeKind.OPERATIONAL_OBJECTIVE);
                if (!operational.isEmpty()) {
                    xml.writeStartElement("ObjectifsOperationnels");
                    for (NodeRow oo : operational) {
                        element(xml, "ObjectifOperationnel", oo);
                        List<NodeRow> work = new ArrayList<>();
                        for (NodeRow child : children.getOrDefault(oo.id(), List.of())) {
                            if (child.kind().isWork()) {
                                work.add(child);
                                work.addAll(kids(child, NodeKind.ACTION));
                            }
                        }
                        if (!work.isEmpty()) {
                            xml.writeStartElement("Actions");
                            for (NodeRow action : work) {
                                element(xml, "Action", action);
                                xml.writeEndElement();
                            }
                            xml.writeEndElement();
                        }
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        /** The roll-up of an element (or of the plan, {@code null}) as a whole percent; 0 when nothing is known. */
        private int percent(Long nodeId) {
            var rollup = calculator.rollup(nodeId);
            return rollup == null || rollup.percent().isEmpty() ? 0 : Math.max(0, Math.min(100, rollup.rounded()));
        }

        private List<NodeRow> kids(NodeRow parent, NodeKind kind) {
            return children.getOrDefault(parent.id(), List.of()).stream().filter(node -> node.kind() == kind)
                    .toList();
        }

        /** Opens an element and writes its common part; the caller closes it. */
        private void element(XMLStreamWriter xml, String name, NodeRow node)
                throws XMLStreamException {
            xml.writeStartElement(name);
            xml.writeAttribute("ElementId", elementId(node.id()));
            xml.writeAttribute("Exercice", exercice);
            EcomptesRows.Texts text = texts.get(node.id());
            int percent = percent(node.id());
            String label = (node.code() == null || node.code().isBlank() ? "" : node.code() + " ") + node.title();
            String department = node.serviceIds().stream().map(services::get).filter(s -> s != null)
                    .collect(Collectors.joining(", "));
            base(xml, limit(label, 255), text == null ? null : text.start(), text == null ? null : text.end(),
                    text == null ? null : text.description(), status(node.category(), percent), percent,
                    text == null ? null : text.responsable(), department.isEmpty() ? null : department,
                    text == null ? List.of() : text.partners(),
                    text == null || text.stateReason() == null ? List.of() : List.of(text.stateReason()));
        }

        private static void base(XMLStreamWriter xml, String label, LocalDate start, LocalDate end,
                String description, String status, int percent, EcomptesRows.Responsable responsable,
                String department, List<String> partners, List<String> remark) throws XMLStreamException {
            text(xml, "Libelle", label);
            if (start != null) {
                text(xml, "DateDebut", start.toString());
            }
            if (end != null) {
                text(xml, "DateFin", end.toString());
            }
            description(xml, "Description", description == null || description.isBlank() ? "" : description,
                    description != null && description.contains("<") ? "HTML" : "TEXTE");
            text(xml, "Statut", status);
            if (responsable != null) {
                xml.writeStartElement("Responsable");
                text(xml, "Civilite", responsable.civility());
                text(xml, "Nom", limit(responsable.lastName(), 100));
                text(xml, "Prenom", limit(responsable.firstName(), 50));
                text(xml, "Tel", responsable.phone() == null ? "" : limit(responsable.phone(), 15));
                text(xml, "eMail", responsable.email() == null ? "" : limit(responsable.email(), 255));
                xml.writeEndElement();
            }
            if (department != null) {
                text(xml, "Departement", department);
            }
            text(xml, "TauxAvancement", Integer.toString(percent));
            description(xml, "RemarqueStatut", remark.isEmpty() ? "" : remark.get(0), "TEXTE");
            text(xml, "ETP", "0");
            xml.writeEmptyElement("Plans");
            xml.writeStartElement("Partenaires");
            for (String partner : partners) {
                text(xml, "Partenaire", partner);
            }
            xml.writeEndElement();
        }

        /** The format's status: the element's state, or for headings what their progress says. */
        static String status(StateCategory category, int percent) {
            if (category != null) {
                switch (category) {
                    case NOT_STARTED:
                        return "NON_COMMENCE";
                    case IN_PROGRESS:
                        return "EN_COURS";
                    case SUSPENDED:
                        return "EN_ATTENTE";
                    case DONE:
                        return "TERMINE";
                    case ABANDONED:
                        return "ANNULE_ABANDONNE";
                    default:
                        break;
                }
            }
            return percent >= 100 ? "TERMINE" : percent > 0 ? "EN_COURS" : "NON_COMMENCE";
        }
    }

    private static void description(XMLStreamWriter xml, String name, String value, String mode)
            throws XMLStreamException {
        xml.writeStartElement(name);
        text(xml, "Mode", mode);
        text(xml, "Valeur", value);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static String limit(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
