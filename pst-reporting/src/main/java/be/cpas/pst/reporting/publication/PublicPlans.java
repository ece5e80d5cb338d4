package be.cpas.pst.reporting.publication;

import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.persistence.planfile.PlanExporter;
import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.persistence.planfile.PlanFileCodec;
import be.cpas.pst.persistence.planfile.PlanSnapshots;
import be.cpas.pst.persistence.planfile.PublicationFile;
import be.cpas.pst.reporting.evaluation.EvaluationFigures;
import be.cpas.pst.reporting.evaluation.FrozenFigures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published PSTs of the organisation, as anonymous visitors read them. What a plan publishes changes only when the
 * DG records an adoption, publishes progress or publishes an evaluation: one statement reads that stamp, and the
 * public plan built for it is kept until the stamp changes — on any application node, since the stamp is read from
 * the database at every request.
 */
@Service
@Transactional(readOnly = true)
public class PublicPlans {

    private final JdbcClient jdbc;
    private final PlanFileCodec codec;
    private final PlanSnapshots snapshots;
    private final PlanExporter exporter;
    private final Map<Long, PublicPlan> kept = new ConcurrentHashMap<>();
    private final Map<Long, Stamp> keptStamps = new ConcurrentHashMap<>();

    public PublicPlans(JdbcClient jdbc, PlanFileCodec codec, PlanSnapshots snapshots, PlanExporter exporter) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.snapshots = snapshots;
        this.exporter = exporter;
    }

    /**
     * What identifies a plan's public state: its latest adopted version, latest progress publication and published
     * evaluations. Pages use it as their {@code ETag}.
     */
    public record Stamp(long planId, long versionId, long progressId, String evaluations, Instant lastModified) {

        public String etag() {
            return "\"pst-" + planId + "-" + versionId + "-" + progressId + "-"
                    + Integer.toHexString(evaluations.hashCode()) + "\"";
        }
    }

    /** A published plan in the list of the public home page. */
    public record Listing(long planId, String title, int start, int end, String organisation, int version,
            LocalDate adoptedOn) {
    }

    /** The plans with an adopted version, the most recent mandate first (one statement). */
    public List<Listing> listings() {
        return jdbc.sql("""
                        select p.id, p.title, p.period_start, p.period_end, o.name, v.number, v.decided_on
                        from plan p join organisation o on o.id = p.organisation_id
                        join lateral (select number, decided_on from plan_version v
                                      where v.plan_id = p.id and v.kind = 'ADOPTED'
                                      order by v.number desc limit 1) v on true
                        order by p.period_start desc, p.id desc""")
                .query((rs, n) -> new Listing(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** The stamp of a plan's public state, or empty when the plan has no adopted version (one statement). */
    public Optional<Stamp> stamp(long planId) {
        return jdbc.sql("""
                        select v.id,
                               (select p.id from progress_publication p where p.plan_id = v.plan_id
                                order by p.published_at desc, p.id desc limit 1),
                               (select coalesce(string_agg(e.id || ':' || e.version, ',' order by e.id), '')
                                from evaluation e where e.plan_id = v.plan_id and e.status = 'PUBLISHED'),
                               greatest(v.recorded_at, (select max(p.published_at) from progress_publication p
                                                        where p.plan_id = v.plan_id),
                                        (select max(e.publication_changed_at) from evaluation e
                                         where e.plan_id = v.plan_id))
                        from plan_version v where v.plan_id = :plan and v.kind = 'ADOPTED'
                        order by v.number desc limit 1""")
                .param("plan", planId)
                .query((rs, n) -> new Stamp(planId, rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /** The published plan for a stamp: kept while the stamp is unchanged, built otherwise. */
    public PublicPlan published(Stamp stamp) {
        PublicPlan plan = kept.get(stamp.planId());
        if (plan != null && stamp.equals(keptStamps.get(stamp.planId()))) {
            return plan;
        }
        PublicPlan built = build(stamp);
        kept.put(stamp.planId(), built);
        keptStamps.put(stamp.planId(), stamp);
        return built;
    }

    /** The published plan, or {@link NotFound} when the plan has no adopted version. */
    public PublicPlan published(long planId) {
        return published(stamp(planId).orElseThrow(() -> new NotFound("plan.notFound", "No published plan")));
    }

    private PublicPlan build(Stamp stamp) {
        Version version = jdbc.sql("""
                        select number, decided_on, deliberation, content, settings from plan_version where id = :id""")
                .param("id", stamp.versionId())
                .query((rs, n) -> new Version(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .single();
        Progress progress = progress(stamp.progressId());
        List<PublicPlan.PublishedEvaluation> evaluations = jdbc.sql("""
                        select id, evaluation_year, kind, presented_on, deliberation from evaluation
                        where plan_id = :plan and status = 'PUBLISHED' order by evaluation_year desc, id desc""")
                .param("plan", stamp.planId())
                .query((rs, n) -> new PublicPlan.PublishedEvaluation(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        return assemble(stamp.planId(), new PublicPlan.Version(version.number(), version.decidedOn(),
                        version.deliberation()), codec.read(version.content().getBytes(StandardCharsets.UTF_8)),
                snapshots.readSettings(version.settings()), progress == null ? null : progress.figures(),
                evaluations);
    }

    private Progress progress(long progressId) {
        if (progressId == 0) {
            return null;
        }
        return jdbc.sql("select figures from progress_publication where id = :id").param("id", progressId)
                .query((rs, n) -> new Progress(EvaluationFigures.read(rs.getString(1)))).single();
    }

    /**
     * The plan as a citizen would see it if the working version were adopted now with the current settings, with
     * the latest published progress: the DG's preview. Never kept.
     */
    public PublicPlan preview(long planId) {
        Optional<Stamp> stamp = stamp(planId);
        Progress progress = stamp.map(s -> progress(s.progressId())).orElse(null);
        return assemble(planId, null, exporter.content(planId), snapshots.settings(planId),
                progress == null ? null : progress.figures(), List.of());
    }

    /**
     * A version as council members read it: all its content but what is internal (persons, budgets, indicators,
     * context all shown; no progress — the version is what was adopted).
     */
    public PublicPlan councilView(long planId, int number, LocalDate decidedOn, String deliberation,
            String content) {
        return assemble(planId, new PublicPlan.Version(number, decidedOn, deliberation), read(content), EVERYTHING,
                null, List.of());
    }

    static PublicPlan assemble(long planId, PublicPlan.Version version, PlanFile content, PublicationFile settings,
            FrozenFigures progress, List<PublicPlan.PublishedEvaluation> evaluations) {
        PlanFile file = PublicContent.of(content, settings, progress);
        PublicTree tree = new PublicTree(file);
        LocalDate asOf = progress == null || !settings.avancement() ? null : progress.referenceDate();
        return new PublicPlan(planId, version, file, settings, asOf, List.copyOf(tree.roots),
                java.util.Collections.unmodifiableMap(tree.byId), Map.copyOf(tree.parents), evaluations);
    }

    private record Version(int number, LocalDate decidedOn, String deliberation, String content, String settings) {
    }

    private record Progress(FrozenFigures figures) {
    }

    /** The elements of the working version the DG keeps out of the public PST. */
    public java.util.Set<Long> keptPrivate(long planId) {
        return java.util.Set.copyOf(snapshots.settings(planId).elementsNonPublics());
    }

    /** A version's content, read back. */
    public PlanFile read(String content) {
        return codec.read(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The working version's content, as a version would keep it now. */
    public PlanFile working(long planId) {
        return exporter.content(planId);
    }

    /** The working version as council members and the DG read it: every element, nothing internal, no progress. */
    public PublicPlan workingView(long planId) {
        return assemble(planId, null, exporter.content(planId), EVERYTHING, null, List.of());
    }

    /** What a council member reads of a version: all but what is internal. */
    private static final PublicationFile EVERYTHING = new PublicationFile(true, true, true, true, false, true, "",
            List.of());

    /** The public content as open data: the plan-file format without any non-public field. */
    public byte[] openData(PublicPlan plan) {
        return codec.write(plan.file());
    }
}
