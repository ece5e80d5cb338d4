package be.cpas.pst.reporting.campaign;

import be.cpas.pst.domain.campaign.CampaignFreezer;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's progress in one statement: the plan's open projets and actions (not done, abandoned or suspended),
 * who is asked to update each, and the day of its first update since the campaign opened; written down when the
 * campaign is closed, and read back as it was.
 */
@Service
@Transactional(readOnly = true)
public class CampaignFigures implements CampaignFreezer {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;

    public CampaignFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The progress of a campaign: as kept when it was closed, computed now while it is open. */
    public CampaignProgress progress(UpdateCampaign campaign) {
        if (!campaign.isOpen() && campaign.getClosingFigures() != null) {
            return JSON.readValue(campaign.getClosingFigures(), CampaignProgress.class);
        }
        return compute(campaign.getPlan().getId(), campaign.getOpenedAt().atZone(BRUSSELS).toLocalDate());
    }

    /** The open campaign of a plan in a few words, for the dashboard. */
    public record Summary(long campaignId, String title, LocalDate deadline, long updated, long total) {
    }

    /** What was last counted for a plan, under the data revision it was counted at. */
    private record Kept(long revision, long campaignId, Summary summary) {
    }

    private final Cache<Long, Kept> kept = Caffeine.newBuilder().maximumSize(200).build();

    /** An open campaign and the data revision, read in one statement. */
    private record Open(long id, String title, LocalDate deadline, Instant openedAt, long revision) {
    }

    /**
     * The plan's open campaign and how far it has come, for the dashboard: one statement (the campaign and the data
     * revision) while nothing changed in any plan since it was last counted.
     */
    public Optional<Summary> summary(long planId) {
        Optional<Open> open = jdbc.sql("""
                        select c.id, c.title, c.deadline, c.opened_at, (select revision from plan_data_revision)
                        from update_campaign c where c.plan_id = :plan and c.closed_at is null""")
                .param("plan", planId)
                .query((rs, i) -> new Open(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5)))
                .optional();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Open campaign = open.get();
        Kept known = kept.getIfPresent(planId);
        if (known != null && known.revision() == campaign.revision() && known.campaignId() == campaign.id()) {
            return Optional.of(known.summary());
        }
        CampaignProgress progress = compute(planId, campaign.openedAt().atZone(BRUSSELS).toLocalDate());
        Summary summary = new Summary(campaign.id(), campaign.title(), campaign.deadline(), progress.updated(),
                progress.total());
        kept.put(planId, new Kept(campaign.revision(), campaign.id(), summary));
        return Optional.of(summary);
    }

    /** A closed campaign of a plan, as its figures were kept: for the evaluation of its year. */
    public record Closed(String title, LocalDate deadline, long updated, long total) {

        public int percent() {
            return new CampaignProgress.Count("", updated, total).percent();
        }
    }

    /** The campaigns of a plan closed with figures, opened during a year, in their order. */
    public List<Closed> closedIn(long planId, int year) {
        return jdbc.sql("""
                        select title, deadline, closing_figures from update_campaign
                        where plan_id = :plan and closed_at is not null and closing_figures is not null
                          and extract(year from opened_at at time zone 'Europe/Brussels') = :year
                        order by opened_at""")
                .param("plan", planId).param("year", year)
                .query((rs, i) -> {
                    CampaignProgress kept = JSON.readValue(rs.getString(3), CampaignProgress.class);
                    return new Closed(rs.getString(1), rs.getObject(2, LocalDate.class), kept.updated(),
                            kept.total());
                })
                .list();
    }

    @Override
    public String figuresOf(UpdateCampaign campaign) {
        return JSON.writeValueAsString(compute(campaign.getPlan().getId(),
                campaign.getOpenedAt().atZone(BRUSSELS).toLocalDate()));
    }

    CampaignProgress compute(long planId, LocalDate since) {
        return new CampaignProgress(jdbc.sql("""
                        select n.id, n.code, n.title,
                               (select string_agg(s.name, ', ' order by s.position) from node_service ns
                                join service_unit s on s.id = ns.service_id where ns.node_id = n.id) as services,
                               coalesce(r.name, pi.name) as person,
                               coalesce(ra.id, pa.id) as account_id, coalesce(ra.display_name, pa.display_name),
                               coalesce(ra.email, pa.email), pa.id as pilote_account,
                               (select min(e.recorded_on) from progress_entry e
                                where e.node_id = n.id and e.recorded_on >= :since) as updated_on
                        from plan_node n
                        left join progress_state st on st.id = n.state_id
                        left join person r on r.id = n.responsable_id
                        left join account ra on ra.id = r.account_id and ra.active
                        left join person pi on pi.id = n.pilote_id
                        left join account pa on pa.id = pi.account_id and pa.active
                        where n.plan_id = :plan and n.kind in ('ACTION', 'PROJECT')
                          and coalesce(st.category, 'NOT_STARTED') not in ('DONE', 'ABANDONED', 'SUSPENDED')
                        order by n.id""")
                .param("plan", planId).param("since", since)
                .query((rs, i) -> new CampaignProgress.Item(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8),
                        (Long) rs.getObject(9), rs.getObject(10, LocalDate.class)))
                .list());
    }
}
