namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>German forecast vocabulary, in the style of the Phoenix14T translations, with its DGS-like glosses.</summary>
internal static class GermanWeatherWords
{
    public static Phrase Time(TimeReference time) => time switch
    {
        TimeReference.Today => new("heute", "HEUTE"),
        TimeReference.Tomorrow => new("morgen", "MORGEN"),
        TimeReference.DayAfterTomorrow => new("übermorgen", "UEBERMORGEN"),
        TimeReference.ThisEvening => new("heute abend", ["HEUTE", "ABEND"]),
        TimeReference.Tonight => new("heute nacht", ["HEUTE", "NACHT"]),
        TimeReference.TomorrowMorning => new("morgen früh", ["MORGEN", "FRUEH"]),
        TimeReference.TomorrowAfternoon => new("morgen nachmittag", ["MORGEN", "NACHMITTAG"]),
        TimeReference.Morning => new("am vormittag", "VORMITTAG"),
        TimeReference.Afternoon => new("am nachmittag", "NACHMITTAG"),
        TimeReference.Evening => new("am abend", "ABEND"),
        TimeReference.Night => new("in der nacht", "NACHT"),
        TimeReference.Weekend => new("am wochenende", "WOCHENENDE"),
        TimeReference.Monday => new("am montag", "MONTAG"),
        TimeReference.Tuesday => new("am dienstag", "DIENSTAG"),
        TimeReference.Wednesday => new("am mittwoch", "MITTWOCH"),
        TimeReference.Thursday => new("am donnerstag", "DONNERSTAG"),
        TimeReference.Friday => new("am freitag", "FREITAG"),
        TimeReference.Saturday => new("am samstag", "SAMSTAG"),
        TimeReference.Sunday => new("am sonntag", "SONNTAG"),
        TimeReference.NextWeek => new("nächste woche", ["NAECHSTE", "WOCHE"]),
        TimeReference.Yesterday => new("gestern", "GESTERN"),
        TimeReference.YesterdayEvening => new("gestern abend", ["GESTERN", "ABEND"]),
        TimeReference.LastWeek => new("letzte woche", ["LETZTE", "WOCHE"]),
        _ => throw new ArgumentOutOfRangeException(nameof(time), time, null),
    };

    public static Phrase Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => new("montag", "MONTAG"),
        DayOfWeek.Tuesday => new("dienstag", "DIENSTAG"),
        DayOfWeek.Wednesday => new("mittwoch", "MITTWOCH"),
        DayOfWeek.Thursday => new("donnerstag", "DONNERSTAG"),
        DayOfWeek.Friday => new("freitag", "FREITAG"),
        DayOfWeek.Saturday => new("samstag", "SAMSTAG"),
        DayOfWeek.Sunday => new("sonntag", "SONNTAG"),
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    public static Phrase MonthName(Month month) => month switch
    {
        Grammar.Month.January => new("januar", "JANUAR"),
        Grammar.Month.February => new("februar", "FEBRUAR"),
        Grammar.Month.March => new("märz", "MAERZ"),
        Grammar.Month.April => new("april", "APRIL"),
        Grammar.Month.May => new("mai", "MAI"),
        Grammar.Month.June => new("juni", "JUNI"),
        Grammar.Month.July => new("juli", "JULI"),
        Grammar.Month.August => new("august", "AUGUST"),
        Grammar.Month.September => new("september", "SEPTEMBER"),
        Grammar.Month.October => new("oktober", "OKTOBER"),
        Grammar.Month.November => new("november", "NOVEMBER"),
        Grammar.Month.December => new("dezember", "DEZEMBER"),
        _ => throw new ArgumentOutOfRangeException(nameof(month), month, null),
    };

    public static Phrase RegionName(Region region) => region switch
    {
        Grammar.Region.North => new("im norden", "NORD"),
        Grammar.Region.South => new("im süden", "SUED"),
        Grammar.Region.East => new("im osten", "OST"),
        Grammar.Region.West => new("im westen", "WEST"),
        Grammar.Region.Northwest => new("im nordwesten", ["NORD", "WEST"]),
        Grammar.Region.Northeast => new("im nordosten", ["NORD", "OST"]),
        Grammar.Region.Southwest => new("im südwesten", ["SUED", "WEST"]),
        Grammar.Region.Southeast => new("im südosten", ["SUED", "OST"]),
        Grammar.Region.Coast => new("an der küste", "KUESTE"),
        Grammar.Region.Mountains => new("in den bergen", "BERG"),
        Grammar.Region.Centre => new("in der mitte", "MITTE"),
        Grammar.Region.Lowlands => new("im flachland", ["FLACH", "LAND"]),
        Grammar.Region.Everywhere => new("überall", "UEBERALL"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, null),
    };

    /// <summary>"aus nordwesten": a wind direction, signed like the region.</summary>
    public static Phrase WindSource(Region region)
    {
        var place = RegionName(region);
        return new("aus " + place.Words["im ".Length..], place.Glosses);
    }

    public static GermanWeather Weather(WeatherKind weather) => weather switch
    {
        WeatherKind.Rain => new(["REGEN"], "regnet", "es", "", "kräftig", "nicht"),
        WeatherKind.Snow => new(["SCHNEE"], "schneit", "es", "", "kräftig", "nicht"),
        WeatherKind.Sleet => new(["SCHNEE", "REGEN"], "gibt", "es", "schneeregen", NegatedTail: "keinen schneeregen"),
        WeatherKind.Thunderstorms => new(["GEWITTER"], "gibt", "es", "gewitter", "kräftige gewitter", "keine gewitter"),
        WeatherKind.Showers => new(["SCHAUER"], "gibt", "es", "schauer", "kräftige schauer", "keine schauer"),
        WeatherKind.Fog => new(["NEBEL"], "gibt", "es", "nebel", "dichten nebel", "keinen nebel"),
        WeatherKind.Frost => new(["FROST"], "gibt", "es", "frost", "strengen frost", "keinen frost"),
        WeatherKind.Sunshine => new(["SONNE"], "scheint", "die sonne", "", NegatedTail: "nicht"),
        WeatherKind.Clouds => new(["WOLKE"], "ist", "es", "bewölkt", "stark bewölkt"),
        WeatherKind.Dry => new(["TROCKEN"], "ist", "es", "trocken"),
        WeatherKind.Pleasant => new(["FREUNDLICH"], "ist", "es", "freundlich"),
        WeatherKind.Hail => new(["HAGEL"], "gibt", "es", "hagel", NegatedTail: "keinen hagel"),
        WeatherKind.Ice => new(["GLATT"], "wird", "es", "glatt"),
        _ => throw new ArgumentOutOfRangeException(nameof(weather), weather, null),
    };

    public static Phrase Wind(WindStrength strength) => strength switch
    {
        WindStrength.Light => new("ein schwacher wind", ["WIND", "SCHWACH"]),
        WindStrength.Moderate => new("ein mäßiger wind", ["WIND", "MAESSIG"]),
        WindStrength.Fresh => new("ein frischer wind", ["WIND", "FRISCH"]),
        WindStrength.Strong => new("ein starker wind", ["WIND", "STARK"]),
        WindStrength.Stormy => new("ein stürmischer wind", ["WIND", "STURM"]),
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, null),
    };

    /// <summary>The verb ("wird"/"bleibt") and the predicate ("wärmer") of a trend.</summary>
    public static (string Verb, Phrase Predicate) Trend(WeatherTrend trend) => trend switch
    {
        WeatherTrend.Warmer => ("wird", new("wärmer", ["WARM", "MEHR"])),
        WeatherTrend.Colder => ("wird", new("kälter", ["KALT", "MEHR"])),
        WeatherTrend.Milder => ("wird", new("milder", ["MILD", "MEHR"])),
        WeatherTrend.MorePleasant => ("wird", new("freundlicher", ["FREUNDLICH", "MEHR"])),
        WeatherTrend.MoreChangeable => ("wird", new("wechselhafter", ["WECHSELHAFT", "MEHR"])),
        WeatherTrend.StaysCold => ("bleibt", new("kalt", ["KALT", "BLEIBEN"])),
        WeatherTrend.StaysWarm => ("bleibt", new("warm", ["WARM", "BLEIBEN"])),
        WeatherTrend.StaysMild => ("bleibt", new("mild", ["MILD", "BLEIBEN"])),
        WeatherTrend.StaysChangeable => ("bleibt", new("wechselhaft", ["WECHSELHAFT", "BLEIBEN"])),
        WeatherTrend.StaysDry => ("bleibt", new("trocken", ["TROCKEN", "BLEIBEN"])),
        _ => throw new ArgumentOutOfRangeException(nameof(trend), trend, null),
    };

    /// <summary>A cardinal standing alone ("eins") and its gloss.</summary>
    public static Phrase Number(int value) => value switch
    {
        0 => new("null", "NULL"),
        1 => new("eins", "EINS"),
        2 => new("zwei", "ZWEI"),
        3 => new("drei", "DREI"),
        4 => new("vier", "VIER"),
        5 => new("fünf", "FUENF"),
        6 => new("sechs", "SECHS"),
        7 => new("sieben", "SIEBEN"),
        8 => new("acht", "ACHT"),
        9 => new("neun", "NEUN"),
        10 => new("zehn", "ZEHN"),
        11 => new("elf", "ELF"),
        12 => new("zwölf", "ZWOELF"),
        13 => new("dreizehn", "DREIZEHN"),
        14 => new("vierzehn", "VIERZEHN"),
        15 => new("fünfzehn", "FUENFZEHN"),
        16 => new("sechzehn", "SECHZEHN"),
        17 => new("siebzehn", "SIEBZEHN"),
        18 => new("achtzehn", "ACHTZEHN"),
        19 => new("neunzehn", "NEUNZEHN"),
        20 => new("zwanzig", "ZWANZIG"),
        25 => new("fünfundzwanzig", "FUENFUNDZWANZIG"),
        30 => new("dreißig", "DREISSIG"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "SynthSign has no word for this number."),
    };

    /// <summary>A number before a noun ("ein grad", "minus drei grad").</summary>
    public static Phrase Count(int value)
    {
        var magnitude = Number(Math.Abs(value));
        var words = Math.Abs(value) == 1 ? "ein" : magnitude.Words;
        return value < 0 ? new("minus " + words, ["MINUS", .. magnitude.Glosses]) : magnitude with { Words = words };
    }

    /// <summary>"den zwölften": the ordinal of a day of the month, signed as the number.</summary>
    public static Phrase DayOfMonth(int day)
    {
        var number = Number(day);
        var ordinal = day switch
        {
            1 => "ersten",
            3 => "dritten",
            7 => "siebten",
            8 => "achten",
            >= 20 => number.Words + "sten",
            _ => number.Words + "ten",
        };
        return number with { Words = ordinal };
    }
}
