-- Plan tasks, third reading: a period of years instead of a yearly flag ("2017年起每2年…" is due
-- every two years), the sentence a task belongs to (what its links are matched on beside its own
-- text; null for tasks read before), the basis of a completion (reported, or the national list
-- naming a linked measure as proven in the province), and why each measure was matched or
-- proposed: the phrases it shares with the task and whether the list names the task's province.
alter table plan_task add column period_years integer check (period_years is null or period_years > 0);
update plan_task set period_years = 1 where yearly;
alter table plan_task drop column yearly;
alter table plan_task add column context text;
alter table plan_task add column done_basis varchar(16); -- reported | national-list
update plan_task set done_basis = 'reported' where done_on is not null;

alter table plan_task_measure add column phrases text; -- '、'-joined, strongest first
alter table plan_task_measure add column proven_in_province boolean;
alter table plan_task_candidate add column phrases text;
alter table plan_task_candidate add column proven_in_province boolean;
