-- A decision of an evaluation applied to the plan from the evaluation page: when, and on which element (the element
-- abandoned or postponed, or the one created by "ajouter"); the element's side keeps it in its journal or text.
alter table evaluation_item
    add column applied_on      date,
    add column applied_node_id bigint references plan_node (id) on delete set null;
