package be.cpas.pst.web.planning;

import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.progress.ElementView;
import be.cpas.pst.domain.progress.WorkFollowUp;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/** The fiche form of an element: what the DG or the pilote may change. */
public class FicheForm {

    private long version;
    @Size(max = 40, message = "{form.code.tooLong}")
    private String code;
    @NotBlank(message = "{node.title.required}")
    @Size(max = PlanNode.MAX_TITLE_LENGTH, message = "{node.title.tooLong}")
    private String title;
    @Size(max = PlanNode.MAX_DESCRIPTION_LENGTH, message = "{form.description.tooLong}")
    private String description;
    private VoletScope scope;
    private Long priorityId;
    private Long piloteId;
    private Long responsableId;
    @Size(max = 300, message = "{form.tooLong}")
    private String responsableText;
    @Size(max = 300, message = "{form.tooLong}")
    private String deadline;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate plannedStart;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate plannedEnd;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate actualStart;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate actualEnd;
    private Set<Long> serviceIds = new HashSet<>();
    private Set<Long> partnerIds = new HashSet<>();
    private Set<Long> politicalObjectiveIds = new HashSet<>();
    private Set<Long> secondaryObjectiveIds = new HashSet<>();
    private Set<Integer> sdgs = new HashSet<>();
    private Set<Integer> enjeux = new HashSet<>();
    private SynergyStatus synergyStatus;
    @Size(max = PlanNode.MAX_DETAILS_LENGTH, message = "{form.tooLong}")
    private String synergyDetails;
    /** One risk per line. */
    @Size(max = PlanNode.MAX_NOTE_LENGTH, message = "{form.tooLong}")
    private String risks;
    @Size(max = PlanNode.MAX_NOTE_LENGTH, message = "{form.tooLong}")
    private String internalNote;
    @NotNull(message = "{node.weight.range}")
    @Min(value = 0, message = "{node.weight.range}")
    @Max(value = 100, message = "{node.weight.range}")
    private Integer weight = 1;

    static FicheForm of(ElementView element) {
        FicheForm form = new FicheForm();
        form.version = element.version();
        form.code = element.code();
        form.title = element.title();
        form.description = element.description();
        form.scope = element.scope();
        form.priorityId = element.priority() == null ? null : element.priority().id();
        form.piloteId = element.pilote() == null ? null : element.pilote().id();
        form.responsableId = element.responsable() == null ? null : element.responsable().id();
        form.responsableText = element.responsableText();
        form.deadline = element.deadline() == null ? null : element.deadline().text();
        form.plannedStart = element.plannedStart();
        form.plannedEnd = element.plannedEnd();
        form.actualStart = element.actualStart();
        form.actualEnd = element.actualEnd();
        form.serviceIds = ids(element.servicesInOrder(), ElementView.Term::id);
        form.partnerIds = ids(element.partners(), ElementView.Term::id);
        form.politicalObjectiveIds = ids(element.politicalObjectives(), ElementView.PoliticalRef::id);
        form.secondaryObjectiveIds = ids(element.secondaryObjectives(), ElementView.ElementRef::id);
        form.sdgs = new HashSet<>(element.sdgs());
        form.enjeux = new HashSet<>(element.enjeux());
        form.synergyStatus = element.synergyStatus();
        form.synergyDetails = element.synergyDetails();
        form.risks = String.join("\n", element.risks());
        form.internalNote = element.internalNote();
        form.weight = element.weight();
        return form;
    }

    private static <T> Set<Long> ids(Collection<T> items, Function<T, Long> idOf) {
        return items.stream().map(idOf).collect(Collectors.toCollection(HashSet::new));
    }

    /** The links of the fiche as the service takes them. */
    WorkFollowUp.FicheLinks links() {
        return new WorkFollowUp.FicheLinks(serviceIds, partnerIds, politicalObjectiveIds, secondaryObjectiveIds,
                sdgs, enjeux);
    }

    /** The rest of the fiche as the service takes it: one risk per non-empty line. */
    WorkFollowUp.FicheDetails details() {
        List<String> riskList = risks == null ? List.of()
                : Arrays.stream(risks.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new WorkFollowUp.FicheDetails(synergyStatus, synergyDetails, riskList, internalNote,
                weight == null ? 1 : weight, actualStart, actualEnd);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public VoletScope getScope() {
        return scope;
    }

    public void setScope(VoletScope scope) {
        this.scope = scope;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }

    public Long getPiloteId() {
        return piloteId;
    }

    public void setPiloteId(Long piloteId) {
        this.piloteId = piloteId;
    }

    public Long getResponsableId() {
        return responsableId;
    }

    public void setResponsableId(Long responsableId) {
        this.responsableId = responsableId;
    }

    public String getResponsableText() {
        return responsableText;
    }

    public void setResponsableText(String responsableText) {
        this.responsableText = responsableText;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }
    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public Set<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(Set<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new HashSet<>() : serviceIds;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds = partnerIds == null ? new HashSet<>() : partnerIds;
    }

    public Set<Long> getPoliticalObjectiveIds() {
        return politicalObjectiveIds;
    }

    public void setPoliticalObjectiveIds(Set<Long> politicalObjectiveIds) {
        this.politicalObjectiveIds = politicalObjectiveIds == null ? new HashSet<>() : politicalObjectiveIds;
    }

    public Set<Long> getSecondaryObjectiveIds() {
        return secondaryObjectiveIds;
    }

    public void setSecondaryObjectiveIds(Set<Long> secondaryObjectiveIds) {
        this.secondaryObjectiveIds = secondaryObjectiveIds == null ? new HashSet<>() : secondaryObjectiveIds;
    }

    public Set<Integer> getSdgs() {
        return sdgs;
    }

    public void setSdgs(Set<Integer> sdgs) {
        this.sdgs = sdgs == null ? new HashSet<>() : sdgs;
    }

    public Set<Integer> getEnjeux() {
        return enjeux;
    }

    public void setEnjeux(Set<Integer> enjeux) {
        this.enjeux = enjeux == null ? new HashSet<>() : enjeux;
    }

    public SynergyStatus getSynergyStatus() {
        return synergyStatus;
    }

    public void setSynergyStatus(SynergyStatus synergyStatus) {
        this.synergyStatus = synergyStatus;
    }

    public String getSynergyDetails() {
        return synergyDetails;
    }

    public void setSynergyDetails(String synergyDetails) {
        this.synergyDetails = synergyDetails;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public void setInternalNote(String internalNote) {
        this.internalNote = internalNote;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
