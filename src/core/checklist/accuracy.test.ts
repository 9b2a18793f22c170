// The accuracy figures hold: scoring follows the corpus format's labels, and the engine does not
// fall below what it reached on the dev split and the held-out test split (a floor, never a target:
// the test split is not tuned on, see ../fixtures/heldout/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ticket } from '../fixtures/build';
import { fits, precision, recall, scoreTickets, type LabelledTicket } from './accuracy';

const FIXTURES = join(__dirname, '../fixtures');
const load = (folder: string): LabelledTicket[] =>
  readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, folder, f), 'utf8')) as LabelledTicket[]);

describe('fits', () => {
  it('reads the four labels', () => {
    expect(fits('present', 'weak')).toBe(false);
    expect(fits('missing', 'weak')).toBe(false);
    expect(fits('notMissing', 'weak')).toBe(true);
    expect(fits('notPresent', 'weak')).toBe(true);
    expect(fits('notPresent', 'present')).toBe(false);
  });
});

describe('scoreTickets', () => {
  it('counts a ticket fully right only when every label and the scope level fit', () => {
    const t = ticket({ description: 'Only one student (SID 4481923) cannot open the quiz at Lincoln High School since this morning.' });
    const r = scoreTickets([
      { name: 'right', issueType: 'problem', ticket: t, expect: { userIds: 'present', scope: 'present' }, scopeLevel: 'user' },
      { name: 'wrong level', issueType: 'problem', ticket: t, expect: { userIds: 'present' }, scopeLevel: 'class' },
    ]);
    expect(r.fullyRight).toBe(1);
    expect(r.misses).toEqual([expect.objectContaining({ name: 'wrong level', item: 'scopeLevel', expected: 'class', got: 'user' })]);
    expect(recall(r.items.userIds!)).toBe(1);
    expect(precision(r.items.userIds!)).toBe(1);
  });
});

describe('the engine on labelled tickets', () => {
  it.each([
    // A chat's timestamps ("(07:52:10 AM) Tamika: ...") are no longer a numbered list: one chat in the
    // corpus and one in dev3 had steps only by that accident (150 -> 149, 68 -> 67).
    // The troubleshooting model (session 5, trained on the dev splits, so these gains are in-sample):
    // corpus 149 -> 150 fully right, 97.7% -> 97.8%; dev4 96.8% -> 97.0%; dev5 37 -> 38, 94.9% -> 95.4%.
    // Retrained on dev6 too (session 6; chosen by the same cross-validation): corpus 150 -> 148, dev4 45 -> 46, dev5 39 -> 42.
    // Session 10: 150 -> 151. Session 11: 152. Session 14 (some of its rules from the corpus's misses): 156. Session 17: 157.
    ['corpus', 180, 157, 0.982],
    ['dev2', 60, 51, 0.986],
    // The user-ids model (trained on the dev splits, so in-sample): dev3 67 -> 68 fully right, 97.8% -> 97.9%
    // (three usernames listed above a quoted question); dev5 38 -> 39, 95.4% -> 96.1% (a form's tenant and
    // incident ids and the requester's own email no longer read as user ids; lhall2031 found).
    ['dev3', 80, 68, 0.979],
    ['dev4', 60, 47, 0.974],
    // Set J, first run (written blind in session 5): 34 fully right, 93.8%; 37, 94.7% after its user ids, scope values and Spanish outcomes.
    ['dev5', 60, 49, 0.978],
    // Set N, first run (written blind in session 6): 29 fully right, 91.7%; after its form fields, scope and troubleshooting phrases: 39, 95.2%.
    ['dev6', 60, 45, 0.971],
    // Set O, first run (written blind in session 6, two thirds chats, phone notes and forms): 34 fully right, 93.6%.
    ['dev7', 60, 43, 0.968],
    // Set P, first run (written blind in session 6, mostly emails): 39 fully right, 94.9%.
    // Session 8: a request quoted from the screen ('it said "please try again"') is no longer masked, and
    // the item models retrained on the features that changed: their weights moved in the third decimal
    // and two borderline steps verdicts flipped (dev8 52 -> 51 -> 52 after the next retraining, dev14
    // 36 -> 35; dev18 39 -> 40). An ask now blanks its own sentence, not the rest of its line: dev20
    // 94.25% -> 94.02% (a DPA reference kept beside the ids lets the ids model veto them).
    // Session 10: an indirect question ("... if you need something more") no longer states a scope: 52 -> 51.
    ['dev8', 60, 51, 0.976],
    // Set R, first run (written blind in session 6): 32 fully right, 92.2%. Set S (long threads), first run: 36, 92.9%.
    ['dev9', 60, 44, 0.962],
    ['dev10', 60, 38, 0.944],
    // Set T (chats, SMS, voicemail), first run: 35 fully right, 93.1%. Set U (school staff's emails), first run: 34, 93.4%.
    ['dev11', 60, 46, 0.965],
    ['dev12', 60, 41, 0.958],
    // Set W (late in session 6), first run: 33 fully right, 92.0%.
    ['dev13', 60, 43, 0.955],
    // Set Z (session 7: past-tense stories, districts), first run: 30 fully right, 92.6%. Set AA (hard
    // negatives, corrections in later comments), first run: 25, 91.4%.
    // After session 7's changes made for them: Z 37, 94.9%; AA 35, 93.7%; then its review's precision
    // fixes (rules that misread ordinary sentences taken back or narrowed): Z 35, AA 34, AB 37, AC 35.
    ['dev14', 60, 35, 0.947],
    ['dev15', 60, 34, 0.937],
    // Set AB (user ids every way, parents, short stories), first run: 35 fully right, 94.4%. Set AC (district
    // IT, integrations, actions-taken lists), first run: 32, 94.0%.
    ['dev16', 60, 38, 0.953],
    ['dev17', 60, 36, 0.956],
    // Session 8: sets AG, AH, AI (dev18-dev20), first runs 33, 36 and 27 of 60 (93.3%, 94.0%, 92.6%); then
    // relabelled where the writers' instructions had contradicted the shared corpus (a parent's own child is
    // one user; a school only from an email domain is borderline): 37, 41, 28; after session 8's changes
    // 40, 42, 32; after session 9's:
    ['dev18', 60, 43, 0.969],
    ['dev19', 60, 45, 0.969],
    ['dev20', 60, 35, 0.946],
    // Session 9: sets AL and AM (dev21, dev22), first runs 25 and 37 of 60 (92.9%, 95.1%); after the
    // session's changes (and its review's narrowing):
    ['dev21', 60, 30, 0.939],
    // (dev22 40 -> 39 when "not sure if any other teachers have it" became scope not known: a borderline label.)
    // Session 10: "do you know if any other students in her class ..." (a question) no longer gives the level: 39 -> 38.
    ['dev22', 60, 38, 0.955],
    // Sets AO and AP (dev23, dev24; written late in session 9), first runs 23 and 36 of 60 (89.0%, 93.1%); after its changes:
    ['dev23', 60, 34, 0.921],
    ['dev24', 60, 39, 0.946],
    // Session 10: sets AT, AU, AX, AY, AZ, BA, BD (dev25-dev31), first runs 38, 34, 31, 36, 40, 27 and 37
    // of 60; after its changes (three blind reviews narrowed them):
    ['dev25', 60, 48, 0.974],
    ['dev26', 60, 46, 0.965],
    ['dev27', 60, 37, 0.951],
    ['dev28', 60, 46, 0.972],
    ['dev29', 60, 42, 0.962],
    ['dev30', 60, 30, 0.933],
    ['dev31', 60, 40, 0.953],
    // Session 11: sets BG, BH, BI, BJ, BM, BN (dev32-dev37), first runs 38, 35, 26, 31, 28 and 39 of 60;
    // after its changes (two blind reviews narrowed them):
    ['dev32', 60, 45, 0.96],
    ['dev33', 60, 38, 0.942],
    ['dev34', 60, 29, 0.925],
    ['dev35', 60, 39, 0.951],
    ['dev36', 60, 33, 0.942],
    ['dev37', 60, 43, 0.953],
    // Session 12: sets BQ, BR, BS, BT, BU, BV, BX, BY, BZ (dev38-dev46), first runs 33, 34, 39, 37, 42, 35,
    // 33, 38 and 31 of 60; after its changes (two blind reviews narrowed them):
    ['dev38', 60, 42, 0.967],
    ['dev39', 60, 43, 0.964],
    ['dev40', 60, 43, 0.974],
    ['dev41', 60, 44, 0.962],
    ['dev42', 60, 45, 0.962],
    ['dev43', 60, 46, 0.967],
    ['dev44', 60, 34, 0.934],
    ['dev45', 60, 39, 0.95],
    ['dev46', 60, 37, 0.948],
    // Session 13: sets CE, CC, CD (dev47-dev49, first runs 38, 34, 42 of 60) and, written after most of
    // its changes, CF and CG (dev50, dev51: first runs 38, 35); after its changes and a blind review:
    ['dev47', 60, 46, 0.965],
    ['dev48', 60, 36, 0.942],
    // (dev49 96.8% -> 96.5% of items in session 14: the troubleshooting model, retrained on its rules, misses one more try.)
    ['dev49', 60, 47, 0.965],
    ['dev50', 60, 39, 0.951],
    ['dev51', 60, 37, 0.944],
    // Session 14: sets CJ, CK, CM, CN (dev52-dev55, first runs 36, 38, 44, 35 of 60) and, written after
    // its first changes, CP and CO (dev56, dev57: first runs 32, 29); after its changes and a blind review:
    ['dev52', 60, 44, 0.962],
    ['dev53', 60, 42, 0.951],
    ['dev54', 60, 48, 0.969],
    ['dev55', 60, 46, 0.977],
    ['dev56', 60, 37, 0.951],
    ['dev57', 60, 38, 0.949],
    // Session 15: sets CT, CU (dev58, dev59: first runs 38, 33 of 60) and, written after its first
    // changes, CW, CX (dev60, dev61: first runs 44, 34); after its changes and a blind review:
    ['dev58', 60, 39, 0.944],
    ['dev59', 60, 36, 0.958],
    ['dev60', 60, 44, 0.965],
    ['dev61', 60, 39, 0.967],
    // Session 16: sets DD, DE (dev62, dev63), first runs 34 of 60 (94.4%) and 34 (92.8%), and, written after
    // its first changes, DF, DG (dev64, dev65), first runs 35 (94.4%) and 39 (95.9%); after its changes:
    ['dev62', 60, 41, 0.965],
    ['dev63', 60, 38, 0.949],
    ['dev64', 60, 42, 0.96],
    ['dev65', 60, 43, 0.974],
    // Sets DI, DJ (dev66, dev67, written after session 16's sealed runs DC and DH), first runs 41 (95.4%) and
    // 42 of 60 (95.6%); after the changes that followed:
    ['dev66', 60, 42, 0.957],
    ['dev67', 60, 42, 0.957],
    // Session 17: sets DO, DN, DP (dev68-dev70, written at its start), first runs 38 (94.0%), 36 (94.4%) and 38
    // (95.6%) of 60; DR, DQ (dev71, dev72, after its first changes), 36 (94.9%) and 30 (92.6%); DT (dev73, after
    // most of them), 38 (94.4%). After its changes and two blind reviews:
    ['dev68', 60, 43, 0.953],
    ['dev69', 60, 44, 0.967],
    ['dev70', 60, 44, 0.969],
    ['dev71', 60, 42, 0.958],
    ['dev72', 60, 34, 0.942],
    ['dev73', 60, 45, 0.962],
    // Session 18: sets DX, DW, DV (dev74-dev76, written at its start), first runs 36 (94.9%), 39 (93.8%) and 36
    // (95.1%) of 60; EA, EB (dev77, dev78, after its first changes), 42 (95.9%) and 29 (92.4%). After its
    // changes and two blind reviews:
    ['dev74', 60, 44, 0.969],
    ['dev75', 60, 43, 0.958],
    ['dev76', 60, 42, 0.969],
    ['dev77', 60, 46, 0.968],
    ['dev78', 60, 35, 0.942],
    // Sets EE, EF (dev79, dev80, written after its two reviews' mends), first runs 32 (91.9%) and 39 (95.8%); the
    // changes made for them were taken back after a third review; session 19's changes took them to 35 and 43:
    ['dev79', 60, 35, 0.932],
    ['dev80', 60, 43, 0.969],
    // Set EJ (dev81, written at session 19's start, ids emphasised), first run 41 (95.8%), and EK (dev82, terse
    // writers, advice reported back on), first run 42 (95.6%); after session 19's changes:
    ['dev81', 60, 44, 0.965],
    ['dev82', 60, 44, 0.96],
    // Set EI (dev83, written at session 19's start, scope emphasised), first run 36 (95.8%); after the changes:
    ['dev83', 60, 38, 0.962],
    // (Session 19's changes moved dev71, dev73-dev76, dev78-dev80 as well; the floors above are its end.)
    // Set EN (dev84, written at session 19's end, steps emphasised), first run 33 (93.0%); after session 20: 47:
    ['dev84', 60, 47, 0.967],
    // Set EM (dev85, written at session 19's end, tries emphasised), first run 37 (94.4%); after session 20: 49:
    ['dev85', 60, 49, 0.979],
    // Set EP (dev86, written during session 20, near misses on tries and scope), first run 43 (95.5%) on 44d87fc; at its end 47:
    ['dev86', 60, 47, 0.968],
    // Set EQ (dev87, written during session 20, user ids and steps in unusual shapes), first run 37 (94.1%) on 149a8e5; at its end 47:
    ['dev87', 60, 47, 0.972],
    // Sets ER (dev88, an ordinary week) and ES (dev89, answers in later comments), written during session 20, first
    // runs 44 (96.1%) and 36 (94.0%) on 942089c; at session 20's end 48 and 41:
    ['dev88', 60, 48, 0.97],
    ['dev89', 60, 41, 0.963],
    // Sets EV (dev90, near misses labelled missing) and EW (dev91, chats, phone notes, forms, forwards), written at
    // session 21's start, first runs 36 (94.0%) on b36b550 and 41 (95.2%) on 8ac08da; EY (dev92, scope and tries told
    // every way) and EZ (dev93, precision traps), written during it, first runs 35 (95.6%) on 1616029 and 33 (93.1%)
    // on eb280f6; at session 21's end 42, 48, 42 and 37:
    ['dev90', 60, 42, 0.962],
    ['dev91', 60, 48, 0.972],
    ['dev92', 60, 42, 0.971],
    ['dev93', 60, 37, 0.944],
    // Set FB (dev94, scope mentioned for other reasons half the time), written at session 21's end, first run 29
    // (92.1%, scope precision 65.8) on its final engine:
    ['dev94', 60, 29, 0.921],
    // Set FC (dev95, chats, phone notes, forms, forwards: an ordinary week), written at session 21's end, first run 38
    // (95.2%) on its final engine:
    ['dev95', 60, 38, 0.951],
    // Sets FE (dev96, no emphasis) and FF (dev97, scope and tries with near misses), written at session 22's start,
    // first runs 42 (96.5%) and 41 (95.3%) on de4b153; FG (dev98) and FH (dev99, chats, phone notes, forms, forwards),
    // written after its first round, first runs 45 (96.5%) on d76e134 and 47 (97.0%) on 41e7146; FJ (dev100) and FK
    // (dev101, the same styles, partners among them), written after its second review's mends, first runs 48 (97.9%) on
    // e7d9b47 and 42 (95.6%) on 39fe620; at session 22's end 50, 47, 50, 55, 50 and 45:
    ['dev96', 60, 50, 0.981],
    ['dev97', 60, 47, 0.965],
    ['dev98', 60, 50, 0.979],
    ['dev99', 60, 55, 0.988],
    ['dev100', 60, 50, 0.986],
    ['dev101', 60, 45, 0.96],
    // Set FM (dev102, no emphasis), written at session 22's end, first run 44 (95.4%) on its final engine:
    ['dev102', 60, 44, 0.953],
    // Set FN (dev103, parents about their own children, count-only scope, ids in prose), written at session 22's end,
    // first run 33 (93.0%, scope recall 69.0) on its final engine:
    ['dev103', 60, 33, 0.93],
    // Held-out: the third and fourth passes (tuned on dev3/dev4) left it flat: 63 -> 62 -> 61 fully
    // right, 91.0% -> 91.3% -> 91.2% of items. Not tuned on, so not chased: the floor records it.
    // Set H (30, written blind after the session's last rule change, first run): 18 fully right, 93.0%.
    // Set I (40, written blind in session 5, first run before that session's changes): 27, 95.8%.
    // Session 5's steps model and rule changes (none from the held-out): 106 -> 109, 92.3% -> 92.5%;
    // its troubleshooting model and the steps model's caps: 111, 92.7%.
    // Set K (40, written blind after those models, first run): 23 fully right, 93.5% (user ids recall 7/13).
    // The user ids model (trained on the dev splits): 134 -> 141, 92.8% -> 93.5%; set K 23 -> 25.
    // Set L (40, written blind after every change of session 5, first run): 27 fully right, 94.8%.
    // Session 6's changes from set N (form fields, scope answers, phrases; none from the held-out): 168 -> 167, 93.7% -> 93.6%.
    // The item models retrained with dev6: 167 -> 168, 93.6% -> 93.7%.
    // Session 6's rule and lexicon changes from sets N-U, and the item models retrained on N-P: 172 of 294, 94.0%.
    // Sets M and Q (40 each, written blind in session 6, sealed until its end, run once): M 24/40, 94.9%; Q 29/40, 96.5%.
    // Set V (40, written blind late in session 6, sealed, run once after every change): 23/40, 94.5%.
    // After the review's fixes: 250/414. Set X (40, written blind after every change, run once): 23/40, 93.5%.
    // Session 7's changes (from dev14-dev17 and the review; none from the held-out): 273 -> 275 of the 454.
    // Sets Y (written at its start) and AD (written late, after most changes), sealed, run once at its
    // end after every change: Y 19/40, 91.4%; AD 23/40, 92.5%.
    // Set AE (40, written blind after every change of session 7, run once): 15/40, 91.4%.
    // Session 8's changes (from dev18-dev20 and the older dev splits; none from the held-out): 332 -> 333
    // of the 574 (331 at one point, after the lower-case school names, before the review narrowed them).
    // Session 9's changes (from dev21-dev24, the older dev splits and two blind reviews; none from the
    // held-out): 405 -> 411 of the 694 (402 at one point, before the reviews narrowed its rules). Sets AN
    // (written at its start) and AQ (written late), sealed, run once after most of its changes: AN 21/40,
    // 93.2%; AQ 27/40, 95.5% (after its last changes, again: AN 22, AQ 27). Set AR (written at its end),
    // sealed, run once after its last change: 23/40, 94.5%. The 694: 420 after its last changes. Set AS
    // (written after the read-through), run once: 27/40, 95.5%.
    // Sets AF (written at its start, relabelled like dev18-dev20 before any engine ran on it) and AJ
    // (written late, from the corrected instructions), sealed, run once after every change: AF 27/40,
    // 94.9%, scope level 36/40; AJ 20/40, 92.5%, 28/40.
    // Set AK (40, written blind at the very end of session 8, run once after its last change): 23/40,
    // 94.2%, scope level 31/40. With it, 405 of 694 (the 654 before it: 380 -> 382 over the last changes).
    // Session 10's changes (from dev25-dev31, the older dev splits and three blind reviews; none from the
    // held-out): the 854 of its start 519 -> 527. Sets AV and AW (written at its start) and BB (written
    // after its reviews), sealed, run once after most of its changes: AV 30/40, 97.2%, scope level 33/40;
    // AW 28/40, 96.5%, 34/40; BB 26/40, 94.5%, 33/40 (after its last changes, again: 30, 28, 26). Set BC
    // (written late), sealed, run once after its last change: 32/40, 96.2%, 37/40. Set BE (written after
    // its read-through), run once: 28/40, 96.2%, 34/40.
    // Session 11's changes (from dev32-dev37, the older dev splits and two blind reviews; none from the
    // held-out): the 1,054 of its start 671 -> 680. Sets BF (written at its start), BK (written during it)
    // and BL (written late), sealed, run once after its last change: BF 29/40, 95.8%, scope level 30/40;
    // BK 25/40, 94.8%, 32/40; BL 29/40, 96.5%, 36/40. A third review's take-backs after that: BF 29, BK 25,
    // BL 28 (96.2%, 35/40), the split 763 -> 762. Set BO (written after its last rule change and
    // read-through), run once: 23/40, 94.5%, 29/40.
    // Session 12's changes (from dev38-dev46, the older dev splits and two blind reviews; none from the
    // held-out): the 1,214 of its start 785 -> 793. Sets BP (written at its start) and BW (written after its
    // first review's mends), sealed, run once after its last change: BP 31/40, 98.3%, scope level 32/40;
    // BW 23/40, 94.5%, 28/40. Set CA (written after its last rule change), run once: 24/40, 94.1%, 31/40.
    // Session 13's changes (from dev47-dev51, the older dev splits and a blind review; none from the
    // held-out): the 1,334 of its start 871 -> 877. Set CB (written at its start), sealed, run once after
    // its last change: 26/40, 95.8%, scope level 30/40. Set CH (written after its last rule change), run
    // once: 26/40, 94.1%, 33/40. Set CI (written after its read-through), run once: 28/40, 95.8%, 34/40.
    // Session 14's changes (from dev52-dev57, the corpus, the older dev splits and a blind review; none
    // from the held-out): the 1,454 of its start 957 -> 959. Sets CL (written at its start), CQ (after its
    // review's mends) and CR (near its end), sealed, run once after its last change: CL 28/40, 94.5%,
    // scope level 37/40; CQ 24/40, 93.8%, 33/40; CR 20/40, 92.1%, 31/40.
    // Session 15's changes (from dev58-dev61, the older dev splits and a blind review; none from the
    // held-out): the 1,574 of its start 1,031 -> 1,037. Sets CS (written at its start), CV (after its first
    // changes) and CY (after its review's mends), sealed, run once after its changes up to then: CS 25/40,
    // 94.8%, scope level 34/40; CV 27/40, 94.5%, 32/40; CY 27/40, 94.8%, 32/40. Set DB (written during its
    // last two changes), run once after them: 26/40, 95.2%, 35/40.
    // Session 16's changes (from dev62-dev65, the older dev splits and two blind reviews; none from the
    // held-out): the 1,734 of its start 1,142 -> 1,152 (95.2% -> 95.3%). Sets DC (written at its start)
    // and DH (after most of its changes), sealed, run once after its changes: DC 28/40, 96.5%, scope level
    // 36/40; DH 31/40, 96.5%, 37/40. The changes after that run (from dev66, dev67 and the older splits): the
    // 1,734 1,152 -> 1,154, DC and DH unchanged (59). Set DK (written after DC and DH were run), run once after
    // the session's last change: 28/40, 96.2%, 32/40.
    // Session 17's changes (from dev68-dev73, the older dev splits and two blind reviews; none from the held-out):
    // the 1,854 of its start 1,241 -> 1,254 (95.3% -> 95.4%). Sets DL, DM (written at its start) and DS (after
    // most of its changes), sealed, run once after its last change: DL 28/40, 95.2%, scope level 37/40; DM 22/40,
    // 95.2%, 28/40; DS 25/40, 94.5%, 30/40. Set DU (written after its last rule change and read-through), run
    // once: 26/40, 94.8%, 34/40.
    // Session 18's changes (from dev74-dev78, the older dev splits and two blind reviews; none from the held-out):
    // the 2,014 of its start 1,355 -> 1,365 (95.4% -> 95.5%). Sets DY (written at its start), DZ (after its first
    // changes) and EC (after its first review's mends), sealed, run once after its last change: DY 31/40, 97.2%,
    // scope level 38/40; DZ 32/40, 96.2%, 37/40; EC 28/40, 96.2%, 37/40. Set ED (written after that run, while
    // rule changes were made that a third review had taken back), run once on the same engine: 28/40, 96.5%, 33/40.
    // Session 19's changes (from dev79-dev83, the older dev splits and two blind reviews; none from the held-out):
    // the 2,174 of its start 1,484 -> 1,505 (95.6% -> 95.8%). Sets EG, EH (written at its start) and EL (after its
    // first changes), sealed, run once after its last change: EG 29/40, 96.9%, scope level 31/40; EH 27/40,
    // 96.9%, 33/40; EL 29/40, 96.9%, 35/40.
    // Session 20's changes (from dev84-dev89, the older dev splits and four blind reviews; none from the held-out):
    // the 2,294 of its start 1,590 -> 1,602 (95.8% -> 95.9%). Set EO (written at session 19's end), sealed, run once
    // after session 20's last rule change but the course-revision labels (6a3d9ea): 29/40, 95.5%, scope level 35/40
    // (unchanged after them). Set ET (written during session 20, after its third round), sealed, run once on its final
    // engine (32b3acf): 35/40, 98.3%, 37/40.
    // Session 21's changes (from dev90-dev93, the older dev splits and three blind reviews; none from the held-out):
    // the 2,374 of its start 1,666 -> 1,675 (96.0%). Sets EU (written at session 20's end) and EX (at session 21's
    // start), sealed, run once on its final engine (4c48e5a): EU 31/40, 96.9%, scope level 38/40; EX 26/40, 95.5%, 31/40.
    // Session 22's changes (from dev94-dev101, the older dev splits and three blind reviews; none from the held-out):
    // the 2,454 of its start 1,732 -> 1,735. Sets FA (written at session 21's end), FD (at session 22's start) and FI
    // (during it), sealed, run once on its final engine (728a18a): FA 28/40, 95.2%, scope level 35/40; FD 30/40, 96.5%,
    // 35/40; FI 32/40, 97.2%, 38/40.
    ['heldout', 2574, 1825, 0.96],
  ] as const)('%s: at least the figures of the README', (folder, tickets, fullyRight, items) => {
    const r = scoreTickets(load(folder));
    expect(r.tickets).toBe(tickets);
    expect(r.fullyRight).toBeGreaterThanOrEqual(fullyRight);
    expect(r.right / r.judged).toBeGreaterThanOrEqual(items);
  });
});
