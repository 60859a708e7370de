using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Grammar;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

/// <summary>Known meanings give exactly these sentences and signs: the grammar's word order and inflection.</summary>
public sealed class SentenceRealizationTests
{
    private static readonly ClauseForm Negated = new(Mood.Statement, null, Negation.Signed);

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        {
            "forecast",
            "morgen regnet es im norden bei temperaturen um zehn grad",
            "MORGEN NORD REGEN TEMPERATUR ZEHN GRAD",
            "tomorrow it will rain in the north with temperatures around ten degrees",
            "TOMORROW NORTH RAIN TEMPERATURE TEN DEGREE"
        },
        {
            "plan",
            "heute abend möchte ich mit meiner schwester ins kino gehen",
            "HEUTE ABEND ICH SCHWESTER ZUSAMMEN KINO GEHEN WOLLEN",
            "this evening i want to go to the cinema with my sister",
            "TODAY EVENING ME SISTER WITH MOVIE GO WANT"
        },
        {
            "negated object",
            "heute trinkt mein vater keinen kaffee",
            "HEUTE VATER KAFFEE TRINKEN NICHT",
            "today my father will not drink coffee",
            "TODAY FATHER COFFEE DRINK NOT"
        },
        {
            "yes/no question",
            "hast du morgen zeit",
            "MORGEN DU ZEIT HABEN",
            "will you have time tomorrow",
            "TOMORROW YOU TIME HAVE"
        },
        {
            "wh-question",
            "wo wohnt deine schwester",
            "SCHWESTER DEIN WOHNEN WO",
            "where does your sister live",
            "YOUR SISTER LIVE WHERE"
        },
        {
            "separable verb, perfect",
            "gestern habe ich meinen bruder angerufen",
            "GESTERN ICH BRUDER ANRUFEN",
            "yesterday i called my brother",
            "YESTERDAY ME BROTHER CALL"
        },
        {
            "separable verb, negated",
            "heute abend rufe ich meinen bruder nicht an",
            "HEUTE ABEND ICH BRUDER ANRUFEN NICHT",
            "this evening i will not call my brother",
            "TODAY EVENING ME BROTHER CALL NOT"
        },
        {
            "possession with adjective",
            "unsere kinder haben einen kleinen hund",
            "KIND UNSER HUND KLEIN HABEN",
            "our children have a small dog",
            "OUR CHILD SMALL DOG HAVE"
        },
        {
            "wind",
            "an der küste weht ein starker wind aus nordwesten",
            "KUESTE WIND STARK NORD WEST",
            "a strong wind will blow from the northwest on the coast",
            "COAST WIND STRONG NORTH WEST"
        },
        {
            "intro",
            "und nun die wettervorhersage für morgen dienstag den zwölften mai",
            "JETZT WETTER MORGEN DIENSTAG ZWOELF MAI",
            "and now the weather forecast for tomorrow tuesday the twelfth of may",
            "NOW WEATHER TOMORROW TUESDAY TWELVE MAY"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Meaning_is_realised_in_both_languages(string meaningName, string german, string dgs, string english, string asl)
    {
        var meaning = Meaning(meaningName);

        var inGerman = SynthSignLanguage.Dgs.Realizer.Realize(meaning);
        var inEnglish = SynthSignLanguage.Asl.Realizer.Realize(meaning);

        Assert.Equal(german, inGerman.Translation);
        Assert.Equal(dgs, inGerman.Orth);
        Assert.Equal(english, inEnglish.Translation);
        Assert.Equal(asl, inEnglish.Orth);
    }

    [Fact]
    public void Negation_shakes_the_head_over_verb_and_not_only()
    {
        var sentence = SynthSignLanguage.Dgs.Realizer.Realize(Meaning("negated object"));

        Assert.Equal(
            ["TRINKEN", "NICHT"],
            sentence.Signs.Where(sign => sign.Markers == NonManualMarker.Negation).Select(sign => sign.Gloss));
        Assert.All(sentence.Signs.Take(3), sign => Assert.Equal(NonManualMarker.None, sign.Markers));
    }

    [Fact]
    public void Negation_without_a_not_sign_is_carried_by_the_head_shake_alone()
    {
        var meaning = new ObjectActionEvent(
            TimeReference.Today, new PersonRef(Person.Father, Possessor.My), ObjectAction.Drink, Thing.Coffee, null, Modal.None,
            new ClauseForm(Mood.Statement, null, Negation.HeadShakeOnly));

        var sentence = SynthSignLanguage.Dgs.Realizer.Realize(meaning);

        Assert.Equal("heute trinkt mein vater keinen kaffee", sentence.Translation);
        Assert.Equal("HEUTE VATER KAFFEE TRINKEN", sentence.Orth);
        Assert.Equal(NonManualMarker.Negation, sentence.Signs[^1].Markers);
    }

    [Theory]
    [InlineData("yes/no question", NonManualMarker.YesNoQuestion)]
    [InlineData("wh-question", NonManualMarker.WhQuestion)]
    public void Questions_mark_every_sign(string meaningName, NonManualMarker marker)
    {
        foreach (var language in SynthSignLanguage.All)
        {
            var sentence = language.Realizer.Realize(Meaning(meaningName));

            Assert.All(sentence.Signs, sign => Assert.Equal(marker, sign.Markers));
        }
    }

    private static Meaning Meaning(string name) => name switch
    {
        "forecast" => new WeatherForecast(
            TimeReference.Tomorrow, Region.North, WeatherKind.Rain, false, Negation.None, new TemperatureReading(TemperatureKind.Around, 10, 0)),
        "plan" => new MotionPlan(
            TimeReference.ThisEvening, PersonRef.Pronoun(Person.I), new PersonRef(Person.Sister, Possessor.My), Place.Cinema, Motion.Walk, Modal.Want,
            ClauseForm.Statement),
        "negated object" => new ObjectActionEvent(
            TimeReference.Today, new PersonRef(Person.Father, Possessor.My), ObjectAction.Drink, Thing.Coffee, null, Modal.None, Negated),
        "yes/no question" => new PossessionStatement(
            TimeReference.Tomorrow, PersonRef.Pronoun(Person.You), Thing.Time, null, new ClauseForm(Mood.YesNoQuestion, null, Negation.None)),
        "wh-question" => new ActivityEvent(
            null, new PersonRef(Person.Sister, Possessor.Your), Activity.Live, null, Modal.None, new ClauseForm(Mood.WhQuestion, WhWord.Where, Negation.None)),
        "separable verb, perfect" => new PersonActionEvent(
            TimeReference.Yesterday, PersonRef.Pronoun(Person.I), PersonAction.Call, new PersonRef(Person.Brother, Possessor.My), Modal.None, ClauseForm.Statement),
        "separable verb, negated" => new PersonActionEvent(
            TimeReference.ThisEvening, PersonRef.Pronoun(Person.I), PersonAction.Call, new PersonRef(Person.Brother, Possessor.My), Modal.None, Negated),
        "possession with adjective" => new PossessionStatement(
            null, new PersonRef(Person.Children, Possessor.Our), Thing.Dog, ThingQuality.Small, ClauseForm.Statement),
        "wind" => new WindReport(null, Region.Coast, WindStrength.Strong, Region.Northwest),
        "intro" => new ForecastIntro(TimeReference.Tomorrow, DayOfWeek.Tuesday, 12, Month.May),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
