import { analyzeClause, imperativeMood } from '../../src/extract/modality';
import { tagTokens } from '../../src/text/tokens';

describe('polarity', () => {
  test.each([
    ['plain assertion', 'The bridge reopened on Monday.', 'positive'],
    ['not', 'The bridge did not reopen.', 'negative'],
    ["contracted n't", "They won't endorse the plan.", 'negative'],
    ['negative implicative: ruled out', 'The mayor ruled out a quick reopening.', 'negative'],
    ['negative implicative: turned down', 'She turned down the invitation.', 'negative'],
    ['failed to', 'Talks have failed to produce results.', 'negative'],
    ['absence', 'There is a lack of evidence.', 'negative'],
    ['litotes stays positive', 'The ministry is not opposed to talks.', 'positive'],
    ['negation in a "despite" phrase is background', 'Efforts continue despite the absence of talks.', 'positive'],
    ['two negative cues are still negative', 'The refusal showed an unwillingness to talk.', 'negative'],
    ['negation in a relative clause describes its noun', 'She confronted a reporter who refused to leave the balcony.', 'positive'],
    ['negation past a relative clause is the main clause again', 'The man who refused to pay was not arrested.', 'negative'],
    ['a cleft keeps the relative clause as the claim', 'It was the mayor who refused to sign the bill.', 'negative'],
    ['a non-restrictive relative clause is background', 'The union, which has not commented, will strike on Monday.', 'positive'],
    ['a relative clause own verb group stays inside it', 'Inspectors fined a driver who was not insured, police said.', 'positive'],
    // A predicate that stops or bans something asserts an act: the claim stays positive.
    ['a ban is an act', 'The governor banned state-funded travel to the city.', 'positive'],
    ['halting is an act', 'The company will halt all corporate travel.', 'positive'],
    ['"to avoid" in a purpose clause', 'The talks are held behind closed doors to avoid public pressure.', 'positive'],
    ['"question" as a noun', 'The photo in question showed the bridge.', 'positive'],
    ['"questions" asked', 'The judge stopped asking questions.', 'positive'],
    ['"off" after a verb of motion', 'The mayor stormed off the stage.', 'positive'],
    ['"not only … but also" adds', 'The debate would not only be watched, but also be useful.', 'positive'],
    ['a contrastive "not" before a noun phrase', 'Parents should be in control, certainly not the federal government.', 'positive'],
    ['"failed" as an adjective', "They blame the president's failed economic policies.", 'positive'],
    ['"failed" as a verb', 'The talks failed.', 'negative'],
    // Tricky negatives: refusing, rejecting and doubting still deny; a summit that "is off" is called off.
    ['a rejection', 'The council rejected the budget.', 'negative'],
    ['a doubt', 'Experts questioned the figures.', 'negative'],
    ['"question whether"', 'Critics question whether the figures hold.', 'negative'],
    ['"is off"', 'The summit is off.', 'negative'],
  ])('%s', (_label, text, expected) => {
    expect(analyzeClause(text).polarity).toBe(expected);
  });
});

describe('modality', () => {
  test.each([
    ['conditional with only if', 'A meeting could happen, but only if agreements are reached.', 'conditional'],
    ['conditional: depends on', 'Reopening depends on the inspection.', 'conditional'],
    ['embedded "if" is not a condition', 'Everyone is watching to see if the deal holds.', 'asserted'],
    ['conditional: requires', 'Any durable settlement requires written agreements.', 'conditional'],
    ['an obligation put on someone is not a condition', 'The report called for states to require schools to conduct a safety review.', 'reported-intent'],
    ['a passive obligation is not a condition', 'Guards would be required to undergo training.', 'asserted'],
    ['possible', 'The bridge could reopen within days.', 'possible'],
    ['"possibility" as a ruled-out object is not possible', 'He ruled out the possibility of a meeting.', 'asserted'],
    ['hedged', 'The delegations reportedly agreed to a swap.', 'hedged'],
    ['"appeared to" hedges', 'The mayor appeared to accept the deal.', 'hedged'],
    ['"appeared" before an adjective hedges', 'The mayor appeared visibly irritated.', 'hedged'],
    // Tricky negatives: appearing somewhere is no hedge.
    ['"appeared on" a show is no hedge', 'The mayor appeared on the evening news.', 'asserted'],
    ['"without fear of" is no hedge', 'Vendors could act without fear of reprisals, proponents say.', 'possible'],
    ['"the expected indictment" is no hedge', 'The paper first reported the expected indictment.', 'asserted'],
    ['"claimed by" names a claimant', 'Troops left the regions claimed by the rebels.', 'asserted'],
    ['"understood" as a verb is no hedge', 'He had read and understood the documents.', 'asserted'],
    ['"not sure" hedges', "I'm not sure it rises to that level.", 'hedged'],
    ['"was seen as" hedges', 'His opposition was seen as a sign of dissatisfaction.', 'hedged'],
    ['"it is understood" still hedges', 'It is understood that the talks will resume.', 'hedged'],
    ['"appears in" court is no hedge', 'The mayor appears in court on Monday.', 'asserted'],
    ['reported intent', 'Business owners want a temporary lane.', 'reported-intent'],
    ['asserted', 'Inspectors found cracks in two beams.', 'asserted'],
    ['"according to" names a source, it does not hedge', 'The delegation, according to the ministry, is drafting a list.', 'asserted'],
    ['a refused proposal is not the claim\'s intent', 'The governor dismissed the proposal.', 'asserted'],
    ['a refused call is not the claim\'s intent', 'He rejected calls for a ceasefire.', 'asserted'],
    ['a proposal that opens the clause is still intent', "The union's proposal was not rejected.", 'reported-intent'],
    ['a plan that is a document is no intent', 'The House approved the budget plan on March 29.', 'asserted'],
    ['"plans to" is intent', 'The union plans to strike on Monday.', 'reported-intent'],
    ['a verb form is intent without "to"', 'The group planned a rally outside the court.', 'reported-intent'],
    ['intent in a relative clause describes its noun', 'Police detained a man who tried to enter the building.', 'asserted'],
    ['intent in the main clause past a relative clause', 'The lawyers who met on Monday want a new trial.', 'reported-intent'],
    ['"asked X to" is a request', 'The mayor asked the council to delay the vote.', 'reported-intent'],
    ['"threatened to" is an intent', 'The union threatened to strike on Monday.', 'reported-intent'],
    ['"a plea for" is an appeal', 'The mayor made a plea for calm.', 'reported-intent'],
    // Tricky negatives: a question, a threatening act, a plea in court, an ability.
    ['"asked about" puts a question', 'Asked about the vote, the mayor left.', 'asserted'],
    ['"asked whether" puts a question', 'Reporters asked whether the bridge was safe.', 'asserted'],
    ['"threatened a reporter" is an act', 'The mayor threatened a reporter on the balcony.', 'asserted'],
    ['a guilty plea', 'His guilty plea was to a conspiracy charge.', 'asserted'],
    ['a plea agreement', 'The plea agreement does not set a sentence.', 'asserted'],
    ['"can" is an ability, not a possibility', 'Inspectors can see the cracks from the road.', 'asserted'],
    ['the month of May', 'The paper reported on May 23, 2008, that the bridge closed.', 'asserted'],
    ['"in May"', 'In May the talks resumed.', 'asserted'],
    ['a past inability', 'The spokesman said he could not confirm the report.', 'asserted'],
    ['a possibility denied', "I don't see how that's possible.", 'asserted'],
    // Tricky negatives: the modal "may" before the month, and a plain possibility.
    ['the modal before the month', 'The talks may resume in May.', 'possible'],
    ['"is possible"', 'A deal is possible.', 'possible'],
    ['a plan that is called off is no intent', 'The union called off plans to strike.', 'asserted'],
    ['an offer to act', 'The judge offered to step aside.', 'reported-intent'],
    ['a recommendation', 'Guidelines recommend less salt.', 'reported-intent'],
    ['"are looking to"', 'States are looking to pass a similar law.', 'reported-intent'],
    ['"willing to"', 'The lawyers said they were willing to proceed.', 'reported-intent'],
    ['"its intent to"', 'The office disclosed its intent to file charges.', 'reported-intent'],
    // Tricky negatives: an offer as a thing, looking at something, a schedule as an adjective.
    ['"the offer" as a thing', 'The offer expired on Monday.', 'asserted'],
    ['"looked to the crowd"', 'He looked to the crowd.', 'asserted'],
    ['"the scheduled meeting"', 'The scheduled meeting was moved.', 'asserted'],
  ])('%s', (_label, text, expected) => {
    expect(analyzeClause(text).modality).toBe(expected);
  });

  test.each([
    ['a closing attribution is not part of the condition', 'The bridge could reopen, but only if inspectors clear the beams, Mayor Ana Ruiz said.', 'only if inspectors clear the beams'],
    ['"according to" closes it too', 'Talks can resume only if the ceasefire holds, according to the ministry.', 'only if the ceasefire holds'],
    ['a comma inside the condition stays', 'Aid will flow only if the roads, bridges and ports reopen.', 'only if the roads, bridges and ports reopen'],
  ])('%s', (_label, text, expected) => {
    expect(analyzeClause(text).condition?.text).toBe(expected);
  });

  test('the condition span points at the condition words, offset applied', () => {
    const text = 'Repairs could start next month, but only if the state approves funding.';
    const r = analyzeClause(text, 100);
    expect(r.condition?.text).toBe('only if the state approves funding');
    expect(text.slice(r.condition!.span.start - 100, r.condition!.span.end - 100)).toBe(r.condition!.text);
  });
});

describe('cue words are found wherever word boundaries fall', () => {
  test.each([
    ['a cue between em dashes with no spaces', 'Officials—not the minister—approved the plan.', 'negative', 'asserted'],
    ['a cue after an emoji', 'Fans cheered 😀could the club reopen soon.', 'positive', 'possible'],
    ['a cue after an accented word', 'Café owners could reopen next week.', 'positive', 'possible'],
    ['a hyphenated word is read whole and in parts', 'The long-term plan was not approved.', 'negative', 'asserted'],
    ['a cue word inside a longer word is no cue', 'The notable ifrit story was approved.', 'positive', 'asserted'],
    ['a cue ending the text', 'The council approved it, but maybe not', 'negative', 'possible'],
  ])('%s', (_label, text, polarity, modality) => {
    const a = analyzeClause(text);
    expect([a.polarity, a.modality]).toEqual([polarity, modality]);
  });
});

describe('imperativeMood', () => {
  test.each([
    ['a base verb opens the clause', 'Stop the war now.', true],
    ['after a quotation mark', '"Tell me who you are," he said.', true],
    ['after "At least"', 'At least respect the part you play.', true],
    ['"don\'t" and a verb', "And certainly don't make faces.", true],
    // Tricky negatives: a subject first, a name or a label read as a verb, a discourse marker, a participle.
    ['a subject first', 'They stop the war.', false],
    ['a first name the tagger reads as a verb', 'Josh Earnest said it.', false],
    ['a label in capitals', 'UPDATE: the bridge closed.', false],
    ['"Look," before a clause', 'Look, the plan is dead.', false],
    ['a participle', 'Asked about it, he left.', false],
  ])('%s', (_label, text, expected) => {
    expect(imperativeMood(tagTokens(text))).toBe(expected);
  });
});
