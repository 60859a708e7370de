namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>
/// Draws meanings for both domains. It decides everything both languages must agree on (tense,
/// negation, whether NOT is signed), so a seed gives parallel sentences in synth-dgs and synth-asl.
/// </summary>
internal sealed class MeaningSampler(SynthRandom random)
{
    private static readonly TimeReference[] ForecastTimes =
    [
        .. Enum.GetValues<TimeReference>().Where(time => !time.IsPast()),
    ];

    private static readonly Region[] ContrastRegions = [.. Enum.GetValues<Region>().Where(region => region != Region.Everywhere)];
    private static readonly Region[] CompassRegions = [.. Enum.GetValues<Region>().Where(region => region.IsCompass())];
    private static readonly Person[] Relatives = [.. Enum.GetValues<Person>().Where(person => !person.IsPronoun())];
    private static readonly Thing[] Possessions = [Thing.Car, Thing.Bike, Thing.Dog, Thing.Cat, Thing.Computer, Thing.Phone, Thing.Flat, Thing.Time, Thing.Money];
    private static readonly Activity[] WhereActivities = [Grammar.Activity.Live, Grammar.Activity.Work, Grammar.Activity.Study];
    private static readonly int[] Temperatures = [.. SpokenNumbers.All.Where(value => value <= 10).Select(value => -value).Where(value => value < 0), .. SpokenNumbers.All];

    private static readonly (Func<MeaningSampler, Meaning> Draw, double Weight)[] WeatherFrames =
    [
        (sampler => sampler.Forecast(), 36),
        (sampler => sampler.Contrast(), 12),
        (sampler => sampler.Change(), 12),
        (sampler => sampler.Wind(), 12),
        (sampler => sampler.Trend(), 12),
        (sampler => sampler.Intro(), 11),
        (sampler => sampler.Greeting(), 3),
    ];

    private static readonly (Func<MeaningSampler, Meaning> Draw, double Weight)[] DailyFrames =
    [
        (sampler => sampler.Motion(), 22),
        (sampler => sampler.ObjectAction(), 24),
        (sampler => sampler.PersonAction(), 14),
        (sampler => sampler.Feeling(), 12),
        (sampler => sampler.Possession(), 12),
        (sampler => sampler.Activity(), 12),
        (sampler => sampler.Timetable(), 4),
    ];

    public Meaning Next(SentenceDomain domain) =>
        random.PickWeighted(domain == SentenceDomain.Weather ? WeatherFrames : DailyFrames)(this);

    private T Pick<T>(IReadOnlyList<T> items) => random.Pick(items);

    private T PickAny<T>()
        where T : struct, Enum => random.Pick(Enum.GetValues<T>());

    private TimeReference? MaybeForecastTime(double probability) => random.Chance(probability) ? Pick(ForecastTimes) : null;

    private Region? MaybeRegion(double probability) => random.Chance(probability) ? PickAny<Region>() : null;

    private Negation DrawNegation(double probability) =>
        !random.Chance(probability) ? Negation.None
        : random.Chance(0.75) ? Negation.Signed
        : Negation.HeadShakeOnly;

    private WeatherForecast Forecast()
    {
        var time = MaybeForecastTime(0.8);
        var region = MaybeRegion(0.75) ?? (time is null ? PickAny<Region>() : null);
        var weather = PickAny<WeatherKind>();
        var negation = weather.CanBeNegated() ? DrawNegation(0.18) : Negation.None;
        var strong = negation == Negation.None && weather.CanBeStrong() && random.Chance(0.3);
        var temperature = random.Chance(0.35) ? Temperature(weather) : null;
        return new WeatherForecast(time, region, weather, strong, negation, temperature);
    }

    /// <summary>A temperature that fits the weather: no thirty degrees with snow.</summary>
    private TemperatureReading Temperature(WeatherKind weather)
    {
        var (min, max) = weather switch
        {
            WeatherKind.Snow or WeatherKind.Sleet or WeatherKind.Frost or WeatherKind.Ice => (-10, 4),
            WeatherKind.Sunshine or WeatherKind.Thunderstorms or WeatherKind.Pleasant or WeatherKind.Dry => (6, 30),
            _ => (-5, 22),
        };
        int[] pool = [.. Temperatures.Where(value => value >= min && value <= max).Order()];
        var kind = random.PickWeighted<TemperatureKind>(
            [(TemperatureKind.Around, 0.4), (TemperatureKind.Between, 0.3), (TemperatureKind.Highs, 0.15), (TemperatureKind.Lows, 0.15)]);
        if (kind == TemperatureKind.Highs && max < 5)
        {
            kind = TemperatureKind.Lows;
        }

        switch (kind)
        {
            case TemperatureKind.Highs:
                return new(kind, Pick([.. pool.Where(value => value >= 5)]), 0);
            case TemperatureKind.Lows:
                return new(kind, Pick([.. pool.Where(value => value <= 10)]), 0);
            case TemperatureKind.Between:
                // "zwischen ein und fünf grad" is avoided: one is said differently alone and before a noun.
                int[] ends = [.. pool.Where(value => Math.Abs(value) != 1)];
                var low = Pick([.. ends.Where(low => ends.Any(high => IsRange(low, high)))]);
                return new(kind, low, Pick([.. ends.Where(high => IsRange(low, high))]));
            default:
                return new(kind, Pick(pool), 0);
        }

        static bool IsRange(int low, int high) => high >= low + 3 && high <= low + 14;
    }

    private WeatherContrast Contrast()
    {
        var first = Pick(ContrastRegions);
        var second = Pick([.. ContrastRegions.Where(region => region != first)]);
        var firstWeather = PickAny<WeatherKind>();
        var secondWeather = Pick([.. Enum.GetValues<WeatherKind>().Where(weather => weather != firstWeather)]);
        return new WeatherContrast(MaybeForecastTime(0.7), first, firstWeather, second, secondWeather);
    }

    private TemperatureChange Change()
    {
        var rising = random.Chance(0.5);
        var degrees = Pick([.. Temperatures.Where(value => rising ? value >= 10 : value <= 10)]);
        return new TemperatureChange(MaybeForecastTime(0.75), MaybeRegion(0.6), rising, degrees);
    }

    private WindReport Wind() =>
        new(MaybeForecastTime(0.7), MaybeRegion(0.6), PickAny<WindStrength>(), Pick(CompassRegions));

    private WeatherTrendReport Trend()
    {
        var time = MaybeForecastTime(0.75);
        var region = MaybeRegion(0.6) ?? (time is null ? PickAny<Region>() : null);
        return new WeatherTrendReport(time, region, PickAny<WeatherTrend>());
    }

    private ForecastIntro Intro()
    {
        var day = random.Chance(0.6) ? TimeReference.Tomorrow : TimeReference.Today;
        if (!random.Chance(0.6))
        {
            return new ForecastIntro(day, PickAny<DayOfWeek>(), null, null);
        }

        var month = PickAny<Month>();
        var dayOfMonth = Pick([.. SpokenNumbers.DaysOfMonth.Where(value => month != Month.February || value <= 28)]);
        return new ForecastIntro(day, PickAny<DayOfWeek>(), dayOfMonth, month);
    }

    private ViewerGreeting Greeting() => new(random.Chance(0.7));

    /// <summary>Statement, yes/no question or (where the frame allows one) wh-question; only statements are negated.</summary>
    private ClauseForm DrawForm(IReadOnlyList<WhWord> allowedWh, double negation = 0.22)
    {
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            return new ClauseForm(Mood.YesNoQuestion, null, Negation.None);
        }

        if (roll < 0.3 && allowedWh.Count > 0)
        {
            return new ClauseForm(Mood.WhQuestion, Pick(allowedWh), Negation.None);
        }

        return new ClauseForm(Mood.Statement, null, DrawNegation(negation));
    }

    /// <summary>Questions are mostly put to "you" about "your" relatives; statements mostly about "me" and "my".</summary>
    private PersonRef DrawPerson(ClauseForm form, bool pronounsAllowed = true, Person? not = null)
    {
        var asked = form.Mood != Mood.Statement;
        Person person;
        do
        {
            person = pronounsAllowed && random.Chance(asked ? 0.65 : 0.4)
                ? (asked ? Person.You : random.PickWeighted<Person>([(Person.I, 0.6), (Person.You, 0.15), (Person.We, 0.25)]))
                : Pick(Relatives);
        }
        while (person == not);

        if (person.IsPronoun())
        {
            return PersonRef.Pronoun(person);
        }

        var possessor = asked
            ? (random.Chance(0.7) ? Possessor.Your : Possessor.My)
            : random.PickWeighted<Possessor>([(Possessor.My, 0.75), (Possessor.Our, 0.15), (Possessor.Your, 0.1)]);
        return new PersonRef(person, possessor);
    }

    private TimeReference? DrawDailyTime(bool pastAllowed)
    {
        if (!random.Chance(0.7))
        {
            return null;
        }

        return pastAllowed && random.Chance(0.25)
            ? random.Pick([TimeReference.Yesterday, TimeReference.YesterdayEvening, TimeReference.LastWeek])
            : Pick(ForecastTimes);
    }

    /// <summary>Modals go with present and future only; "gern"/"like to" states a habit, so it has no time.</summary>
    private (Modal Modal, TimeReference? Time) DrawModalAndTime(bool likeAllowed = true, bool modalsAllowed = true)
    {
        var modal = !modalsAllowed ? Modal.None : random.PickWeighted<Modal>(
            [(Modal.None, 0.45), (Modal.Want, 0.22), (Modal.Must, 0.11), (Modal.Can, 0.11), (Modal.Like, likeAllowed ? 0.11 : 0)]);
        return modal switch
        {
            Modal.None => (modal, DrawDailyTime(pastAllowed: true)),
            Modal.Like => (modal, null),
            _ => (modal, DrawDailyTime(pastAllowed: false)),
        };
    }

    private MotionPlan Motion()
    {
        var form = DrawForm([WhWord.When]);
        var subject = DrawPerson(form);
        var companion = random.Chance(0.35) ? DrawPerson(form, pronounsAllowed: false, not: subject.Person) : null;
        var destination = PickAny<Place>();
        var motion = destination.IsCity() ? Grammar.Motion.Drive
            : destination == Place.Park ? Grammar.Motion.Walk
            : random.Chance(0.6) ? Grammar.Motion.Walk : Grammar.Motion.Drive;
        var (modal, time) = DrawModalAndTime();
        return new MotionPlan(form.Wh == WhWord.When ? null : time, subject, companion, destination, motion, modal, form);
    }

    private ObjectActionEvent ObjectAction()
    {
        var form = DrawForm([WhWord.What, WhWord.Who]);
        var action = PickAny<ObjectAction>();
        var thing = Pick(action.Objects());
        // "möchte geld brauchen" is not said: needing takes no modal.
        var (modal, time) = DrawModalAndTime(likeAllowed: action.TakesLike() && form.Wh != WhWord.Who, modalsAllowed: action != Grammar.ObjectAction.Need);
        ThingQuality? quality = modal != Modal.Like && thing.TakesQuality() && random.Chance(0.35) ? PickAny<ThingQuality>() : null;
        return new ObjectActionEvent(
            time,
            form.Wh == WhWord.Who ? null : DrawPerson(form),
            action,
            form.Wh == WhWord.What ? null : thing,
            form.Wh == WhWord.What ? null : quality,
            modal,
            form);
    }

    private PersonActionEvent PersonAction()
    {
        var form = DrawForm([WhWord.When]);
        var subject = DrawPerson(form);
        var target = DrawPerson(form, pronounsAllowed: false, not: subject.Person);
        var (modal, time) = DrawModalAndTime();
        return new PersonActionEvent(form.Wh == WhWord.When ? null : time, subject, PickAny<PersonAction>(), target, modal, form);
    }

    private FeelingState Feeling()
    {
        var form = DrawForm([]);
        return new FeelingState(DrawDailyTime(pastAllowed: true), DrawPerson(form), PickAny<Feeling>(), random.Chance(0.3), form);
    }

    private PossessionStatement Possession()
    {
        var form = DrawForm([]);
        var thing = Pick(Possessions);
        ThingQuality? quality = thing.TakesQuality() && random.Chance(0.4) ? PickAny<ThingQuality>() : null;
        return new PossessionStatement(DrawDailyTime(pastAllowed: true), DrawPerson(form), thing, quality, form);
    }

    private ActivityEvent Activity()
    {
        var activity = PickAny<Activity>();
        var form = DrawForm(WhereActivities.Contains(activity) ? [WhWord.Where] : []);
        var subject = DrawPerson(form);
        var place = form.Wh == WhWord.Where ? (Place?)null
            : activity == Grammar.Activity.Live || random.Chance(0.75) ? Pick(activity.Places())
            : null;
        if (activity == Grammar.Activity.Live)
        {
            // Where someone lives is not tied to a day.
            return new ActivityEvent(null, subject, activity, place, random.Chance(0.3) ? Modal.Want : Modal.None, form);
        }

        var (modal, time) = DrawModalAndTime();
        return new ActivityEvent(time, subject, activity, place, modal, form);
    }

    private TimetableStatement Timetable()
    {
        var form = DrawForm([WhWord.When], negation: 0);
        var hour = form.Wh == WhWord.When ? (int?)null : Pick(SpokenNumbers.Hours);
        return new TimetableStatement(DrawDailyTime(pastAllowed: false), PickAny<Vehicle>(), PickAny<TimetableEvent>(), hour, form);
    }
}
