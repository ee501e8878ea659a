-- A counted commitment may be a range (选择1—2个县: 1 to 2 个 县): its upper end. (Evidence is stored
-- as JSON; its figures' upper ends and the dates of the acts it reports need no column.)
alter table adoption_milestone add column figure_up_to numeric(18, 4);
