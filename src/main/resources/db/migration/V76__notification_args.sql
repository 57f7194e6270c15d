-- A message's values, kept with it so that it is written in the reader's language when read (the portal's home in
-- Spanish or English), not only in the language of its recipient when it was recorded. A JSON array of strings, each
-- typed by its prefix: "d:" a date (ISO), "n:" a count, "i:" an id, "t:" a text as it is (a task name), "c:<id>:" a
-- contract named by its title, "s:<id>:" a wage-subsidy request named by its position (the title or position as it
-- was when the message was recorded; empty when unknown, then the message names the id).
-- Rows recorded before keep no values (null): they are shown with their subject and body as written then.
alter table notification add column args varchar(4000);
