-- The directeur financier's follow-up (issue "financial follow-up"):
--  * a budget line is a dépense or a recette, and may carry the label its article has in the accounting;
--  * a year's figures keep the credits of the initial budget beside the credits after budget modifications
--    (column "inscribed", as before), the committed and the charged amounts;
--  * the multi-year projections the accounting (eComptes) attaches to an element are kept as it sends them.
alter table budget_line
    add column flow          varchar(10) not null default 'EXPENSE' check (flow in ('EXPENSE', 'REVENUE')),
    add column article_label varchar(255);

alter table budget_follow_up
    add column initial_credit numeric(14, 2) check (initial_credit >= 0);

create table budget_projection (
    id              bigint generated always as identity primary key,
    node_id         bigint not null references plan_node (id) on delete cascade,
    budget_service  varchar(15) not null check (budget_service in ('ORDINARY', 'EXTRAORDINARY')),
    flow            varchar(10) not null check (flow in ('EXPENSE', 'REVENUE')),
    economic_group  varchar(50) not null,
    label           varchar(255),
    budget_year     integer not null check (budget_year between 2000 and 2100),
    amount          numeric(14, 2) not null,
    constraint budget_projection_unique unique (node_id, budget_service, flow, economic_group, budget_year)
);
create index budget_projection_node_idx on budget_projection (node_id);

create constraint trigger budget_projection_bumps_revision after insert or update or delete on budget_projection
    deferrable initially deferred for each row execute function bump_plan_data_revision();
