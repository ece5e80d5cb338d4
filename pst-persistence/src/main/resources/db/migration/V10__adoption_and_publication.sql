-- Adoption, versions and the published PST.
--
-- What the DG chose to make public (the plan's publication settings; by default services but never persons, and no
-- budget amounts), and the elements kept out of the public version.
alter table plan
    add column publish_context    boolean not null default true,
    add column publish_swot       boolean not null default true,
    add column publish_budget     boolean not null default false,
    add column publish_indicators boolean not null default true,
    add column publish_progress   boolean not null default true,
    add column publish_persons    boolean not null default false,
    add column open_data_licence  varchar(200) not null default 'Creative Commons Attribution 4.0 (CC BY 4.0)';

alter table plan_node add column kept_private boolean not null default false;

-- A version of the plan as the council adopted it (kind ADOPTED), or as the DG recorded minor changes to be reported
-- with the next evaluation (kind MINOR): the plan's content in the plan-file format, and the publication settings of
-- that day. Never changed once written: a trigger refuses any update.
create table plan_version (
    id                     bigint generated always as identity primary key,
    plan_id                bigint not null references plan (id) on delete cascade,
    number                 integer not null check (number >= 1),
    kind                   varchar(10) not null check (kind in ('ADOPTED', 'MINOR')),
    decided_on             date not null,
    deliberation           varchar(300),
    summary                text,
    deliberation_pdf       bytea,
    deliberation_pdf_name  varchar(200),
    content                text not null,
    settings               text not null,
    recorded_at            timestamp with time zone not null,
    recorded_by            varchar(200),
    version                bigint not null default 0,
    constraint plan_version_unique unique (plan_id, number)
);

create function refuse_plan_version_change() returns trigger language plpgsql as $$
begin
    raise exception 'a version of a plan is never changed once recorded';
end
$$;

create trigger plan_version_immutable before update on plan_version
    for each row execute function refuse_plan_version_change();

-- The state of progress the DG published at a date: the figures of that day, as an evaluation freezes them. The public
-- never sees work in between two publications.
create table progress_publication (
    id            bigint generated always as identity primary key,
    plan_id       bigint not null references plan (id) on delete cascade,
    as_of         date not null,
    figures       text not null,
    published_at  timestamp with time zone not null,
    published_by  varchar(200),
    version       bigint not null default 0
);

create index progress_publication_plan on progress_publication (plan_id, published_at desc);

create constraint trigger plan_version_bumps_revision after insert or update or delete on plan_version
    deferrable initially deferred for each row execute function bump_plan_data_revision();
create constraint trigger progress_publication_bumps_revision after insert or update or delete on progress_publication
    deferrable initially deferred for each row execute function bump_plan_data_revision();
