-- One number that changes whenever a committed transaction has changed the content of a plan (its structure, its
-- fiches, journal, étapes, indicators, budget, vocabularies, context or evaluation), whoever wrote it: the
-- application, an import, or someone at the SQL prompt. Read models computed from plan data (the CODIR dashboard)
-- are kept as long as this number is unchanged; it is read before their data, so a kept result is never older than
-- the number it is kept under.
--
-- The triggers are deferred to the end of the transaction and bump the number once per transaction, so a writer holds
-- the row only while it commits: concurrent writers never wait on each other for the length of their work.
-- A table added later that holds plan content must get the same trigger (a test checks every table).
create table plan_data_revision (
    singleton  boolean primary key default true check (singleton),
    revision   bigint  not null
);
insert into plan_data_revision (singleton, revision) values (true, 0);

create function bump_plan_data_revision() returns trigger language plpgsql as $$
begin
    if current_setting('pst.plan_data_revision_bumped', true) is distinct from 'yes' then
        perform set_config('pst.plan_data_revision_bumped', 'yes', true);
        update plan_data_revision set revision = revision + 1;
    end if;
    return null;
end
$$;

do $$
declare
    content_table text;
begin
    foreach content_table in array array[
        'plan', 'plan_swot_item', 'priority_level', 'progress_state', 'service_unit', 'partner', 'person',
        'political_objective', 'plan_node', 'node_service', 'node_partner', 'node_political_objective',
        'node_secondary_objective', 'node_sdg', 'node_enjeu', 'node_risk', 'plan_step', 'indicator',
        'indicator_value', 'budget_line', 'budget_follow_up', 'progress_entry', 'evaluation', 'evaluation_item']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_plan_data_revision()',
                       content_table || '_bumps_revision', content_table);
    end loop;
end
$$;
