package be.cpas.pst.persistence.planfile;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PublicationSettings;
import be.cpas.pst.domain.publication.PlanContentSnapshot;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes a plan down for a version: its content as a plan file, and its publication settings. */
@Component
public class PlanSnapshots implements PlanContentSnapshot {

    private final PlanExporter exporter;
    private final PlanFileCodec codec;
    private final EntityManager entityManager;
    private final JsonMapper mapper = JsonMapper.builder().build();

    PlanSnapshots(PlanExporter exporter, PlanFileCodec codec, EntityManager entityManager) {
        this.exporter = exporter;
        this.codec = codec;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Taken take(long planId) {
        String content = new String(codec.write(exporter.content(planId)), StandardCharsets.UTF_8);
        return new Taken(content, mapper.writeValueAsString(settings(planId)));
    }

    /** The plan's publication settings as they stand, in the form a version keeps them. */
    @Transactional(readOnly = true)
    public PublicationFile settings(long planId) {
        Plan plan = entityManager.find(Plan.class, planId);
        PublicationSettings s = plan.getPublication();
        return new PublicationFile(s.context(), s.swot(), s.budget(), s.indicators(), s.progress(), s.persons(),
                s.licence(), entityManager.createQuery(
                        "select n.id from PlanNode n where n.plan = :plan and n.keptPrivate order by n.id", Long.class)
                .setParameter("plan", plan).getResultList());
    }

    /** Reads back the settings a version keeps. */
    public PublicationFile readSettings(String json) {
        return mapper.readValue(json, PublicationFile.class);
    }
}
