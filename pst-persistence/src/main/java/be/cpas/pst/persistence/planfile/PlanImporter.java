package be.cpas.pst.persistence.planfile;

import be.cpas.pst.domain.planfile.PlanFileException;
import be.cpas.pst.domain.planfile.PlanImport;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan file, all or nothing: reads the JSON, hands its content to the domain's import and, in the same
 * transaction, brings the database's statistics up to date. A refused file ({@link PlanFileException}, every fault
 * listed) rolls the transaction back.
 */
@Service
public class PlanImporter {

    private final PlanFileCodec codec;
    private final PlanImport planImport;
    private final EntityManager entityManager;

    public PlanImporter(PlanFileCodec codec, PlanImport planImport, EntityManager entityManager) {
        this.codec = codec;
        this.planImport = planImport;
        this.entityManager = entityManager;
    }

    @Transactional(rollbackFor = Exception.class)
    public PlanImport.ImportedPlan importPlan(byte[] json) {
        PlanImport.ImportedPlan imported = planImport.importPlan(codec.read(json));
        entityManager.flush();
        // a plan can multiply the size of these tables at once: the planner's statistics must follow at once, or the
        // first pages read them with plans made for empty tables (measured: 10x slower dashboard)
        entityManager.createNativeQuery("analyze plan_node, plan_step, progress_entry, indicator, indicator_value, "
                + "budget_line, budget_follow_up, node_service, node_sdg, node_enjeu").executeUpdate();
        return imported;
    }
}
