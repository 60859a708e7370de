using static Sign2Gpt.Datasets.SynthSign.Grammar.EnglishEverydayWords;
using static Sign2Gpt.Datasets.SynthSign.Grammar.EnglishWeatherWords;

namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// English sentences with their synth-asl signs. Sign order: time, place or topic, subject, object,
/// verb, modal, NOT, wh-word; possessors and adjectives before their noun. Articles, prepositions,
/// auxiliaries ("will", "do", "to") and dummy subjects ("it", "there") are not signed.
/// </summary>
internal sealed class EnglishAslRealizer : ISentenceRealizer
{
    private static readonly string[] FixedGlosses =
    [
        "STRONG", Not, "TEMPERATURE", "HIGH", "LOW", "TO", "DEGREE", "MINUS", "RISE", "DROP",
        "NOW", "WEATHER", "GOOD", "EVENING", "AFTERNOON", "DEAR", "VIEWER", With, Very, Football, ClockTime, Have.Gloss,
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
        _ => throw new ArgumentException($"No English realisation for {meaning.GetType().Name}.", nameof(meaning)),
    };

    private static SynthSentence Forecast(WeatherForecast meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var weather = Weather(meaning.Weather);
        var negated = meaning.Negation != Negation.None;
        var core = negated ? weather.Negated! : meaning.Strong ? weather.Strong! : weather.Plain;
        var temperature = meaning.Temperature is { } reading ? Temperature(reading) : null;
        var words = SpokenWords.Join(time?.Words, core, region?.Words, temperature?.Words);

        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(negated, weather.Glosses);
        if (meaning.Strong)
        {
            signs.Add("STRONG");
        }

        signs.AddNegation(meaning.Negation, Not).Add(temperature);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static Phrase Temperature(TemperatureReading reading)
    {
        var (lead, glosses) = reading.Kind switch
        {
            TemperatureKind.Highs => ("with highs around", new[] { "TEMPERATURE", "HIGH" }),
            TemperatureKind.Lows => ("with lows around", ["TEMPERATURE", "LOW"]),
            TemperatureKind.Between => ("with temperatures between", ["TEMPERATURE"]),
            _ => ("with temperatures around", ["TEMPERATURE"]),
        };
        var low = Count(reading.Low);
        if (reading.Kind != TemperatureKind.Between)
        {
            var unit = Math.Abs(reading.Low) == 1 ? "degree" : "degrees";
            return new(SpokenWords.Join(lead, low.Words, unit), [.. glosses, .. low.Glosses, "DEGREE"]);
        }

        var high = Count(reading.High);
        return new(SpokenWords.Join(lead, low.Words, "and", high.Words, "degrees"), [.. glosses, .. low.Glosses, "TO", .. high.Glosses, "DEGREE"]);
    }

    private static SynthSentence Contrast(WeatherContrast meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var firstRegion = RegionName(meaning.FirstRegion);
        var secondRegion = RegionName(meaning.SecondRegion);
        var first = Weather(meaning.FirstWeather);
        var second = Weather(meaning.SecondWeather);
        var words = SpokenWords.Join(time?.Words, first.Plain, firstRegion.Words, "and", second.Plain, secondRegion.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(firstRegion).Add(first.Glosses).Add(secondRegion).Add(second.Glosses);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Change(TemperatureChange meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var (verb, gloss) = meaning.Rising ? ("rise", "RISE") : ("drop", "DROP");
        var degrees = Count(meaning.Degrees);
        var unit = Math.Abs(meaning.Degrees) == 1 ? "degree" : "degrees";
        var words = SpokenWords.Join(time?.Words, "temperatures will", verb, "to", degrees.Words, unit, region?.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add("TEMPERATURE", gloss).Add(degrees).Add("DEGREE");
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence WindSentence(WindReport meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var wind = Wind(meaning.Strength);
        var source = WindSource(meaning.From);
        var words = SpokenWords.Join(time?.Words, wind.Words, "will blow", source.Words, region?.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(wind).Add(source);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence TrendSentence(WeatherTrendReport meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var region = meaning.Region is { } r ? RegionName(r) : null;
        var trend = Trend(meaning.Trend);
        var words = SpokenWords.Join(time?.Words, trend.Words, region?.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(region).Add(trend);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Intro(ForecastIntro meaning)
    {
        var day = Time(meaning.Day);
        var weekday = Weekday(meaning.Weekday);
        var dayOfMonth = meaning.DayOfMonth is { } d ? DayOfMonth(d) : null;
        var month = meaning.Month is { } m ? MonthName(m) : null;
        var words = SpokenWords.Join(
            "and now the weather forecast for", day.Words, weekday.Words, dayOfMonth is null ? null : "the", dayOfMonth?.Words, month is null ? null : "of", month?.Words);
        var signs = new SignSequenceBuilder().Add("NOW", "WEATHER").Add(day).Add(weekday).Add(dayOfMonth).Add(month);
        return new(SentenceDomain.Weather, words, signs.Build(Mood.Statement));
    }

    private static SynthSentence Greeting(ViewerGreeting meaning)
    {
        var (words, part) = meaning.Evening ? ("good evening dear viewers", "EVENING") : ("good afternoon dear viewers", "AFTERNOON");
        return new(SentenceDomain.Weather, words, new SignSequenceBuilder().Add("GOOD", part, "DEAR", "VIEWER").Build(Mood.Statement));
    }

    private static EnglishTense TenseOf(TimeReference? time) =>
        time.IsPast() ? EnglishTense.Past : time is null ? EnglishTense.Present : EnglishTense.Future;

    /// <summary>The verb group of a statement: "will not go", "wants to go", "does not have to go".</summary>
    private static string StatementVerbs(EnglishVerb verb, Modal modal, EnglishTense tense, int slot, bool negated)
    {
        var third = slot == 2;
        if (tense == EnglishTense.Past)
        {
            return negated ? "did not " + verb.Base : verb.Past;
        }

        return modal switch
        {
            Modal.Want => negated ? $"{Do(slot)} not want to {verb.Base}" : $"{(third ? "wants" : "want")} to {verb.Base}",
            Modal.Must => negated ? $"{Do(slot)} not have to {verb.Base}" : $"{(third ? "has" : "have")} to {verb.Base}",
            Modal.Can => negated ? "cannot " + verb.Base : "can " + verb.Base,
            Modal.Like => negated ? $"{Do(slot)} not like to {verb.Base}" : $"{(third ? "likes" : "like")} to {verb.Base}",
            _ when tense == EnglishTense.Future => negated ? "will not " + verb.Base : "will " + verb.Base,
            _ => negated ? $"{Do(slot)} not {verb.Base}" : verb.Present(slot),
        };
    }

    /// <summary>The verb group of a question, split around the subject: "does" + "want to go".</summary>
    private static (string Auxiliary, string Remainder) QuestionVerbs(EnglishVerb verb, Modal modal, EnglishTense tense, int slot)
    {
        if (tense == EnglishTense.Past)
        {
            return ("did", verb.Base);
        }

        return modal switch
        {
            Modal.Want => (Do(slot), "want to " + verb.Base),
            Modal.Must => (Do(slot), "have to " + verb.Base),
            Modal.Can => ("can", verb.Base),
            Modal.Like => (Do(slot), "like to " + verb.Base),
            _ when tense == EnglishTense.Future => ("will", verb.Base),
            _ => (Do(slot), verb.Base),
        };
    }

    /// <summary>Statements put the time first; questions put it last; "who" is the subject of its question.</summary>
    private static string Clause(
        ClauseForm form, Phrase? subject, int slot, EnglishVerb verb, Modal modal, EnglishTense tense, Phrase? time, params IEnumerable<string?> complements)
    {
        if (form.Mood == Mood.Statement)
        {
            return SpokenWords.Join([time?.Words, subject?.Words, StatementVerbs(verb, modal, tense, slot, form.IsNegated), .. complements]);
        }

        if (form.Wh == WhWord.Who)
        {
            return SpokenWords.Join(["who", StatementVerbs(verb, modal, tense, 2, negated: false), .. complements, time?.Words]);
        }

        var (auxiliary, remainder) = QuestionVerbs(verb, modal, tense, slot);
        return SpokenWords.Join([form.Wh is { } wh ? Wh(wh).Words : null, auxiliary, subject?.Words, remainder, .. complements, time?.Words]);
    }

    private static SignSequenceBuilder AddPredicate(SignSequenceBuilder signs, string verbGloss, Modal modal, ClauseForm form)
    {
        signs.Add(form.IsNegated, verbGloss);
        if (modal != Modal.None)
        {
            signs.Add(form.IsNegated, ModalGloss(modal));
        }

        signs.AddNegation(form.Negation, Not);
        return form.Wh is { } wh ? signs.Add(Wh(wh)) : signs;
    }

    private static SynthSentence MotionSentence(MotionPlan meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, asObject: false);
        var companion = meaning.Companion is { } c ? PersonPhrase(c, asObject: true) : null;
        var place = PlacePhrases(meaning.Destination);
        var verb = MotionVerb(meaning.Motion);
        var words = Clause(
            meaning.Form, subject, meaning.Subject.Person.AgreementSlot(), verb, meaning.Modal, TenseOf(meaning.Time), time,
            place.To, companion is null ? null : "with " + companion.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (companion is not null)
        {
            signs.Add(companion).Add(With);
        }

        signs.Add(place.Gloss);
        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form).Build(meaning.Form.Mood));
    }

    private static SynthSentence ObjectActionSentence(ObjectActionEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = meaning.Subject is { } s ? PersonPhrase(s, asObject: false) : null;
        var thing = meaning.Object is { } o ? ThingNoun(o) : null;
        var quality = meaning.Quality is { } q ? Quality(q) : null;
        var verb = Action(meaning.Action);
        var objectWords = thing is null ? null : meaning.Modal == Modal.Like ? thing.Bare : thing.Indefinite(quality?.Words);
        var words = Clause(
            meaning.Form, subject, meaning.Subject?.Person.AgreementSlot() ?? 2, verb, meaning.Modal, TenseOf(meaning.Time), time, objectWords);
        var signs = new SignSequenceBuilder().Add(time).Add(subject).Add(quality);
        if (thing is not null)
        {
            signs.Add(thing.Gloss);
        }

        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form).Build(meaning.Form.Mood));
    }

    private static SynthSentence PersonActionSentence(PersonActionEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, asObject: false);
        var personObject = PersonPhrase(meaning.Object, asObject: true);
        var verb = Action(meaning.Action);
        var words = Clause(
            meaning.Form, subject, meaning.Subject.Person.AgreementSlot(), verb, meaning.Modal, TenseOf(meaning.Time), time, personObject.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(subject).Add(personObject);
        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form).Build(meaning.Form.Mood));
    }

    private static SynthSentence FeelingSentence(FeelingState meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, asObject: false);
        var feeling = FeelingWord(meaning.Feeling);
        var negated = meaning.Form.IsNegated;
        var be = Be(meaning.Subject.Person.AgreementSlot(), meaning.Time.IsPast());
        var very = meaning.Very ? "very" : null;
        var words = meaning.Form.Mood == Mood.Statement
            ? SpokenWords.Join(time?.Words, subject.Words, be, negated ? "not" : null, very, feeling.Words)
            : SpokenWords.Join(be, subject.Words, very, feeling.Words, time?.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (meaning.Very)
        {
            signs.Add(negated, Very);
        }

        signs.Add(negated, feeling.Glosses).AddNegation(meaning.Form.Negation, Not);
        return new(SentenceDomain.DailyLife, words, signs.Build(meaning.Form.Mood));
    }

    private static SynthSentence PossessionSentence(PossessionStatement meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var owner = PersonPhrase(meaning.Owner, asObject: false);
        var thing = ThingNoun(meaning.Object);
        var quality = meaning.Quality is { } q ? Quality(q) : null;
        // "today i do not have time": owning is a state, so only later days take "will".
        var tense = meaning.Time.IsPast() ? EnglishTense.Past
            : meaning.Time is null or TimeReference.Today ? EnglishTense.Present
            : EnglishTense.Future;
        var words = Clause(
            meaning.Form, owner, meaning.Owner.Person.AgreementSlot(), Have, Modal.None, tense, time, thing.Indefinite(quality?.Words));
        var signs = new SignSequenceBuilder().Add(time).Add(owner).Add(quality).Add(thing.Gloss);
        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, Have.Gloss, Modal.None, meaning.Form).Build(meaning.Form.Mood));
    }

    private static SynthSentence ActivitySentence(ActivityEvent meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var subject = PersonPhrase(meaning.Subject, asObject: false);
        (string To, string At, string Gloss)? place = meaning.Place is { } p ? PlacePhrases(p) : null;
        var verb = ActivityVerb(meaning.Activity);
        var football = meaning.Activity == Activity.PlayFootball;
        var words = Clause(
            meaning.Form, subject, meaning.Subject.Person.AgreementSlot(), verb, meaning.Modal, TenseOf(meaning.Time), time,
            football ? "football" : null, place?.At);
        var signs = new SignSequenceBuilder().Add(time).Add(subject);
        if (place is { } location)
        {
            signs.Add(location.Gloss);
        }

        if (football)
        {
            signs.Add(Football);
        }

        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, verb.Gloss, meaning.Modal, meaning.Form).Build(meaning.Form.Mood));
    }

    private static SynthSentence TimetableSentence(TimetableStatement meaning)
    {
        var time = meaning.Time is { } t ? Time(t) : null;
        var vehicle = VehicleName(meaning.Vehicle);
        var verb = Timetable(meaning.Event);
        var hour = meaning.Hour is { } h ? Count(h) : null;
        var words = Clause(meaning.Form, vehicle, 2, verb, Modal.None, TenseOf(meaning.Time), time, hour is null ? null : "at " + hour.Words);
        var signs = new SignSequenceBuilder().Add(time).Add(vehicle);
        if (hour is not null)
        {
            signs.Add(ClockTime).Add(hour);
        }

        return new(SentenceDomain.DailyLife, words, AddPredicate(signs, verb.Gloss, Modal.None, meaning.Form).Build(meaning.Form.Mood));
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
        .. GlossInventory.Each<WeatherTrend>(trend => Trend(trend).Glosses),
        .. SpokenNumbers.All.SelectMany(number => Number(number).Glosses),
        .. GlossInventory.Each<Person>(person => Enum.GetValues<Possessor>().SelectMany(possessor => PersonPhrase(new PersonRef(person, possessor), asObject: false).Glosses)),
        .. GlossInventory.Each<Place>(place => [PlacePhrases(place).Gloss]),
        .. GlossInventory.Each<Motion>(motion => [MotionVerb(motion).Gloss]),
        .. GlossInventory.Each<ObjectAction>(action => [Action(action).Gloss]),
        .. GlossInventory.Each<PersonAction>(action => [Action(action).Gloss]),
        .. GlossInventory.Each<Activity>(activity => [ActivityVerb(activity).Gloss]),
        .. GlossInventory.Each<Modal>(modal => modal == Modal.None ? [] : [ModalGloss(modal)]),
        .. GlossInventory.Each<Thing>(thing => [ThingNoun(thing).Gloss]),
        .. GlossInventory.Each<ThingQuality>(quality => Quality(quality).Glosses),
        .. GlossInventory.Each<Feeling>(feeling => FeelingWord(feeling).Glosses),
        .. GlossInventory.Each<Vehicle>(vehicle => VehicleName(vehicle).Glosses),
        .. GlossInventory.Each<TimetableEvent>(timetableEvent => [Timetable(timetableEvent).Gloss]),
        .. GlossInventory.Each<WhWord>(wh => Wh(wh).Glosses),
    ], StringComparer.Ordinal);
}
