-- The audit trail: every insert, update and delete of plan content and accounts, with who, when, and the old and
-- new value of each changed field (a JSON array of {"field", "old", "new"}).

create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamp with time zone not null default now(),
    actor         varchar(200) not null,
    actor_account_id bigint,
    action        varchar(10) not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type   varchar(60) not null,
    entity_id     bigint not null,
    entity_label  varchar(300),
    plan_id       bigint,
    node_id       bigint,
    changes       jsonb not null default '[]'::jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_node_idx on audit_event (node_id, occurred_at desc);
create index audit_event_plan_idx on audit_event (plan_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
