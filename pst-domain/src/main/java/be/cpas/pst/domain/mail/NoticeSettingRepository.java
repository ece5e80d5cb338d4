package be.cpas.pst.domain.mail;

import java.util.List;

/** Port to the notices' settings. */
public interface NoticeSettingRepository {

    /** Every setting of a plan: the plan's own and each person's. */
    List<NoticeSetting> findByPlan(long planId);

    /** A person's settings, on every plan. */
    List<NoticeSetting> findByAccount(long accountId);

    NoticeSetting save(NoticeSetting setting);
}
