namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>German everyday vocabulary, in the style of CSL-Daily's sentences, with its DGS-like glosses.</summary>
internal static class GermanEverydayWords
{
    public const string Not = "NICHT";
    public const string Together = "ZUSAMMEN";
    public const string Very = "SEHR";
    public const string Football = "FUSSBALL";
    public const string Hour = "UHR";

    private static readonly string[] Sein = ["bin", "bist", "ist", "sind", "sind"];
    private static readonly string[] War = ["war", "warst", "war", "waren", "waren"];
    private static readonly string[] Haben = ["habe", "hast", "hat", "haben", "haben"];
    private static readonly string[] Hatte = ["hatte", "hattest", "hatte", "hatten", "hatten"];

    public static string Be(int slot, bool past) => (past ? War : Sein)[slot];

    public static string Auxiliary(GermanVerb verb, int slot) => (verb.PerfectWithSein ? Sein : Haben)[slot];

    public static GermanVerb Have { get; } = new(Haben, "haben", "gehabt", false, null, "HABEN");

    public static string HadForm(int slot) => Hatte[slot];

    /// <summary>A person in a case: "ich"/"mich"/"mir", "meine schwester"/"meiner schwester".</summary>
    public static Phrase PersonPhrase(PersonRef person, GermanCase grammaticalCase)
    {
        var pronoun = person.Person switch
        {
            Grammar.Person.I => new[] { "ich", "mich", "mir" },
            Grammar.Person.You => ["du", "dich", "dir"],
            Grammar.Person.We => ["wir", "uns", "uns"],
            _ => null,
        };
        if (pronoun is not null)
        {
            var gloss = person.Person switch { Grammar.Person.I => "ICH", Grammar.Person.You => "DU", _ => "WIR" };
            return new(pronoun[(int)grammaticalCase], gloss);
        }

        var (gender, nominative, accusative, dative, nounGloss) = Relative(person.Person);
        var noun = grammaticalCase switch
        {
            GermanCase.Nominative => nominative,
            GermanCase.Accusative => accusative,
            _ => dative,
        };
        var ending = (gender, grammaticalCase) switch
        {
            (GermanGender.Masculine, GermanCase.Nominative) => "",
            (GermanGender.Masculine, GermanCase.Accusative) => "en",
            (GermanGender.Masculine, GermanCase.Dative) => "em",
            (GermanGender.Feminine, GermanCase.Dative) => "er",
            (GermanGender.Plural, GermanCase.Dative) => "en",
            _ => "e",
        };
        var stem = person.Possessor switch { Possessor.My => "mein", Possessor.Your => "dein", _ => "unser" };
        // DGS signs the possessor after the noun; the unmarked "mein" is not signed.
        string[] glosses = person.Possessor switch
        {
            Possessor.Your => [nounGloss, "DEIN"],
            Possessor.Our => [nounGloss, "UNSER"],
            _ => [nounGloss],
        };
        return new(stem + ending + " " + noun, glosses);
    }

    private static (GermanGender Gender, string Nominative, string Accusative, string Dative, string Gloss) Relative(Person person) => person switch
    {
        Grammar.Person.Mother => (GermanGender.Feminine, "mutter", "mutter", "mutter", "MUTTER"),
        Grammar.Person.Father => (GermanGender.Masculine, "vater", "vater", "vater", "VATER"),
        Grammar.Person.Brother => (GermanGender.Masculine, "bruder", "bruder", "bruder", "BRUDER"),
        Grammar.Person.Sister => (GermanGender.Feminine, "schwester", "schwester", "schwester", "SCHWESTER"),
        Grammar.Person.Friend => (GermanGender.Masculine, "freund", "freund", "freund", "FREUND"),
        Grammar.Person.Colleague => (GermanGender.Feminine, "kollegin", "kollegin", "kollegin", "KOLLEGIN"),
        Grammar.Person.Grandmother => (GermanGender.Feminine, "oma", "oma", "oma", "OMA"),
        Grammar.Person.Grandfather => (GermanGender.Masculine, "opa", "opa", "opa", "OPA"),
        Grammar.Person.Neighbour => (GermanGender.Masculine, "nachbar", "nachbarn", "nachbarn", "NACHBAR"),
        Grammar.Person.Children => (GermanGender.Plural, "kinder", "kinder", "kindern", "KIND"),
        Grammar.Person.Teacher => (GermanGender.Masculine, "lehrer", "lehrer", "lehrer", "LEHRER"),
        _ => throw new ArgumentOutOfRangeException(nameof(person), person, null),
    };

    /// <summary>Where to ("ins kino") and where at ("im kino"), signed alike.</summary>
    public static (string To, string At, string Gloss) PlacePhrases(Place place) => place switch
    {
        Grammar.Place.Cinema => ("ins kino", "im kino", "KINO"),
        Grammar.Place.School => ("in die schule", "in der schule", "SCHULE"),
        Grammar.Place.Work => ("zur arbeit", "bei der arbeit", "ARBEIT"),
        Grammar.Place.Park => ("in den park", "im park", "PARK"),
        Grammar.Place.Station => ("zum bahnhof", "am bahnhof", "BAHNHOF"),
        Grammar.Place.Town => ("in die stadt", "in der stadt", "STADT"),
        Grammar.Place.Restaurant => ("ins restaurant", "im restaurant", "RESTAURANT"),
        Grammar.Place.Home => ("nach hause", "zu hause", "ZUHAUSE"),
        Grammar.Place.Doctor => ("zum arzt", "beim arzt", "ARZT"),
        Grammar.Place.Library => ("in die bibliothek", "in der bibliothek", "BIBLIOTHEK"),
        Grammar.Place.Supermarket => ("in den supermarkt", "im supermarkt", "SUPERMARKT"),
        Grammar.Place.SwimmingPool => ("ins schwimmbad", "im schwimmbad", "SCHWIMMBAD"),
        Grammar.Place.Hospital => ("ins krankenhaus", "im krankenhaus", "KRANKENHAUS"),
        Grammar.Place.Office => ("ins büro", "im büro", "BUERO"),
        Grammar.Place.CityNorth => ("nach hamburg", "in hamburg", "HAMBURG"),
        Grammar.Place.CitySouth => ("nach münchen", "in münchen", "MUENCHEN"),
        Grammar.Place.CityEast => ("nach berlin", "in berlin", "BERLIN"),
        Grammar.Place.CityWest => ("nach köln", "in köln", "KOELN"),
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, null),
    };

    public static GermanVerb MotionVerb(Motion motion) => motion switch
    {
        Grammar.Motion.Walk => new(["gehe", "gehst", "geht", "gehen", "gehen"], "gehen", "gegangen", true, null, "GEHEN"),
        Grammar.Motion.Drive => new(["fahre", "fährst", "fährt", "fahren", "fahren"], "fahren", "gefahren", true, null, "FAHREN"),
        _ => throw new ArgumentOutOfRangeException(nameof(motion), motion, null),
    };

    public static GermanVerb Action(ObjectAction action) => action switch
    {
        ObjectAction.Drink => new(["trinke", "trinkst", "trinkt", "trinken", "trinken"], "trinken", "getrunken", false, null, "TRINKEN"),
        ObjectAction.Eat => new(["esse", "isst", "isst", "essen", "essen"], "essen", "gegessen", false, null, "ESSEN"),
        ObjectAction.Buy => new(["kaufe", "kaufst", "kauft", "kaufen", "kaufen"], "kaufen", "gekauft", false, null, "KAUFEN"),
        ObjectAction.Cook => new(["koche", "kochst", "kocht", "kochen", "kochen"], "kochen", "gekocht", false, null, "KOCHEN"),
        ObjectAction.Read => new(["lese", "liest", "liest", "lesen", "lesen"], "lesen", "gelesen", false, null, "LESEN"),
        ObjectAction.Bake => new(["backe", "backst", "backt", "backen", "backen"], "backen", "gebacken", false, null, "BACKEN"),
        ObjectAction.Watch => new(["sehe", "siehst", "sieht", "sehen", "sehen"], "sehen", "gesehen", false, null, "SEHEN"),
        ObjectAction.Need => new(["brauche", "brauchst", "braucht", "brauchen", "brauchen"], "brauchen", "gebraucht", false, null, "BRAUCHEN"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The verb and the case its person object takes ("helfen" governs the dative).</summary>
    public static (GermanVerb Verb, GermanCase ObjectCase) Action(PersonAction action) => action switch
    {
        PersonAction.Visit => (new(["besuche", "besuchst", "besucht", "besuchen", "besuchen"], "besuchen", "besucht", false, null, "BESUCHEN"), GermanCase.Accusative),
        PersonAction.Meet => (new(["treffe", "triffst", "trifft", "treffen", "treffen"], "treffen", "getroffen", false, null, "TREFFEN"), GermanCase.Accusative),
        PersonAction.Call => (new(["rufe", "rufst", "ruft", "rufen", "rufen"], "anrufen", "angerufen", false, "an", "ANRUFEN"), GermanCase.Accusative),
        PersonAction.Help => (new(["helfe", "hilfst", "hilft", "helfen", "helfen"], "helfen", "geholfen", false, null, "HELFEN"), GermanCase.Dative),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static GermanVerb ActivityVerb(Activity activity) => activity switch
    {
        Grammar.Activity.Work => new(["arbeite", "arbeitest", "arbeitet", "arbeiten", "arbeiten"], "arbeiten", "gearbeitet", false, null, "ARBEITEN"),
        Grammar.Activity.Study => new(["lerne", "lernst", "lernt", "lernen", "lernen"], "lernen", "gelernt", false, null, "LERNEN"),
        Grammar.Activity.Sleep => new(["schlafe", "schläfst", "schläft", "schlafen", "schlafen"], "schlafen", "geschlafen", false, null, "SCHLAFEN"),
        Grammar.Activity.PlayFootball => new(["spiele", "spielst", "spielt", "spielen", "spielen"], "spielen", "gespielt", false, null, "SPIELEN"),
        Grammar.Activity.Swim => new(["schwimme", "schwimmst", "schwimmt", "schwimmen", "schwimmen"], "schwimmen", "geschwommen", true, null, "SCHWIMMEN"),
        Grammar.Activity.Live => new(["wohne", "wohnst", "wohnt", "wohnen", "wohnen"], "wohnen", "gewohnt", false, null, "WOHNEN"),
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };

    /// <summary>The finite forms of a modal verb and its gloss; "gern" is an adverb and has no forms.</summary>
    public static (string[]? Forms, string Gloss) ModalVerb(Modal modal) => modal switch
    {
        Grammar.Modal.Want => (["möchte", "möchtest", "möchte", "möchten", "möchten"], "WOLLEN"),
        Grammar.Modal.Must => (["muss", "musst", "muss", "müssen", "müssen"], "MUESSEN"),
        Grammar.Modal.Can => (["kann", "kannst", "kann", "können", "können"], "KOENNEN"),
        Grammar.Modal.Like => (null, "GERN"),
        _ => throw new ArgumentOutOfRangeException(nameof(modal), modal, null),
    };

    public static GermanThing ThingNoun(Thing thing) => thing switch
    {
        Grammar.Thing.Coffee => new(GermanGender.Masculine, "kaffee", false, "kaffee", "KAFFEE"),
        Grammar.Thing.Tea => new(GermanGender.Masculine, "tee", false, "tee", "TEE"),
        Grammar.Thing.Water => new(GermanGender.Neuter, "wasser", false, "wasser", "WASSER"),
        Grammar.Thing.Milk => new(GermanGender.Feminine, "milch", false, "milch", "MILCH"),
        Grammar.Thing.Juice => new(GermanGender.Masculine, "saft", false, "saft", "SAFT"),
        Grammar.Thing.Bread => new(GermanGender.Neuter, "brot", false, "brot", "BROT"),
        Grammar.Thing.Apples => new(GermanGender.Plural, "äpfel", false, "äpfel", "APFEL"),
        Grammar.Thing.Cake => new(GermanGender.Masculine, "kuchen", true, "kuchen", "KUCHEN"),
        Grammar.Thing.Soup => new(GermanGender.Feminine, "suppe", true, "suppe", "SUPPE"),
        Grammar.Thing.Fish => new(GermanGender.Masculine, "fisch", false, "fisch", "FISCH"),
        Grammar.Thing.Cheese => new(GermanGender.Masculine, "käse", false, "käse", "KAESE"),
        Grammar.Thing.Pasta => new(GermanGender.Plural, "nudeln", false, "nudeln", "NUDELN"),
        Grammar.Thing.Book => new(GermanGender.Neuter, "buch", true, "bücher", "BUCH"),
        Grammar.Thing.Newspaper => new(GermanGender.Feminine, "zeitung", true, "zeitung", "ZEITUNG"),
        Grammar.Thing.Film => new(GermanGender.Masculine, "film", true, "filme", "FILM"),
        Grammar.Thing.Bike => new(GermanGender.Neuter, "fahrrad", true, "fahrräder", "FAHRRAD"),
        Grammar.Thing.Car => new(GermanGender.Neuter, "auto", true, "autos", "AUTO"),
        Grammar.Thing.Present => new(GermanGender.Neuter, "geschenk", true, "geschenke", "GESCHENK"),
        Grammar.Thing.Flowers => new(GermanGender.Plural, "blumen", false, "blumen", "BLUME"),
        Grammar.Thing.Computer => new(GermanGender.Masculine, "computer", true, "computer", "COMPUTER"),
        Grammar.Thing.Phone => new(GermanGender.Neuter, "handy", true, "handys", "HANDY"),
        Grammar.Thing.Dog => new(GermanGender.Masculine, "hund", true, "hunde", "HUND"),
        Grammar.Thing.Cat => new(GermanGender.Feminine, "katze", true, "katzen", "KATZE"),
        Grammar.Thing.Flat => new(GermanGender.Feminine, "wohnung", true, "wohnungen", "WOHNUNG"),
        Grammar.Thing.Time => new(GermanGender.Feminine, "zeit", false, "zeit", "ZEIT"),
        Grammar.Thing.Money => new(GermanGender.Neuter, "geld", false, "geld", "GELD"),
        _ => throw new ArgumentOutOfRangeException(nameof(thing), thing, null),
    };

    /// <summary>The adjective stem ("neu" → "neues") and its gloss.</summary>
    public static (string Stem, string Gloss) Quality(ThingQuality quality) => quality switch
    {
        ThingQuality.New => ("neu", "NEU"),
        ThingQuality.Old => ("alt", "ALT"),
        ThingQuality.Big => ("groß", "GROSS"),
        ThingQuality.Small => ("klein", "KLEIN"),
        _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, null),
    };

    public static Phrase FeelingWord(Feeling feeling) => feeling switch
    {
        Grammar.Feeling.Tired => new("müde", "MUEDE"),
        Grammar.Feeling.Sick => new("krank", "KRANK"),
        Grammar.Feeling.Happy => new("glücklich", "GLUECKLICH"),
        Grammar.Feeling.Sad => new("traurig", "TRAURIG"),
        Grammar.Feeling.Nervous => new("nervös", "NERVOES"),
        Grammar.Feeling.Hungry => new("hungrig", "HUNGER"),
        _ => throw new ArgumentOutOfRangeException(nameof(feeling), feeling, null),
    };

    public static Phrase VehicleName(Vehicle vehicle) => vehicle switch
    {
        Grammar.Vehicle.Train => new("der zug", "ZUG"),
        Grammar.Vehicle.Bus => new("der bus", "BUS"),
        _ => throw new ArgumentOutOfRangeException(nameof(vehicle), vehicle, null),
    };

    /// <summary>Third-person present of a timetable verb ("fährt", "kommt").</summary>
    public static Phrase Timetable(TimetableEvent timetableEvent) => timetableEvent switch
    {
        TimetableEvent.Departs => new("fährt", "FAHREN"),
        TimetableEvent.Arrives => new("kommt", "KOMMEN"),
        _ => throw new ArgumentOutOfRangeException(nameof(timetableEvent), timetableEvent, null),
    };

    public static Phrase Wh(WhWord wh) => wh switch
    {
        WhWord.Where => new("wo", "WO"),
        WhWord.When => new("wann", "WANN"),
        WhWord.What => new("was", "WAS"),
        WhWord.Who => new("wer", "WER"),
        _ => throw new ArgumentOutOfRangeException(nameof(wh), wh, null),
    };
}
