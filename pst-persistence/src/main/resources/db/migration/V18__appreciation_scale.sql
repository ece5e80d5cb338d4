-- The scale on which a plan's evaluations appreciate its objectives and work: the five levels of the regional guide
-- (atteint, en bonne voie, à renforcer, non atteint, sans objet) keep their meaning, each plan may word them its own
-- way (null: the default wording) and leave out those it does not use.
create table appreciation_scale (
    id                bigint generated always as identity primary key,
    plan_id           bigint not null unique references plan (id) on delete cascade,
    achieved          varchar(100),
    on_track          varchar(100),
    to_strengthen     varchar(100),
    not_achieved      varchar(100),
    not_applicable    varchar(100),
    -- the levels left out, as their names (e.g. 'NOT_APPLICABLE'), separated by commas
    unused            varchar(100) not null default '',
    version           bigint not null default 0
);

create constraint trigger appreciation_scale_bumps_revision after insert or update or delete on appreciation_scale
    deferrable initially deferred for each row execute function bump_plan_data_revision();
