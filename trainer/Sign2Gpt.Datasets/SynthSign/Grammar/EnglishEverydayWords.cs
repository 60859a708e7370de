namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>English everyday vocabulary with its ASL-like glosses.</summary>
internal static class EnglishEverydayWords
{
    public const string Not = "NOT";
    public const string With = "WITH";
    public const string Very = "VERY";
    public const string Football = "FOOTBALL";
    public const string ClockTime = "TIME";

    private static readonly string[] BePresent = ["am", "are", "is", "are", "are"];
    private static readonly string[] BePast = ["was", "were", "was", "were", "were"];

    public static EnglishVerb Have { get; } = new("have", "has", "had", "HAVE");

    public static string Be(int slot, bool past) => (past ? BePast : BePresent)[slot];

    public static string Do(int slot) => slot == 2 ? "does" : "do";

    /// <summary>A person as subject ("i", "my sister") or object ("me", "my sister").</summary>
    public static Phrase PersonPhrase(PersonRef person, bool asObject)
    {
        switch (person.Person)
        {
            case Person.I:
                return new(asObject ? "me" : "i", "ME");
            case Person.You:
                return new("you", "YOU");
            case Person.We:
                return new(asObject ? "us" : "we", "WE");
        }

        var (noun, gloss) = person.Person switch
        {
            Person.Mother => ("mother", "MOTHER"),
            Person.Father => ("father", "FATHER"),
            Person.Brother => ("brother", "BROTHER"),
            Person.Sister => ("sister", "SISTER"),
            Person.Friend => ("friend", "FRIEND"),
            Person.Colleague => ("colleague", "COLLEAGUE"),
            Person.Grandmother => ("grandmother", "GRANDMOTHER"),
            Person.Grandfather => ("grandfather", "GRANDFATHER"),
            Person.Neighbour => ("neighbour", "NEIGHBOR"),
            Person.Children => ("children", "CHILD"),
            Person.Teacher => ("teacher", "TEACHER"),
            _ => throw new ArgumentOutOfRangeException(nameof(person), person, null),
        };
        // ASL signs the possessor before the noun; the unmarked "my" is not signed.
        return person.Possessor switch
        {
            Possessor.Your => new("your " + noun, ["YOUR", gloss]),
            Possessor.Our => new("our " + noun, ["OUR", gloss]),
            _ => new("my " + noun, gloss),
        };
    }

    public static (string To, string At, string Gloss) PlacePhrases(Place place) => place switch
    {
        Place.Cinema => ("to the cinema", "at the cinema", "MOVIE"),
        Place.School => ("to school", "at school", "SCHOOL"),
        Place.Work => ("to work", "at work", "WORK"),
        Place.Park => ("to the park", "in the park", "PARK"),
        Place.Station => ("to the station", "at the station", "STATION"),
        Place.Town => ("into town", "in town", "TOWN"),
        Place.Restaurant => ("to the restaurant", "at the restaurant", "RESTAURANT"),
        Place.Home => ("home", "at home", "HOME"),
        Place.Doctor => ("to the doctor", "at the doctor", "DOCTOR"),
        Place.Library => ("to the library", "at the library", "LIBRARY"),
        Place.Supermarket => ("to the supermarket", "at the supermarket", "STORE"),
        Place.SwimmingPool => ("to the swimming pool", "at the swimming pool", "POOL"),
        Place.Hospital => ("to the hospital", "at the hospital", "HOSPITAL"),
        Place.Office => ("to the office", "at the office", "OFFICE"),
        Place.CityNorth => ("to boston", "in boston", "BOSTON"),
        Place.CitySouth => ("to atlanta", "in atlanta", "ATLANTA"),
        Place.CityEast => ("to new york", "in new york", "NEW-YORK"),
        Place.CityWest => ("to seattle", "in seattle", "SEATTLE"),
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, null),
    };

    public static EnglishVerb MotionVerb(Motion motion) => motion switch
    {
        Motion.Walk => new("go", "goes", "went", "GO"),
        Motion.Drive => new("drive", "drives", "drove", "DRIVE"),
        _ => throw new ArgumentOutOfRangeException(nameof(motion), motion, null),
    };

    public static EnglishVerb Action(ObjectAction action) => action switch
    {
        ObjectAction.Drink => new("drink", "drinks", "drank", "DRINK"),
        ObjectAction.Eat => new("eat", "eats", "ate", "EAT"),
        ObjectAction.Buy => new("buy", "buys", "bought", "BUY"),
        ObjectAction.Cook => new("cook", "cooks", "cooked", "COOK"),
        ObjectAction.Read => new("read", "reads", "read", "READ"),
        ObjectAction.Bake => new("bake", "bakes", "baked", "BAKE"),
        ObjectAction.Watch => new("watch", "watches", "watched", "WATCH"),
        ObjectAction.Need => new("need", "needs", "needed", "NEED"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static EnglishVerb Action(PersonAction action) => action switch
    {
        PersonAction.Visit => new("visit", "visits", "visited", "VISIT"),
        PersonAction.Meet => new("meet", "meets", "met", "MEET"),
        PersonAction.Call => new("call", "calls", "called", "CALL"),
        PersonAction.Help => new("help", "helps", "helped", "HELP"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static EnglishVerb ActivityVerb(Activity activity) => activity switch
    {
        Activity.Work => new("work", "works", "worked", "WORK"),
        Activity.Study => new("study", "studies", "studied", "STUDY"),
        Activity.Sleep => new("sleep", "sleeps", "slept", "SLEEP"),
        Activity.PlayFootball => new("play", "plays", "played", "PLAY"),
        Activity.Swim => new("swim", "swims", "swam", "SWIM"),
        Activity.Live => new("live", "lives", "lived", "LIVE"),
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };

    public static string ModalGloss(Modal modal) => modal switch
    {
        Modal.Want => "WANT",
        Modal.Must => "MUST",
        Modal.Can => "CAN",
        Modal.Like => "LIKE",
        _ => throw new ArgumentOutOfRangeException(nameof(modal), modal, null),
    };

    public static EnglishThing ThingNoun(Thing thing) => thing switch
    {
        Thing.Coffee => new("coffee", false, "coffee", "COFFEE"),
        Thing.Tea => new("tea", false, "tea", "TEA"),
        Thing.Water => new("water", false, "water", "WATER"),
        Thing.Milk => new("milk", false, "milk", "MILK"),
        Thing.Juice => new("juice", false, "juice", "JUICE"),
        Thing.Bread => new("bread", false, "bread", "BREAD"),
        Thing.Apples => new("apples", false, "apples", "APPLE"),
        Thing.Cake => new("cake", true, "cake", "CAKE"),
        Thing.Soup => new("soup", false, "soup", "SOUP"),
        Thing.Fish => new("fish", false, "fish", "FISH"),
        Thing.Cheese => new("cheese", false, "cheese", "CHEESE"),
        Thing.Pasta => new("pasta", false, "pasta", "PASTA"),
        Thing.Book => new("book", true, "books", "BOOK"),
        Thing.Newspaper => new("newspaper", true, "newspapers", "NEWSPAPER"),
        Thing.Film => new("film", true, "films", "MOVIE"),
        Thing.Bike => new("bike", true, "bikes", "BIKE"),
        Thing.Car => new("car", true, "cars", "CAR"),
        Thing.Present => new("present", true, "presents", "GIFT"),
        Thing.Flowers => new("flowers", false, "flowers", "FLOWER"),
        Thing.Computer => new("computer", true, "computers", "COMPUTER"),
        Thing.Phone => new("phone", true, "phones", "PHONE"),
        Thing.Dog => new("dog", true, "dogs", "DOG"),
        Thing.Cat => new("cat", true, "cats", "CAT"),
        Thing.Flat => new("flat", true, "flats", "APARTMENT"),
        Thing.Time => new("time", false, "time", "TIME"),
        Thing.Money => new("money", false, "money", "MONEY"),
        _ => throw new ArgumentOutOfRangeException(nameof(thing), thing, null),
    };

    public static Phrase Quality(ThingQuality quality)
    {
        var word = quality switch
        {
            ThingQuality.New => "new",
            ThingQuality.Old => "old",
            ThingQuality.Big => "big",
            ThingQuality.Small => "small",
            _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, null),
        };
        return new(word, word.ToUpperInvariant());
    }

    public static Phrase FeelingWord(Feeling feeling)
    {
        var word = feeling switch
        {
            Feeling.Tired => "tired",
            Feeling.Sick => "sick",
            Feeling.Happy => "happy",
            Feeling.Sad => "sad",
            Feeling.Nervous => "nervous",
            Feeling.Hungry => "hungry",
            _ => throw new ArgumentOutOfRangeException(nameof(feeling), feeling, null),
        };
        return new(word, word.ToUpperInvariant());
    }

    public static Phrase VehicleName(Vehicle vehicle) => vehicle switch
    {
        Vehicle.Train => new("the train", "TRAIN"),
        Vehicle.Bus => new("the bus", "BUS"),
        _ => throw new ArgumentOutOfRangeException(nameof(vehicle), vehicle, null),
    };

    public static EnglishVerb Timetable(TimetableEvent timetableEvent) => timetableEvent switch
    {
        TimetableEvent.Departs => new("leave", "leaves", "left", "LEAVE"),
        TimetableEvent.Arrives => new("arrive", "arrives", "arrived", "ARRIVE"),
        _ => throw new ArgumentOutOfRangeException(nameof(timetableEvent), timetableEvent, null),
    };

    public static Phrase Wh(WhWord wh)
    {
        var word = wh.ToString().ToLowerInvariant();
        return new(word, word.ToUpperInvariant());
    }
}
