-- Automatic notices (made responsable or pilote, a deadline close, work without update, the weekly summary): each
-- kind can be turned off for a plan (account_id null: the DG's choice) and by each person for a plan.
create table notice_setting (
    id          bigint generated always as identity primary key,
    plan_id     bigint not null references plan (id) on delete cascade,
    account_id  bigint references account (id) on delete cascade,
    kind        varchar(20) not null check (kind in ('ASSIGNED', 'DUE_SOON', 'STALE', 'WEEKLY')),
    enabled     boolean not null,
    version     bigint not null default 0
);

create unique index notice_setting_once on notice_setting (plan_id, coalesce(account_id, 0), kind);

create constraint trigger notice_setting_bumps_revision after insert or update or delete on notice_setting
    deferrable initially deferred for each row execute function bump_plan_data_revision();
