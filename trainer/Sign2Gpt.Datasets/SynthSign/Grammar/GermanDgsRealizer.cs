using static Sign2Gpt.Datasets.SynthSign.Grammar.GermanEverydayWords;
using static Sign2Gpt.Datasets.SynthSign.Grammar.GermanWeatherWords;

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// German sentences with their synth-dgs signs. Sign order: time, place or topic, subject, object,
/// verb, modal, NICHT, wh-word. Articles, prepositions, auxiliaries and "es" are not signed.
/// </summary>
internal sealed class GermanDgsRealizer : ISentenceRealizer
{
    private static readonly string[] FixedGlosses =
    [
        "STARK", Not, "TEMPERATUR", "MAXIMAL", "MINIMAL", "BIS", "GRAD", "MINUS", "STEIGEN", "SINKEN",
        "JETZT", "WETTER", "GUT", "ABEND", "TAG", "LIEB", "ZUSCHAUER", Together, Very, Football, Hour, Have.Gloss,
    ];

    public IReadOnlyCollection<string> Glosses { get; } = CollectGlosses();

    public SynthSentence Realize(Meaning meaning) => meaning switch
    {
        WeatherForecast forecast => Forecast(forecast),
        WeatherContrast contrast => Contrast(contrast),
        TemperatureChange change => Change(change),
        WindReport wind => WindSentence(wind),
        WeatherTrendReport trend => TrendSentence(trend),
        ForecastIntro intro => Intro(intro),
        ViewerGreeting greeting => Greeting(greeting),
        MotionPlan plan => MotionSentence(plan),
        ObjectActionEvent action => ObjectActionSentence(action),
        PersonActionEvent action => PersonActionSentence(action),
        FeelingState state => FeelingSentence(state),
        PossessionStatement possession => PossessionSentence(possession),
        ActivityEvent activity => ActivitySentence(activity),
        TimetableStatement timetable => TimetableSentence(timetable),
        _ => throw new ArgumentException($"No German realisation for {meaning.GetType().Name}.", nameof(meaning)),
    };

    /// <summary>Verb second: the time, else the region, else the subject comes first.</summary>
    private static string WeatherClause(Phrase? time, Phrase? region, string verb, string subject, string tail) =>
        time is not null ? SpokenWords.Join(time.Words, verb, subject, region?.Words, tail)
        : region is not null ? SpokenWords.Join(region.Words, verb, subject, tail)
        : SpokenWords.Join(subject, verb, tail);

    private static SynthSentence Forecast(WeatherForecast meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var weather = Weather(meaning.Weather);
        var negated = meaning.Negation != Negation.None;
        var tail = negated ? weather.NegatedTail! : meaning.Strong ? weather.StrongTail! : weather.Tail;
        var temperature = meaning.Temperature is { } reading ? Temperature(reading) : null;
        var words = SpokenWords.Join(WeatherClause(time, region, weather.Verb, weather.Subject, tail), temperature?.Words);

        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(negated, weather.Glosses);
        if (meaning.Strong)
        {
            signs.Add("STARK");
        }

        signs.AddNegation(meaning.Negation, Not).Add(temperature);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static Phrase Temperature(TemperatureReading reading)
    {
        var (lead, glosses) = reading.Kind switch
        {
            TemperatureKind.Highs => ("bei höchstwerten um", new[] { "TEMPERATUR", "MAXIMAL" }),
            TemperatureKind.Lows => ("bei tiefstwerten um", ["TEMPERATUR", "MINIMAL"]),
            TemperatureKind.Between => ("bei temperaturen zwischen", ["TEMPERATUR"]),
            _ => ("bei temperaturen um", ["TEMPERATUR"]),
        };
        var low = Count(reading.Low);
        if (reading.Kind != TemperatureKind.Between)
        {
            return new(SpokenWords.Join(lead, low.Words, "grad"), [.. glosses, .. low.Glosses, "GRAD"]);
        }

        var high = Count(reading.High);
        return new(SpokenWords.Join(lead, low.Words, "und", high.Words, "grad"), [.. glosses, .. low.Glosses, "BIS", .. high.Glosses, "GRAD"]);
    }

    private static SynthSentence Contrast(WeatherContrast meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var firstRegion = RegionName(meaning.FirstRegion);
        var secondRegion = RegionName(meaning.SecondRegion);
        var first = Weather(meaning.FirstWeather);
        var second = Weather(meaning.SecondWeather);
        var words = SpokenWords.Join(
            WeatherClause(time, firstRegion, first.Verb, first.Subject, first.Tail),
            "und",
            WeatherClause(null, secondRegion, second.Verb, second.Subject, second.Tail));
        var signs = new SignSequenceBuilder().Add(time).Add(firstRegion).Add(first.Glosses).Add(secondRegion).Add(second.Glosses);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Change(TemperatureChange meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var (verb, gloss) = meaning.Rising ? ("steigen", "STEIGEN") : ("sinken", "SINKEN");
        var degrees = Count(meaning.Degrees);
        var words = WeatherClause(time, region, verb, "die temperaturen", SpokenWords.Join("auf", degrees.Words, "grad"));
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add("TEMPERATUR", gloss).Add(degrees).Add("GRAD");
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence WindSentence(WindReport meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var wind = Wind(meaning.Strength);
        var source = WindSource(meaning.From);
        var words = WeatherClause(time, region, "weht", wind.Words, source.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(wind).Add(source);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence TrendSentence(WeatherTrendReport meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var (verb, predicate) = Trend(meaning.Trend);
        var words = WeatherClause(time, region, verb, "es", predicate.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(predicate);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Intro(ForecastIntro meaning)
    {
        var day = Time(meaning.Day);
        var weekday = Weekday(meaning.Weekday);
        var dayOfMonth = meaning.DayOfMonth is { } d ? DayOfMonth(d) : null;
        var month = meaning.Month is { } m ? MonthName(m) : null;
        var words = SpokenWords.Join(
            "und nun die wettervorhersage für", day.Words, weekday.Words, dayOfMonth is null ? null : "den", dayOfMonth?.Words, month?.Words);
        var signs = new SignSequenceBuilder().Add("JETZT", "WETTER").Add(day).Add(weekday).Add(dayOfMonth).Add(month);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Greeting(ViewerGreeting meaning)
    {
        var (words, part) = meaning.Evening ? ("guten abend liebe zuschauer", "ABEND") : ("guten tag liebe zuschauer", "TAG");
        return new(SentenceDomain.Weather, words, new SignSequenceBuilder().Add("GUT", part, "LIEB", "ZUSCHAUER").Build(Mood.Statement));
    }

    /// <summary>Finite verb, "gern" and clause-final verb forms for a tense and modal.</summary>
    private static (string Finite, string? Adverb, string?[] End) Predicate(GermanVerb verb, Modal modal, bool past, int slot)
    {
        if (past)
        {
            return (Auxiliary(verb, slot), null, [verb.Participle]);
        }

        return modal switch
        {
            Modal.None => (verb.Present[slot], null, [verb.Particle]),
            Modal.Like => (verb.Present[slot], "gern", [verb.Particle]),
            _ => (ModalVerb(modal).Forms![slot], null, [verb.Infinitive]),
        };
    }

    private static SignSequenceBuilder AddPredicate(SignSequenceBuilder signs, string verbGloss, Modal modal, ClauseForm form)
    {
        signs.Add(form.IsNegated, verbGloss);
        if (modal != Modal.None)
        {
            signs.Add(form.IsNegated, ModalVerb(modal).Gloss);
        }

        signs.AddNegation(form.Negation, Not);
        return form.Wh is { } wh ? signs.Add(Wh(wh)) : signs;
    }

    private static SynthSentence Daily(ClauseForm form, GermanClause clause, Phrase? time, SignSequenceBuilder signs) =>
        new(SentenceDomain.DailyLife, clause.Render(form.Mood, time?.Words, form.Wh is { } wh ? Wh(wh).Words : null), signs.Build(form.Mood));

    private static SynthSentence MotionSentence(MotionPlan meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, GermanCase.Nominative);
        var companion = meaning.Companion is { } c ? PersonPhrase(c, GermanCase.Dative) : null;
        var place = PlacePhrases(meaning.Destination);
        var verb = MotionVerb(meaning.Motion);
        var (finite, adverb, end) = Predicate(verb, meaning.Modal, meaning.Time.IsPast(), meaning.Subject.Person.AgreementSlot());
        var clause = new GermanClause(subject.Words, finite)
        {
            Adverb = adverb,
            AfterNegation = [companion is null ? null : "mit " + companion.Words, place.To],
            End = end,
            Negated = meaning.Form.IsNegated,
        };
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (companion is not null)
        {
            signs.Add(companion).Add(Together);
        }

        return Daily(meaning.Form, clause, time, AddPredicate(signs.Add(place.Gloss), verb.Gloss, meaning.Modal, meaning.Form));
    }

    private static SynthSentence ObjectActionSentence(ObjectActionEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = meaning.Subject is { } s ? PersonPhrase(s, GermanCase.Nominative) : null;
        var thing = meaning.Object is { } o ? ThingNoun(o) : null;
        var quality = meaning.Quality is { } q ? Quality(q) : ((string Stem, string Gloss)?)null;
        var verb = Action(meaning.Action);
        var like = meaning.Modal == Modal.Like;
        var objectWords = thing is null ? null
            : like ? thing.Bare
            : meaning.Form.IsNegated ? thing.Negative(quality?.Stem)
            : thing.Indefinite(quality?.Stem);
        var (finite, adverb, end) = Predicate(verb, meaning.Modal, meaning.Time.IsPast(), meaning.Subject?.Person.AgreementSlot() ?? 2);
        var clause = new GermanClause(subject?.Words, finite)
        {
            Adverb = adverb,
            BeforeNegation = [objectWords],
            End = end,
            // "kein" negates an indefinite object; only "gern" needs "nicht".
            Negated = meaning.Form.IsNegated && like,
        };
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (thing is not null)
        {
            signs.Add(thing.Gloss);
        }

        if (quality is { } adjective)
        {
            signs.Add(adjective.Gloss);
        }

        return Daily(meaning.Form, clause, time, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form));
    }

    private static SynthSentence PersonActionSentence(PersonActionEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, GermanCase.Nominative);
        var (verb, objectCase) = Action(meaning.Action);
        var personObject = PersonPhrase(meaning.Object, objectCase);
        var (finite, adverb, end) = Predicate(verb, meaning.Modal, meaning.Time.IsPast(), meaning.Subject.Person.AgreementSlot());
        var clause = new GermanClause(subject.Words, finite)
        {
            Adverb = adverb,
            BeforeNegation = [personObject.Words],
            End = end,
            Negated = meaning.Form.IsNegated,
        };
        var signs = new SignSequenceBuilder().Add(time).Add(subject).Add(personObject);
        return Daily(meaning.Form, clause, time, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form));
    }

    private static SynthSentence FeelingSentence(FeelingState meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, GermanCase.Nominative);
        var feeling = FeelingWord(meaning.Feeling);
        var negated = meaning.Form.IsNegated;
        var clause = new GermanClause(subject.Words, Be(meaning.Subject.Person.AgreementSlot(), meaning.Time.IsPast()))
        {
            AfterNegation = [meaning.Very ? "sehr" : null, feeling.Words],
            Negated = negated,
        };
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (meaning.Very)
        {
            signs.Add(negated, Very);
        }

        signs.Add(negated, feeling.Glosses).AddNegation(meaning.Form.Negation, Not);
        return Daily(meaning.Form, clause, time, signs);
    }

    private static SynthSentence PossessionSentence(PossessionStatement meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var owner = PersonPhrase(meaning.Owner, GermanCase.Nominative);
        var thing = ThingNoun(meaning.Object);
        var quality = meaning.Quality is { } q ? Quality(q) : ((string Stem, string Gloss)?)null;
        var slot = meaning.Owner.Person.AgreementSlot();
        var finite = meaning.Time.IsPast() ? HadForm(slot) : Have.Present[slot];
        var clause = new GermanClause(owner.Words, finite)
        {
            BeforeNegation = [meaning.Form.IsNegated ? thing.Negative(quality?.Stem) : thing.Indefinite(quality?.Stem)],
        };
        var signs = new SignSequenceBuilder().Add(time).Add(owner).Add(thing.Gloss);
        if (quality is { } adjective)
        {
            signs.Add(adjective.Gloss);
        }

        return Daily(meaning.Form, clause, time, AddPredicate(signs, Have.Gloss, Modal.None, meaning.Form));
    }

    private static SynthSentence ActivitySentence(ActivityEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, GermanCase.Nominative);
        (string To, string At, string Gloss)? place = meaning.Place is { } p ? PlacePhrases(p) : null;
        var verb = ActivityVerb(meaning.Activity);
        var football = meaning.Activity == Activity.PlayFootball;
        var (finite, adverb, end) = Predicate(verb, meaning.Modal, meaning.Time.IsPast(), meaning.Subject.Person.AgreementSlot());
        var clause = new GermanClause(subject.Words, finite)
        {
            Adverb = adverb,
            AfterNegation = [place?.At, football ? "fußball" : null],
            End = end,
            Negated = meaning.Form.IsNegated,
        };
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (place is { } location)
        {
            signs.Add(location.Gloss);
        }

        if (football)
        {
            signs.Add(Football);
        }

        return Daily(meaning.Form, clause, time, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form));
    }

    private static SynthSentence TimetableSentence(TimetableStatement meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var vehicle = VehicleName(meaning.Vehicle);
        var verb = Timetable(meaning.Event);
        var hour = meaning.Hour is { } h ? Count(h) : null;
        var clause = new GermanClause(vehicle.Words, verb.Words)
        {
            AfterNegation = [hour is null ? null : SpokenWords.Join("um", hour.Words, "uhr")],
        };
        var signs = new SignSequenceBuilder().Add(time).Add(vehicle);
        if (hour is not null)
        {
            signs.Add(hour).Add(Hour);
        }

        return Daily(meaning.Form, clause, time, AddPredicate(signs, verb.Glosses[0], Modal.None, meaning.Form));
    }

    private static HashSet<string> CollectGlosses() => new(
    [
        .. FixedGlosses,
        .. GlossInventory.Each<TimeReference>(time => Time(time).Glosses),
        .. GlossInventory.Each<DayOfWeek>(day => Weekday(day).Glosses),
        .. GlossInventory.Each<Month>(month => MonthName(month).Glosses),
        .. GlossInventory.Each<Region>(region => RegionName(region).Glosses),
        .. GlossInventory.Each<WeatherKind>(weather => Weather(weather).Glosses),
        .. GlossInventory.Each<WindStrength>(strength => Wind(strength).Glosses),
        .. GlossInventory.Each<WeatherTrend>(trend => Trend(trend).Predicate.Glosses),
        .. SpokenNumbers.All.SelectMany(number => Number(number).Glosses),
        .. GlossInventory.Each<Person>(person => Enum.GetValues<Possessor>().SelectMany(possessor => PersonPhrase(new PersonRef(person, possessor), GermanCase.Nominative).Glosses)),
        .. GlossInventory.Each<Place>(place => [PlacePhrases(place).Gloss]),
        .. GlossInventory.Each<Motion>(motion => [MotionVerb(motion).Gloss]),
        .. GlossInventory.Each<ObjectAction>(action => [Action(action).Gloss]),
        .. GlossInventory.Each<PersonAction>(action => [Action(action).Verb.Gloss]),
        .. GlossInventory.Each<Activity>(activity => [ActivityVerb(activity).Gloss]),
        .. GlossInventory.Each<Modal>(modal => modal == Modal.None ? [] : [ModalVerb(modal).Gloss]),
        .. GlossInventory.Each<Thing>(thing => [ThingNoun(thing).Gloss]),
        .. GlossInventory.Each<ThingQuality>(quality => [Quality(quality).Gloss]),
        .. GlossInventory.Each<Feeling>(feeling => FeelingWord(feeling).Glosses),
        .. GlossInventory.Each<Vehicle>(vehicle => VehicleName(vehicle).Glosses),
        .. GlossInventory.Each<TimetableEvent>(timetableEvent => Timetable(timetableEvent).Glosses),
        .. GlossInventory.Each<WhWord>(wh => Wh(wh).Glosses),
    ], StringComparer.Ordinal);
}
