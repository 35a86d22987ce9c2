namespace Chronicle.Events;

internal sealed partial class MentionFinder
{
    // A verb's PLOVER reading after its arguments are read: figures of speech, words about words, and the checks that
    // turn one type into another (a politician's attack is criticism, a state's protest is an accusation).
    private bool VerbSense(Mention m, int t, bool passive, List<Actor> subjects, int first, int end)
    {
        // `has the power to suspend or bar X`, `the right to strike`: an act one may do is not done.
        if (AbilityOnly(t, first) || TalkOnly(m, t, passive, first, end) || LawfulPower(m, t, first) || DefendsOwn(m, t, end)
            || BackedByInstrument(m, t, end) || ResultPermits(m, t, subjects, first)
            || WithdrawnWords(m, t, passive, end) || MarketSense(m, t, passive, end)
            || QuestionOnly(m, t, end))
        {
            return false;
        }

        // `denied that it was implicated in the bombing`: to be implicated is a state one is said to be in; only one who
        // implicates someone accuses them.
        if (m.Type == PloverType.Accuse && passive && view.Word(t).StartsWith("implicat", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // `Elections in May ousted many of his supporters`, `was ousted at the polls`: a vote that removes someone is no
        // coercion.
        if (m.Type == PloverType.Coerce && view.Word(t).StartsWith("oust", StringComparison.OrdinalIgnoreCase) && ElectoralOusting(t, first, end))
        {
            return false;
        }

        // `the creditors whose backing the firm needs` (`backing` read as a participle): support needed is not given.
        if (m.Type is PloverType.Support or PloverType.Agree or PloverType.Aid && t - 1 >= first && view.Word(t - 1) is "whose"
            && NeededAfter(m.Last, end))
        {
            return false;
        }

        // `has withdrawn $1bn in assets from the US`, `withdrew its deposits`: money taken out of a place is no retreat.
        if (m.Type == PloverType.Retreat && m.Mode == "withdraw" && !passive && MoneyObject(m.Last, end))
        {
            return false;
        }

        // `she had been fired on 1 November`, `was fired at the end of May`: `on` or `at` opening a time is no target fired
        // upon but when someone lost a job.
        if (m.Type == PloverType.Assault && m.Last > m.First && view.Word(m.Last) is "on" or "at" && m.Last + 1 < end
            && view.Word(m.First).StartsWith("fire", StringComparison.OrdinalIgnoreCase) && TimeOpensAt(m.Last + 1, end))
        {
            return false;
        }

        // `held 40 passengers hostage`, `were taken hostage`: holding or taking abducts only when `hostage` closes the object
        // (`held talks on the hostages`, `took part in a hostage swap` abduct no one).
        if (m.Type == PloverType.Assault && m.Mode == "abduct" && view.Word(t) is var holding
            && (holding.StartsWith("hold", StringComparison.OrdinalIgnoreCase) || holding.StartsWith("held", StringComparison.OrdinalIgnoreCase)
                || holding.StartsWith("tak", StringComparison.OrdinalIgnoreCase) || holding.StartsWith("took", StringComparison.OrdinalIgnoreCase))
            && !HostageAfter(t, end))
        {
            return false;
        }

        // `filed a complaint with the labour commission against the airline`: the body a complaint or a suit is lodged
        // with hears it; the one it is against is its target.
        if (m.Type == PloverType.Accuse && m.Last + 2 < end && view.Word(m.Last + 1) is "with" && LodgedAgainst(m.Last + 2, end) is { } accused)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target);
            m.Add(ActorRole.Target, accused);
        }

        // `discussed tariffs with Uganda`, `is discussing the plan with the unions`: what is discussed is the topic; the one
        // it is discussed with is the other side of the talks, and with no such party it is talk about something.
        // `held talks on Uganda's tariffs with Tanzania`: so is the topic of talks named before their other side.
        if (m.Type == PloverType.Consult && !passive && view.Word(t).StartsWith("discuss", StringComparison.OrdinalIgnoreCase))
        {
            if (WithPartner(m.Last, end) is not { } partner)
            {
                return false;
            }

            m.Actors.RemoveAll(a => a.Role == ActorRole.Target);
            m.Add(ActorRole.Target, partner);
        }
        else if (m.Type == PloverType.Consult && !passive && m.Last > t && view.Is(m.Last, WordSets.Meetings) && m.Last + 1 < end
            && view.Word(m.Last + 1) is "on" or "about" or "over" or "regarding" && WithPartner(m.Last, end) is { } partner)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target);
            m.Add(ActorRole.Target, partner);
        }

        // (`held 40 passengers hostage`: those held are the passengers, not `passengers hostage`.)
        if (m.Type == PloverType.Assault && m.Mode == "abduct")
        {
            for (var i = 0; i < m.Actors.Count; i++)
            {
                var text = m.Actors[i].Span.Of(view.Text);
                var cut = text.EndsWith(" hostages", StringComparison.Ordinal) ? " hostages".Length
                    : text.EndsWith(" hostage", StringComparison.Ordinal) ? " hostage".Length : 0;
                if (cut > 0 && m.Actors[i] is var captive)
                {
                    m.Actors[i] = captive with
                    {
                        Span = new TextSpan(captive.Span.Start, captive.Span.End - cut),
                        Canonical = captive.Canonical.EndsWith(text[^cut..], StringComparison.Ordinal) ? captive.Canonical[..^cut] : captive.Canonical,
                    };
                }
            }
        }

        // `destroyed the files`, `shredded documents`: papers destroyed are no attack on anyone (`attacked his record` is
        // criticism, read below).
        if (m.Type == PloverType.Assault && (NaturalCause(m, t, passive, first, end) || PolicyFigure(m, t, passive, end)
            || (!passive && !view.Word(t).StartsWith("attack", StringComparison.OrdinalIgnoreCase)
                && ObjectHead(m.Last, end) is var destroyed and >= 0 && view.Is(destroyed, WordSets.Records))))
        {
            return false;
        }

        // `we can smash the criminal gangs` read as a crowd's riot is the same figure for policing.
        if (m.Type == PloverType.Protest && m.Mode == "riot" && !passive && CrimeSmashed(t, m.Last, end))
        {
            return false;
        }

        // `signed a debt relief deal with Kenya`: signing a deal with a partner is an agreement between the signer and the
        // partner (`X and Y signed a treaty`, with no partner after `with`, stays PLOVER's SUPPORT).
        if (m.Type == PloverType.Support && !passive && view.Word(t).StartsWith("sign", StringComparison.OrdinalIgnoreCase) && m.HasSource
            && PartnerAfterWith(m, end))
        {
            m.Type = PloverType.Agree;
            m.Mode = null;
        }

        // `did not supply an overall cost estimate`, `provided no details of the plan`: information given is no aid.
        if (m.Type == PloverType.Aid && !passive && !m.Noun && ObjectHead(m.Last, end) is var given and >= 0 && view.Is(given, WordSets.Information))
        {
            return false;
        }

        // `veterans were killing themselves`, `he shot himself`: a death by one's own hand is no assault on anyone.
        if (m.Type == PloverType.Assault && !passive && !m.Noun && m.Last + 1 < end && view.Is(m.Last + 1, WordSets.Reflexives)
            && !(m.Last + 2 < end && view.Word(m.Last + 2) is "up"))
        {
            return false;
        }

        // `"Why is this bank not too big to fail?" Vitter demanded.`: a verb that ends its sentence after a quotation
        // introduces the quotation; it asks nothing of anyone.
        if (m.Type == PloverType.Request && !m.Noun && !passive && (m.Last + 1 >= end || view.IsPunct(m.Last + 1, '.'))
            && QuotationBefore(first, t))
        {
            return false;
        }

        // `chanting "Hands up, don't shoot"`, `Do not attack!`: a bare verb after `don't` opening its clause is a plea or an
        // order, not an act told.
        if (!m.Noun && !passive && NegatedImperative(t, first))
        {
            return false;
        }

        // `had accepted 11,491 Syrian refugees`, `agreed to admit more migrants`: people taken in are given refuge, PLOVER's
        // AID (CAMEO 075, grant asylum), not an agreement with them.
        if (m.Type == PloverType.Agree && !passive && view.Word(t) is var taking
            && (taking.StartsWith("accept", StringComparison.OrdinalIgnoreCase) || taking.StartsWith("admit", StringComparison.OrdinalIgnoreCase)
                || taking.StartsWith("welcom", StringComparison.OrdinalIgnoreCase))
            && TakesInDisplaced(m.Last, end))
        {
            m.Type = PloverType.Aid;
            m.Mode = null;
        }

        // `only skilled workers allowed into the country`, `refugees were allowed in`: those let into a country under a
        // policy win no concession from anyone (`allowed inspectors into the sites` has someone who yields).
        if (m.Type == PloverType.Concede && view.Word(t).StartsWith("allow", StringComparison.OrdinalIgnoreCase) && m.Last + 1 < end
            && view.Word(m.Last + 1) is "into" or "in")
        {
            return false;
        }

        // `defending the country's past`, `defended his record`: a record, a history or a view defended supports no actor
        // (`defended the right of X`, `defended Iraq against criticism` do).
        if (m.Type == PloverType.Support && !passive && view.Word(t).StartsWith("defend", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var defended and >= 0 && view.Is(defended, AgreementWords.Defended))
        {
            return false;
        }

        // `forces defending the terminal`, `troops guarding Basra`: a participle after the noun it describes, defending
        // a thing or a place, is a post held, no support given to anyone.
        if (m.Type == PloverType.Support && !passive && view.Tag(t) == "VBG" && t - 1 >= first && view.IsNoun(t - 1)
            && view.Word(t).StartsWith("defend", StringComparison.OrdinalIgnoreCase)
            && (!m.HasTarget || (m.Last + 2 < end && view.PlaceAt[view.Tag(m.Last + 1) == "DT" ? m.Last + 2 : m.Last + 1] >= 0)))
        {
            return false;
        }

        // `attacked the plan`, `attacked the minister over his remarks`: a politician's attack is criticism.
        // `Blair attacked Howard`, `I attack him politically`: one person attacking another named person, with no weapon
        // in the clause, is a politician's criticism; an assault has attackers who are armed or many.
        // (`the senator blasted the White House over the deal`: so is blasting.)
        if (m.Type == PloverType.Assault && !passive
            && (view.Word(t).StartsWith("attack", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("blast", StringComparison.OrdinalIgnoreCase))
            && (AttackedInWords(m.Last, end) || PersonAttacksPerson(subjects, t, m.Last, end) || AttackInPolitics(subjects, m.Last, first, end)
                || AttackInWords(m, first, end) || BlastedForFault(t, m.Last, end)))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        if (m.Type == PloverType.Assault && BeatsAlone(t, passive, end))
        {
            return false;
        }

        // `the Bank's inflation report, released last week`, `released a statement`: a text made public sets no one free.
        if (m.Type == PloverType.Retreat && view.Word(t).StartsWith("releas", StringComparison.OrdinalIgnoreCase)
            && (TextBefore(t, first) || Discharged(t, first, end)
                || (!passive && ObjectHead(m.Last, end) is var released and >= 0 && view.Is(released, Texts))))
        {
            return false;
        }

        // `released a screensaver`, `releasing preview versions of its software`: only people are set free; a release of
        // no one, or of a product named like an organisation, is none.
        if (m.Type == PloverType.Retreat && m.Mode == "release" && !passive && view.Word(t).StartsWith("releas", StringComparison.OrdinalIgnoreCase)
            && !m.Actors.Exists(a => a.Role == ActorRole.Target && ReleasedPeople(a))
            && !(m.Last + 1 < end && view.Word(m.Last + 1) is "him" or "her" or "them" or "us" or "me" && view.Tag(m.Last + 1) == "PRP"))
        {
            return false;
        }

        // `The ban threatens to reignite tensions`: a thing that threatens to bring something about is a risk, no threat made.
        if (m.Type == PloverType.Threaten && !passive && !m.HasSource && view.Word(t).StartsWith("threat", StringComparison.OrdinalIgnoreCase)
            && m.Last + 1 < end && view.Word(m.Last + 1) is "to" && ThingSubject(t, first))
        {
            return false;
        }

        // `has been attacked by the Greens`, `attacked from both sides by people who think`: an attack by a politician,
        // a party or its critics, with no weapon in the clause, is criticism (`attacked by gunmen` stays an assault);
        // so is one on ministers or a party by no one named (`ministers were attacked for their handling`).
        if (m.Type == PloverType.Assault && passive && view.Word(t).StartsWith("attack", StringComparison.OrdinalIgnoreCase)
            && ((Agent(m.Last, end) is { } critic && Critic(critic.Last) && !WeaponInClause(m.Last, end))
                || (Agent(m.Last, end) is null && AttackInPolitics(subjects, m.Last, first, end))))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        // `the chancellor said the plans would cost more, which the Tories deny`: what is denied is the speaker's claim.
        if (m.Type == PloverType.Reject && !passive && !m.HasTarget && view.Word(t).StartsWith("den", StringComparison.OrdinalIgnoreCase)
            && subjects.Count > 0 && subjects[0].First - 1 > first && view.Is(subjects[0].First - 1, WordSets.Relatives)
            && Claimant(first, subjects[0].First - 1, end) is { } claimant)
        {
            m.Add(ActorRole.Target, claimant);
        }

        // `Iran, which the Americans blame for the attacks`, `the man, whom residents accuse of the killing`: a relative
        // clause whose subject comes after its pronoun acts on the pronoun's antecedent.
        if (!passive && !m.HasTarget && m.Type is not (PloverType.Protest or PloverType.Mobilize)
            && subjects.Count > 0 && subjects[0].First - 2 > first && view.Word(subjects[0].First - 1) is "which" or "whom"
            && view.IsPunct(subjects[0].First - 2, ',') && actors.IsActorToken(subjects[0].First - 3))
        {
            m.Add(ActorRole.Target, actors.Read(subjects[0].First - 3, first, subjects[0].First - 3));
        }

        if (m.Type == PloverType.Support && !passive && AtElection(m.Last, end))
        {
            return false;
        }

        // `met the government's demands`, `met their deaths`: what is met is a thing, not a party to a meeting
        // (`would not meet the demands` is a refusal, read as such later).
        if (m.Type is PloverType.Consult or PloverType.Agree && !passive && view.Word(t).StartsWith("me", StringComparison.OrdinalIgnoreCase)
            && !(t - 1 >= first && view.Is(t - 1, WordSets.Negations)) && !(t - 2 >= first && view.Is(t - 2, WordSets.Negations))
            && ObjectHead(m.Last, end) is var head and >= 0 && view.Is(head, WordSets.MetWithoutMeeting))
        {
            return false;
        }

        // `did not meet the commission's 15 percent polling threshold`: a bar to clear is no party to a meeting, met or not.
        if (m.Type is PloverType.Consult or PloverType.Agree && !passive && view.Word(t).StartsWith("me", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end, reach: 12) is var bar and >= 0 && view.Is(bar, WordSets.Thresholds))
        {
            return false;
        }

        // `the rules had been bent and abused`, `his record was attacked`: a thing harmed in the passive is a figure too.
        if (m.Type == PloverType.Assault && passive && PassiveThing(t, first) is var suffered and >= 0
            && (view.Is(suffered, WordSets.Figurative) || view.Is(suffered, WordSets.Criticised)))
        {
            return false;
        }

        // `beat the Asian economies`, `harming the workings of government`, `slaps that aside`: a figure of speech.
        if (m.Type == PloverType.Assault && !passive
            && ((ObjectHead(m.Last, end) is var thing and >= 0 && !AfterLocative(m.Last, thing)
                    && (view.Is(thing, WordSets.Figurative) || view.Is(thing, WordSets.Criticised)))
                || Aside(m.Last, end)))
        {
            return false;
        }

        // `largely agreed with McLenny`, `the judge agreed with Ms X that there was no reason`, `agreed with Y about the
        // winner`: sharing a person's view is no agreement to act (`agreed with Erdogan to set up a zone`, `agreed with
        // Russia on a ceasefire` are).
        if (m.Type == PloverType.Agree && !passive && view.Word(t).StartsWith("agree", StringComparison.OrdinalIgnoreCase)
            && ViewShared(t, end))
        {
            return false;
        }

        // `flawlessly executed the plan`, `a campaign executed by militants`: a plan, an order or a campaign carried out is
        // no execution; only people are executed.
        if (m.Type == PloverType.Assault && view.Word(t).StartsWith("execut", StringComparison.OrdinalIgnoreCase)
            && (passive ? PassiveThing(t, first) : m.Last + 1 < end && view.Word(m.Last + 1) is "it" ? m.Last + 1 : ObjectHead(m.Last, end)) is var carried
            and >= 0 && view.Is(carried, WordSets.CarriedOut))
        {
            return false;
        }

        // `a price dispute that threatened the Ukrainian economy`: a thing put at risk, by no one named, is no threat made.
        if (m.Type == PloverType.Threaten && !passive && !m.HasSource && ObjectHead(m.Last, end) is var risked and >= 0
            && view.Is(risked, WordSets.Figurative))
        {
            return false;
        }

        // `his party offered a clear choice`, `has offered the politics of fear`: what a party offers voters in words is
        // rhetoric, not an offer to another party (`offered concessions`, `offered talks`).
        if (m.Type == PloverType.Agree && !passive && view.Word(t).StartsWith("offer", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var offered and >= 0 && view.Is(offered, WordSets.Rhetoric))
        {
            return false;
        }

        // `visited the tomb of X`, `visited the grave of the victims`: a visit to a burial place meets nobody.
        if (m.Type == PloverType.Consult && view.Word(t).StartsWith("visit", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var site and >= 0 && view.Word(site) is "tomb" or "grave" or "graves" or "mausoleum" or "cemetery"
                or "memorial" or "shrine" or "monument")
        {
            return false;
        }

        // `seize on those reports`, `seized upon the remarks`: to make use of something said is no seizure.
        if (m.Type == PloverType.Coerce && m.Mode == "seize" && m.Last + 1 < end && view.Word(m.Last + 1) is "on" or "upon")
        {
            return false;
        }

        // `occupy the centre ground`, `seized the initiative`: a place in politics or a chance is taken without force.
        if (m.Type == PloverType.Coerce && m.Mode == "seize" && !passive && ObjectHead(m.Last, end) is var held and >= 0
            && view.Is(held, WordSets.HeldWithoutForce))
        {
            return false;
        }

        // `the poll demonstrates that`, `demonstrated its strength`: to show something is no protest; crowds demonstrate
        // against, outside or for something, or without an object.
        if (m.Type == PloverType.Protest && m.Last == t && view.Word(t).StartsWith("demonstrat", StringComparison.OrdinalIgnoreCase)
            && t + 1 < end && (view.Tag(t + 1) is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "WRB" or "WP" || view.Word(t + 1) is "that"))
        {
            return false;
        }

        // `to appeal to middle-class voters`: to please someone is no request; a request asks for something or to act.
        if (m.Type == PloverType.Request && view.Word(t).StartsWith("appeal", StringComparison.OrdinalIgnoreCase) && !AsksForSomething(t, end))
        {
            return false;
        }

        // `"Welcome to the campaign centre," he said`: a greeting opening its sentence welcomes no one's act.
        if (m.Type == PloverType.Support && view.Word(t).Equals("welcome", StringComparison.OrdinalIgnoreCase) && t + 1 < end
            && view.Word(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && OpensSentence(t, first))
        {
            return false;
        }

        // `being able to call on the experience of its members`: to call on a thing is to draw on it; a request is made of
        // someone, or asks for something.
        if (m.Type == PloverType.Request && view.Word(t).StartsWith("call", StringComparison.OrdinalIgnoreCase) && view.Word(m.Last) is "on" or "upon"
            && ObjectHead(m.Last, end) is >= 0 && !AsksForSomething(t, end))
        {
            return false;
        }

        // `little prospect of America agreeing`, `hopes of the two sides meeting`: a friendly act only hoped for is none.
        if (m.Type is PloverType.Agree or PloverType.Support or PloverType.Consult or PloverType.Cooperate or PloverType.Concede
            or PloverType.Aid && view.Tag(t) == "VBG" && HopedFor(t, first))
        {
            return false;
        }

        // `accepted that it had not happened`, `I don't accept there is any need`, `accepted many experts said it would fail`:
        // accepting a fact is no agreement.
        if (m.Type == PloverType.Agree && m.Last == t && view.Word(t).StartsWith("accept", StringComparison.OrdinalIgnoreCase)
            && m.Last + 1 < end && (view.Word(m.Last + 1) is "that" or "there" or "it" or "this" || BareClause(m.Last + 1, end)))
        {
            return false;
        }

        // `police could refuse the request`, `the council can reject applications`: what a body may refuse, with no one named
        // whose request it is, is a power described, not a refusal.
        if (m.Type == PloverType.Reject && !m.HasTarget && t - 1 >= first && view.Word(t - 1) is "can" or "could" or "may" or "might"
            && (view.Word(t).StartsWith("refus", StringComparison.OrdinalIgnoreCase) || view.Word(t).StartsWith("reject", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // `conceded his comments may have been offensive`, `conceded that the plan had flaws`: a point conceded in argument
        // yields nothing to anyone.
        if (m.Type == PloverType.Concede && m.Last == t && view.Word(t).StartsWith("conced", StringComparison.OrdinalIgnoreCase)
            && m.Last + 1 < end && (view.Word(m.Last + 1) is "that" or "there" or "it" or "this" || BareClause(m.Last + 1, end)))
        {
            return false;
        }

        // `accepted the difficult balance`, `accepted the risks`: with no one to agree with, a fact or a trade-off
        // accepted is no agreement (`accepted a formula for ending the dispute` is); nor is a feeling or a fault owned by
        // the one named (`accepted people's frustration`).
        if (m.Type == PloverType.Agree && m.Last == t && view.Word(t).StartsWith("accept", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var accepted and >= 0 && view.Is(accepted, AgreementWords.AcceptedFacts)
            && (!m.HasTarget || IsPossessiveMark(accepted - 1)))
        {
            return false;
        }

        // `pledged smaller classes`, `promised a cap on the number of migrants`: a promise of a policy is made to voters,
        // not an agreement with another party (`promised talks`, `pledged support` name an act and stay).
        if (m.Type == PloverType.Agree && !passive && (view.Word(t).StartsWith("promis", StringComparison.OrdinalIgnoreCase)
                || view.Word(t).StartsWith("pledg", StringComparison.OrdinalIgnoreCase))
            && Dative(m) is null && m.Last + 1 < end && PolicyOpens(IsQuote(m.Last + 1) && m.Last + 2 < end ? m.Last + 2 : m.Last + 1)
            && ObjectHead(m.Last, end) is var policy and >= 0 && !IsNounTrigger(policy) && !ActorIn(m.Last + 1, policy))
        {
            return false;
        }

        // `militiamen armed with machetes`, `were armed with rifles`: carrying arms is how one is, not arms given by anyone
        // (`armed the rebels with rockets` names its recipient first).
        if (m.Type == PloverType.Aid && m.Last == t && view.Word(t) is "armed" && t + 1 < end && view.Word(t + 1) is "with")
        {
            return false;
        }

        // `shot basketball hoops`, `shot a video`: shooting a thing that is no actor is not an attack (`shot two
        // Palestinians`: a people's name is of people, whether or not the name stage read it).
        if (m.Type == PloverType.Assault && !passive && view.Word(t).StartsWith("sho", StringComparison.OrdinalIgnoreCase)
            && ObjectHead(m.Last, end) is var shot and >= 0 && !Demonym(view.Word(shot)) && !NamedBefore(m.Last + 1, shot))
        {
            return false;
        }

        // `condemned the insult to the victims`, `defended the posters against Labour criticism`: what is said about a
        // thing has no target in the phrase that hangs from the thing.
        if (m.Type is PloverType.Accuse or PloverType.Support && !passive)
        {
            DropThingTargets(m, end);
        }

        DropWordTargets(m, view.Text);

        // A state or an organisation that `protested` objected in words; crowds protest in the street, and so does a
        // group that protests outside a building (`the union protested outside the ministry`).
        if (m.Type == PloverType.Protest && !passive && subjects.Count > 0 && !subjects.Exists(s => s.People)
            && view.Word(t).StartsWith("protest", StringComparison.OrdinalIgnoreCase) && !ProtestedOutside(m.Last, end))
        {
            m.Type = PloverType.Accuse;
            m.Mode = "disapprove";
        }

        if (m.Type == PloverType.Protest && !m.HasTarget)
        {
            m.Add(ActorRole.Target, ProtestTarget(m.Last, end));
        }

        // `supplied drones to Russia`: the arms given are what is given, not the one helped.
        if (m.Type == PloverType.Aid)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target && a.Span.Length > 0
                && view.Text.AsSpan(a.Span.Start, a.Span.Length) is var given
                && WordSets.Weapons.Contains(given[(given.LastIndexOf(' ') + 1)..]));
        }

        if (m.Type == PloverType.Aid && !passive && !m.HasTarget)
        {
            m.Add(ActorRole.Target, Helped(m.Last, end));
        }

        if ((m.Flags & TriggerFlags.People) != 0)
        {
            return subjects.Exists(s => s.People);
        }

        if (m.Type == PloverType.Request && !passive)
        {
            DropAskedAbout(m, end);
        }

        // `condemned the arrests of journalists`: the victims of the act condemned are not those the condemnation is aimed at.
        var condemned = m.Type == PloverType.Accuse && !passive ? ForceObject(m.Last, end) : -1;
        if (condemned >= 0)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target && a.Span.Start > view.Tokens[condemned].Span.Start);
        }

        // `vowed revenge for the killing of their commander`: the victims of the act to be avenged are not the ones threatened.
        var avenged = m.Type == PloverType.Threaten && !passive ? AvengedAct(m.Last, end) : -1;
        if (avenged >= 0)
        {
            m.Actors.RemoveAll(a => a.Role == ActorRole.Target && a.Span.Start > view.Tokens[avenged].Span.Start);
        }

        // `Russia condemned the sanctions`, `welcomed the strikes`, `rejected the offer`: a definite act told before, whose
        // doer is the target.
        if (m.Type is PloverType.Accuse or PloverType.Support or PloverType.Reject && !passive && m.HasSource && !m.HasTarget)
        {
            m.ToldAct = ToldAct(m.Last, end);
        }

        // Verbal acts (accuse, demand, back) without a target are mostly talk about talk (`warned of`, `investigating to see`).
        // `threatened to cut off electricity` states its act, as `vowed retaliation` does; an act that is itself a trigger
        // lends its target later.
        if (m.Type is PloverType.Accuse or PloverType.Request or PloverType.Threaten or PloverType.Support && !m.HasTarget
            && !(m.Type is PloverType.Threaten or PloverType.Request && Infinitive(m.Last + 1, end))
            && !(m.Type == PloverType.Threaten && ReprisalAt(m.Last, end) >= 0)
            && !(m.Type == PloverType.Request && m.HasSource && view.Word(t).StartsWith("demand", StringComparison.OrdinalIgnoreCase))
            // `China called for a ceasefire`, `urged talks`: a call for an act between parties asks it of both.
            && !(m.Type == PloverType.Request && m.HasSource && AskedAct(m.Last, end))
            && !(m.Type == PloverType.Support && subjects.Count > 1 && !passive)
            // `Airbus and Boeing accuse each other`: the sides named together are each other's targets (MutualActs).
            && !(m.EachOther && subjects.Count > 1)
            && !(m.Mode == "asylum" && IsFinite(t))
            && !(m.Type == PloverType.Accuse && passive && m.HasSource)
            && !(m.HasSource && condemned >= 0)
            && !(m.Type == PloverType.Accuse && m.HasSource && !passive && RulingObject(m.Last, end)))
        {
            if (m.ToldAct < 0)
            {
                return false;
            }

            m.NeedsDoer = true;
        }

        // CAMEO's verbs are broad: without an actor they are more often not events.
        return m.Curated || m.Actors.Count > 0;
    }

    // A target of the mention stands after a `with` in the verb's clause (`signed a deal with Kenya`).
    // The party after `with` in the verb's clause (`discussed the plan with X`).
    private Actor? WithPartner(int last, int end)
    {
        for (var k = last + 1; k + 1 < end && k <= last + 10; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.IsPunct(k, ','))
            {
                return null;
            }

            if (view.Word(k).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return NextActor(k + 1, end, 4);
            }
        }

        return null;
    }

    private bool PartnerAfterWith(Mention m, int end)
    {
        for (var k = m.Last + 1; k < end && k <= m.Last + 10; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';') || view.IsPunct(k, ','))
            {
                return false;
            }

            if (view.Word(k).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                var after = view.Tokens[k].Span.End;
                return m.Actors.Exists(a => a.Role == ActorRole.Target && a.Span.Start >= after);
            }
        }

        return false;
    }

    private bool PolicyOpens(int k) => view.Tag(k) is "DT" or "JJ" or "JJR" or "JJS" or "RBS" or "NN" or "NNS" or "CD" or "PRP$";

    private bool ActorIn(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (actors.IsActorToken(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool Critic(int k) =>
        IsPersonName(k) || (char.IsUpper(view.Word(k)[0]) && view.Is(k, WordSets.PartyMembers))
        || view.Word(k) is "people" or "critics" or "opponents" or "MPs" or "ministers" or "politicians" or "campaigners"
            or "commentators" or "newspapers" or "rivals" or "colleagues" or "backbenchers" or "unions" or "opposition";

    private bool WeaponInClause(int last, int end)
    {
        for (var k = last + 1; k < end && !view.IsPunct(k, '.') && !view.IsPunct(k, ';'); k++)
        {
            if (view.Is(k, WordSets.Weapons))
            {
                return true;
            }
        }

        return false;
    }

    private bool HopedFor(int t, int first)
    {
        for (var k = t - 1; k > first && k >= t - 5; k--)
        {
            if (view.Word(k).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                var noun = k - 1 > first && view.Tokens[k - 1].Kind == TokenKind.Punctuation ? k - 2 : k - 1;
                return view.Word(noun) is "prospect" or "prospects" or "chance" or "chances" or "hope" or "hopes" or "likelihood"
                    or "possibility" or "sign" or "signs";
            }
        }

        return false;
    }

    // `appealed to the rebels to lay down their arms`, `appealed for calm`, `appealed to X for help`: what is asked for
    // follows in the clause; `appeal to both wings of the party` alone asks for nothing.
    private bool AsksForSomething(int t, int end)
    {
        for (var k = t + 1; k < end; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, '.') || view.IsPunct(k, ';'))
            {
                return false;
            }

            if (view.Word(k).Equals("for", StringComparison.OrdinalIgnoreCase)
                || (k > t + 1 && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && k + 1 < end && view.Tag(k + 1) == "VB"))
            {
                return true;
            }
        }

        return false;
    }

    private bool AbilityOnly(int t, int first)
    {
        var k = t - 1;
        if (k - 2 >= first && view.Word(k) is "or" or "and" && view.Tag(k - 1) == "VB")
        {
            k -= 2;
        }

        return k - 1 >= first && view.Word(k).Equals("to", StringComparison.OrdinalIgnoreCase) && view.Is(k - 1, WordSets.Abilities)
            && view.Tag(k - 1) is "NN" or "NNS";
    }

    // `China called for a ceasefire`, `urged restraint`: what is asked for is an act between parties or an inquiry, so the
    // request stands with no one named.
    private bool AskedAct(int last, int end)
    {
        var k = last + 1;
        while (k < end && k <= last + 4 && view.Tag(k) is "DT" or "JJ" or "CD" or "RB")
        {
            k++;
        }

        if (k >= end || k + 1 < end && view.IsNoun(k + 1))
        {
            return false;
        }

        // `urged restraint`, `called for calm`: what is asked of the parties to a fight, as a ceasefire is.
        if (view.Word(k) is "restraint" or "calm")
        {
            return true;
        }

        // `called for a moratorium on executions`, `demanded his resignation`: a halt, a vote or a resignation asked for is
        // asked of those who hold the power to grant it.
        if (view.Word(k) is "moratorium" or "halt" or "referendum" or "resignation" or "inquiry" or "probe" or "recount"
            or "reform" or "reforms")
        {
            return true;
        }

        // `called for an independent investigation`: an inquiry asked for is asked of those who would hold it.
        foreach (var form in lexicon.Find(view.Word(k)))
        {
            if (form.Noun && form.Rest.Length == 0
                && (form.Type is PloverType.Retreat or PloverType.Consult or PloverType.Agree or PloverType.Concede || form.Mode == "investigate"))
            {
                return true;
            }
        }

        return false;
    }

    // `condemned the killings`, `denounced the attack on the embassy`: an act of force or repression as the object of a
    // condemnation is what it is about; whoever did it may go unnamed, and the condemnation is news all the same.
    // The word naming a reprisal that ends a threat's trigger or stands right after it (`promised retaliation`, `vowed
    // revenge`), else -1.
    private int ReprisalAt(int last, int end) =>
        view.Is(last, WordSets.Reprisals) ? last : last + 1 < end && view.Is(last + 1, WordSets.Reprisals) ? last + 1 : -1;

    // The act of force a reprisal is vowed for (`revenge for the killing of X`, `retaliation for the raid`), else -1.
    private int AvengedAct(int last, int end)
    {
        var reprisal = ReprisalAt(last, end);
        return reprisal >= 0 && reprisal + 1 < end && view.Word(reprisal + 1) is "for" ? ForceObject(reprisal + 1, end) : -1;
    }

    // `condemned the ruling`, `criticised the court's verdict`: the verb's object is a court's decision.
    private bool RulingObject(int last, int end)
    {
        var k = last + 1;
        while (k < end && k <= last + 4 && (view.Tag(k) is "DT" or "PRP$" or "JJ" or "POS" || (k + 1 < end && view.Tag(k + 1) == "POS")))
        {
            k++;
        }

        return k < end && view.Is(k, WordSets.Rulings);
    }

    // A name between the verb and the noun found after it (`shot two Palestinians on Monday`) is the object.
    private bool NamedBefore(int from, int head)
    {
        for (var k = from; k < head; k++)
        {
            if (view.EntityAt[k] >= 0 && view.IsNoun(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool Demonym(ReadOnlySpan<char> word) =>
        view.Gazetteer.CountryOfDemonym(word) is not null || (word.EndsWith('s') && view.Gazetteer.CountryOfDemonym(word[..^1]) is not null);

    // The head of a definite noun phrase right after the verb (`the strikes`, `these latest sanctions`, `its arrest`), the
    // act told before; else -1. The caller's doer search decides whether the noun names an act at all.
    private int ToldAct(int last, int end)
    {
        var k = last + 1;
        if (k >= end || !(view.Tag(k) == "PRP$" || view.Word(k) is "the" or "this" or "these" or "those" or "that"))
        {
            return -1;
        }

        k++;
        while (k < end && k <= last + 4 && view.Tag(k) is "JJ" or "JJS" or "JJR" or "VBN" or "RB" or "CD")
        {
            k++;
        }

        return k < end && view.Tag(k) is "NN" or "NNS" && !(k + 1 < end && view.Tag(k + 1) is "NN" or "NNS") ? k : -1;
    }

    private int ForceObject(int last, int end)
    {
        var k = last + 1;
        while (k < end && k <= last + 4 && view.Tag(k) is "DT" or "PRP$" or "JJ" or "JJS" or "CD" or "RB")
        {
            k++;
        }

        // `condemned the bomb attacks`, `the car bomb blast`: the act heads a compound of common nouns.
        var head = k;
        while (head + 1 < end && head < k + 2 && view.Tag(head) == "NN" && view.EntityAt[head] < 0 && view.Tag(head + 1) is "NN" or "NNS"
            && view.EntityAt[head + 1] < 0)
        {
            head++;
        }

        return k < end && ForceAt(k) ? k : head != k && (ForceAt(head) || ForceInCompound(k, head)) ? head : -1;
    }

    // `the two bomb explosions`: a noun of force whose context word (`bomb`) modifies it in its own compound.
    private bool ForceInCompound(int first, int head)
    {
        foreach (var form in lexicon.Find(view.Word(head)))
        {
            if (form.Noun && form.Rest.Length == 0 && form.Type == PloverType.Assault && form.Context.Length > 0)
            {
                for (var k = first; k < head; k++)
                {
                    if (IsContextWord(form, k))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool ForceAt(int k)
    {
        // `condemned the coup`, `denounced the takeover`: power seized by force.
        if (view.Is(k, WordSets.Seizures))
        {
            return true;
        }

        foreach (var form in lexicon.Find(view.Word(k)))
        {
            if (form.Noun && form.Rest.Length == 0 && form.Context.Length == 0 && form.Type is PloverType.Assault or PloverType.Coerce)
            {
                return true;
            }
        }

        return false;
    }

    // `was treated at a hospital and released`, `released from hospital on Friday`: a patient sent home is freed by no one
    // (`the hostages were released and taken to hospital` were).
    private bool Discharged(int t, int first, int end)
    {
        for (var k = Math.Max(first, t - 6); k < t; k++)
        {
            if (view.Word(k) is "treated")
            {
                return true;
            }
        }

        var h = t + 2 < end && view.Word(t + 1) is "from" ? t + 2 : end;
        if (h + 1 < end && view.Tag(h) == "DT")
        {
            h++;
        }

        return h < end && view.Word(h) is "hospital" or "clinic";
    }

    // `the heart of the nation beats as strong as ever`, `the drums beat`: `beat` with no one beaten, in the active, is a
    // pulse or a rhythm; a beating has its victim after the verb (`beat protesters`, `beat him up`) or as a passive subject.
    private bool BeatsAlone(int t, bool passive, int end)
    {
        if (passive || !view.Word(t).StartsWith("beat", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // (`beats as strong as ever`: an adjective with no noun after it is no victim.)
        var k = t + 1;
        while (k < end && view.Tag(k) is "RB" or "DT" or "PRP$" or "JJ" or "CD")
        {
            k++;
        }

        return k >= end || !(view.IsNoun(k) || view.Tag(k) is "PRP" or "RP");
    }

    // `to give a £4m grant to help women survivors of the genocide`: aid whose purpose is to help someone goes to them.
    private Actor? Helped(int last, int end)
    {
        for (var k = last + 1; k + 2 < end && k <= last + 6; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ','))
            {
                return null;
            }

            if (view.Word(k) is "to" && view.Word(k + 1) is "help" or "assist" or "support" or "rebuild" or "feed" or "house")
            {
                return NextActor(k + 2, end, 3);
            }
        }

        return null;
    }

    // The subject is a common noun phrase with no name in it (`The ban`, `the new rule`; not `the al-Qaeda network`) and
    // no actor noun at its head.
    // Whether the verb of the clause after <paramref name="last"/> (within six words) needs, seeks or wants what came before.
    private bool NeededAfter(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 6; k++)
        {
            // (`whose backing CAO needs`: the tagger may read `needs` after a name as a plural noun.)
            var w = view.Word(k);
            var needed = w.StartsWith("need", StringComparison.OrdinalIgnoreCase) || w.StartsWith("seek", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("sought", StringComparison.OrdinalIgnoreCase) || w.StartsWith("want", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("requir", StringComparison.OrdinalIgnoreCase) || w.StartsWith("lack", StringComparison.OrdinalIgnoreCase);
            if (needed || view.IsVerb(k))
            {
                return needed;
            }
        }

        return false;
    }

    // Whether the object after <paramref name="last"/> is a sum or money (`$1bn in assets`, `its deposits`, `funds`).
    private bool MoneyObject(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 5; k++)
        {
            if (view.Word(k) is "$" or "£" or "€" or "money" or "funds" or "assets" or "deposits" or "savings" or "cash" or "investments"
                or "capital" or "reserves" or "bonds" or "shares" or "stake" or "stakes")
            {
                return true;
            }

            if (view.Word(k) is "from" or "to" || view.IsClauseBreak(k) || view.IsPunct(k, ',') || IsFinite(k))
            {
                return false;
            }
        }

        return false;
    }

    // Whether the clause's first noun before t, or a phrase just after it, is a vote (`Elections in May ousted`, `ousted at
    // the polls`, `ousted by voters`).
    private bool ElectoralOusting(int t, int first, int end)
    {
        for (var k = first; k < t; k++)
        {
            if (view.IsNoun(k) || view.EntityAt[k] >= 0)
            {
                if (view.Word(k) is "election" or "elections" or "Elections" or "Election" or "vote" or "votes" or "Voters" or "voters"
                    or "poll" or "polls" or "ballot" or "referendum")
                {
                    return true;
                }

                break;
            }
        }

        for (var k = t + 1; k < end && k <= t + 8; k++)
        {
            if (view.Word(k) is "election" or "elections" or "polls" or "ballot" or "vote" or "voters" or "referendum"
                && view.Word(k - 1) is "the" or "at" or "in" or "by" or "an" or "general" or "presidential" or "parliamentary")
            {
                return true;
            }
        }

        return false;
    }

    private bool ThingSubject(int t, int first)
    {
        var k = t - 1;
        while (k >= first && Skippable(k))
        {
            k--;
        }

        if (k < first || view.Tag(k) is not ("NN" or "NNS") || actors.IsActorToken(k))
        {
            return false;
        }

        for (; k >= first && view.Tag(k) is "NN" or "NNS" or "JJ" or "DT" or "NNP" or "NNPS" or "POS"; k--)
        {
            if (view.Tag(k) is "NNP" or "NNPS" || view.EntityAt[k] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // A text right before the verb, past auxiliaries, adverbs and a comma: `the report, released`, `the letter was released`.
    private bool TextBefore(int t, int first)
    {
        var k = t - 1;
        while (k >= first && (Skippable(k) || view.IsPunct(k, ',')))
        {
            k--;
        }

        return k >= first && view.Is(k, Texts);
    }

    // Whether a time expression starts at `k`, past an article (`the end of May`, `1 November`, `Monday`).
    private bool TimeOpensAt(int k, int end) =>
        view.TimeAt[k] >= 0 || (view.Tag(k) == "DT" && k + 1 < end && view.TimeAt[k + 1] >= 0)
        || (view.Word(k) is "the" && k + 2 < end && view.Word(k + 1) is "end" or "start" or "beginning" && view.Word(k + 2) is "of");

    // Whether a place of demonstration follows the verb within a few words: `outside the embassy`, `in front of
    // parliament`, `at the gates of the plant`, `in the streets`.
    private bool ProtestedOutside(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 4 && !view.IsClauseBreak(k); k++)
        {
            if (view.Word(k) is "outside" || (view.Word(k) is "in" && k + 2 < end && view.Word(k + 1) is "front" && view.Word(k + 2) is "of")
                || (view.Word(k) is "at" && k + 2 < end && view.Word(k + 2) is "gates" or "gate")
                || (view.Word(k) is "in" or "on" or "through" && k + 2 < end && view.Word(k + 1) is "the" && view.Word(k + 2) is "streets" or "street"))
            {
                return true;
            }
        }

        return false;
    }

    // `hostage` or `hostages` after the verb with only the object's words between (`held 40 passengers hostage`,
    // `took them hostage`, `taken hostage`).
    private bool HostageAfter(int t, int end)
    {
        for (var k = t + 1; k < end && k <= t + 8; k++)
        {
            if (view.Word(k) is "hostage" or "hostages")
            {
                return true;
            }

            if (view.Tag(k) is not ("DT" or "CD" or "JJ" or "JJR" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$" or "POS" or "RB" or "RBR"))
            {
                return false;
            }
        }

        return false;
    }

    // The actor after `against` past the body a complaint is lodged with (`with the commission against X`), or null.
    private Actor? LodgedAgainst(int from, int end)
    {
        for (var k = from; k < end && k <= from + 8 && !view.IsClauseBreak(k) && !view.IsPunct(k, ','); k++)
        {
            if (view.Word(k) is "against")
            {
                return NextActor(k + 1, end, 4);
            }
        }

        return null;
    }

    // Whether a target is people one can hold: a person, a crowd or a people, or an actor noun (`prisoners`, `the
    // journalist`); not an organisation's or a product's name.
    private bool ReleasedPeople(EventActor actor)
    {
        var at = view.NextToken(actor.Span.Start);
        var last = view.NextToken(actor.Span.End) is var after and > 0 ? after - 1 : view.Tokens.Length - 1;
        if (at < 0 || last < at)
        {
            return false;
        }

        if (view.EntityAt[last] >= 0)
        {
            return view.Found.Entities[view.EntityAt[last]].Type is EntityType.Person or EntityType.Norp;
        }

        return view.Is(last, WordSets.ActorNouns) || view.Is(last, WordSets.PeopleNouns) || view.Tag(last) == "PRP";
    }

    // After the verb: `with`, a person's name, and then the clause's end, `that` or `about` (no `to` or `on` naming an act).
    private bool ViewShared(int t, int end)
    {
        var k = t + 1;
        if (k >= end || view.Word(k) is not "with")
        {
            return false;
        }

        var person = false;
        for (k++; k < end && view.Tag(k) is "DT" or "NNP" or "NNPS" or "POS" or "JJ" or "NN"; k++)
        {
            // (a name the names stage mistyped, `McLenny` read as an organisation, counts unless it is a place)
            person |= IsPersonName(k) || (view.Tag(k) == "NNP" && view.PlaceAt[k] < 0 && view.EntityAt[k] >= 0);
        }

        return person && (k >= end || view.IsPunct(k, '.') || view.IsPunct(k, ',') || view.IsPunct(k, ';')
            || view.Word(k) is "that" or "about" or "when" or "and" or "but");
    }

    // The object's head is people who fled: `accepted 11,491 Syrian refugees`, `admitting asylum seekers from Syria`
    // (`accepted the proposal on refugees` has another head).
    private bool TakesInDisplaced(int last, int end)
    {
        for (var k = last + 1; k < end && k <= last + 6; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.'))
            {
                return false;
            }

            if (view.Is(k, WordSets.Displaced))
            {
                return true;
            }

            if (view.IsNoun(k) && !(k + 1 < end && (view.IsNoun(k + 1) || IsPossessiveMark(k + 1) || view.Is(k + 1, WordSets.Displaced))))
            {
                return false;
            }
        }

        return false;
    }

    // `don't shoot` or `do not attack` at the start of a sentence, or after a comma, a colon or a quotation mark.
    private bool NegatedImperative(int t, int first)
    {
        var k = t - 1;
        if (k - 1 < first || !(view.Word(k) is "n't" or "not" or "’t") || !(view.Word(k - 1) is "do" or "Do" or "Don" or "don"))
        {
            return false;
        }

        return k - 1 == first || view.Tag(k - 2) is "," or ":" or "``" or "''" || view.Word(k - 2) is "\"" or "“";
    }

    // A quotation mark among the few words before the verb (the sentence splitter may end a sentence at the `?` inside it).
    private bool QuotationBefore(int first, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, Math.Min(first, t - 6)); k--)
        {
            if (view.Tag(k) is "''" || view.Word(k) is "”" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    // `blasted the newspapers for their coverage`, `blasted the council over failing to act`: blasting someone for what
    // they did or said (a possessive or a gerund after `for` or `over`) is criticism; a bombing gives no such reason.
    private bool BlastedForFault(int t, int last, int end)
    {
        if (!view.Word(t).StartsWith("blast", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var k = last + 1; k + 1 < end && k <= last + 8; k++)
        {
            if (view.IsClauseBreak(k) || view.IsPunct(k, ',') || view.IsPunct(k, '.'))
            {
                return false;
            }

            if (view.Word(k) is "for" or "over" && view.Tag(k + 1) is "PRP$" or "VBG")
            {
                return true;
            }
        }

        return false;
    }
}
