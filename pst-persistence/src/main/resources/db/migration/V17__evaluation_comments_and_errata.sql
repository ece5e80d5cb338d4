-- What the responsable of an action says of it in an evaluation (beside what its pilote writes), the review of its
-- commune/CPAS synergy, and the errata of
-- an evaluation presented to the council: once presented, nothing in it changes; a correction is added, dated,
-- signed and kept, and the report prints it beside what it corrects.
alter table evaluation_item
    add column responsable_comment text,
    add column comment_author      varchar(200),
    add column commented_on        date,
    -- the synergy review's text on this element's commune/CPAS synergy (compulsory at mid-term and at the end)
    add column synergy_review      text;

create table evaluation_erratum (
    id            bigint generated always as identity primary key,
    evaluation_id bigint not null references evaluation (id) on delete cascade,
    -- the element whose text is corrected; null: the report as a whole (introduction, synergies, a figure)
    node_id       bigint references plan_node (id) on delete set null,
    -- what is corrected, as the report named it on the day (kept if the element is deleted later)
    subject       varchar(400) not null,
    correction    text not null,
    reason        text,
    recorded_on   date not null,
    author        varchar(200) not null
);

create index evaluation_erratum_evaluation on evaluation_erratum (evaluation_id);

-- an erratum changes what a published evaluation's report says: the pages and documents kept in memory are redrawn
create constraint trigger evaluation_erratum_bumps_revision after insert or update or delete on evaluation_erratum
    deferrable initially deferred for each row execute function bump_plan_data_revision();
