-- What a notice to a bidder says, kept beside its English sentence so that the bidder's page writes it in the reader's
-- language (English or Spanish) from its values, not by reading the English sentence back: a code (a sentence of the
-- procurement bundle, bidNotice.<code>: awarded, unsuccessful, disqualified, nonResponsive, cancelled), the
-- solicitation's title as it was, and as the code needs them the bid's rank and total points (unsuccessful) or the
-- reason (the bid's outcome when ruled out, in the screening's English; the officer's words when cancelled).
-- text stays the English the API answers and mail sends.
alter table bidder_notice add column reason_code varchar(30);
alter table bidder_notice add column solicitation_title varchar(200);
alter table bidder_notice add column bid_rank integer;
alter table bidder_notice add column total_points numeric(7, 2);
alter table bidder_notice add column reason varchar(4000);

-- Notices recorded before: their values are read from the sentence as Awards and Solicitations.cancel wrote it
-- ("Solicitation 12 (Roof). Your bid ..."), only where the sentence is exactly that with the solicitation's id and
-- title (and, unsuccessful, the bid's rank and total score as stored). A notice written otherwise (an older wording, a
-- title changed since) keeps no code; its page reads its English sentence as before.
update bidder_notice set reason_code = 'awarded',
    solicitation_title = (select s.title from solicitation s where s.id = bidder_notice.solicitation_id)
where reason_code is null and kind = 'AWARDED' and exists (select 1 from solicitation s
    where s.id = bidder_notice.solicitation_id
    and bidder_notice.text = 'Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title || '). Your bid was awarded: '
        || s.title);

update bidder_notice set reason_code = 'unsuccessful',
    solicitation_title = (select s.title from solicitation s where s.id = bidder_notice.solicitation_id),
    bid_rank = (select b.ranking from bid b where b.id = bidder_notice.bid_id),
    total_points = (select b.total_score from bid b where b.id = bidder_notice.bid_id)
where reason_code is null and kind = 'UNSUCCESSFUL' and exists (select 1 from solicitation s, bid b
    where s.id = bidder_notice.solicitation_id and b.id = bidder_notice.bid_id
    and bidder_notice.text = 'Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title || '). Your bid ranked #'
        || cast(b.ranking as varchar(20)) || ' with ' || cast(b.total_score as varchar(20)) || ' points and was not awarded.');

update bidder_notice set reason_code = 'disqualified',
    solicitation_title = (select s.title from solicitation s where s.id = bidder_notice.solicitation_id),
    reason = substring(bidder_notice.text from char_length((select 'Solicitation ' || cast(s.id as varchar(20)) || ' ('
        || s.title || '). Your bid was disqualified: ' from solicitation s where s.id = bidder_notice.solicitation_id)) + 1)
where reason_code is null and kind = 'DISQUALIFIED' and exists (select 1 from solicitation s
    where s.id = bidder_notice.solicitation_id
    and substring(bidder_notice.text from 1 for char_length('Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title
        || '). Your bid was disqualified: ')) = 'Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title
        || '). Your bid was disqualified: ');

update bidder_notice set reason_code = 'nonResponsive',
    solicitation_title = (select s.title from solicitation s where s.id = bidder_notice.solicitation_id),
    reason = substring(bidder_notice.text from char_length((select 'Solicitation ' || cast(s.id as varchar(20)) || ' ('
        || s.title || '). Your bid was non-responsive: ' from solicitation s where s.id = bidder_notice.solicitation_id)) + 1)
where reason_code is null and kind = 'NON_RESPONSIVE' and exists (select 1 from solicitation s
    where s.id = bidder_notice.solicitation_id
    and substring(bidder_notice.text from 1 for char_length('Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title
        || '). Your bid was non-responsive: ')) = 'Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title
        || '). Your bid was non-responsive: ');

update bidder_notice set reason_code = 'cancelled',
    solicitation_title = (select s.title from solicitation s where s.id = bidder_notice.solicitation_id),
    reason = substring(bidder_notice.text from char_length((select 'Solicitation ' || cast(s.id as varchar(20)) || ' ('
        || s.title || ') was cancelled: ' from solicitation s where s.id = bidder_notice.solicitation_id)) + 1)
where reason_code is null and kind = 'SOLICITATION_CANCELLED' and exists (select 1 from solicitation s
    where s.id = bidder_notice.solicitation_id
    and substring(bidder_notice.text from 1 for char_length('Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title
        || ') was cancelled: ')) = 'Solicitation ' || cast(s.id as varchar(20)) || ' (' || s.title || ') was cancelled: ');
