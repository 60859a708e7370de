namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>English forecast vocabulary with its ASL-like glosses.</summary>
internal static class EnglishWeatherWords
{
    public static Phrase Time(TimeReference time) => time switch
    {
        TimeReference.Today => new("today", "TODAY"),
        TimeReference.Tomorrow => new("tomorrow", "TOMORROW"),
        TimeReference.DayAfterTomorrow => new("the day after tomorrow", "DAY-AFTER-TOMORROW"),
        TimeReference.ThisEvening => new("this evening", ["TODAY", "EVENING"]),
        TimeReference.Tonight => new("tonight", ["TODAY", "NIGHT"]),
        TimeReference.TomorrowMorning => new("tomorrow morning", ["TOMORROW", "MORNING"]),
        TimeReference.TomorrowAfternoon => new("tomorrow afternoon", ["TOMORROW", "AFTERNOON"]),
        TimeReference.Morning => new("in the morning", "MORNING"),
        TimeReference.Afternoon => new("in the afternoon", "AFTERNOON"),
        TimeReference.Evening => new("in the evening", "EVENING"),
        TimeReference.Night => new("during the night", "NIGHT"),
        TimeReference.Weekend => new("at the weekend", "WEEKEND"),
        TimeReference.Monday => new("on monday", "MONDAY"),
        TimeReference.Tuesday => new("on tuesday", "TUESDAY"),
        TimeReference.Wednesday => new("on wednesday", "WEDNESDAY"),
        TimeReference.Thursday => new("on thursday", "THURSDAY"),
        TimeReference.Friday => new("on friday", "FRIDAY"),
        TimeReference.Saturday => new("on saturday", "SATURDAY"),
        TimeReference.Sunday => new("on sunday", "SUNDAY"),
        TimeReference.NextWeek => new("next week", ["NEXT", "WEEK"]),
        TimeReference.Yesterday => new("yesterday", "YESTERDAY"),
        TimeReference.YesterdayEvening => new("last night", ["YESTERDAY", "NIGHT"]),
        TimeReference.LastWeek => new("last week", ["PAST", "WEEK"]),
        _ => throw new ArgumentOutOfRangeException(nameof(time), time, null),
    };

    public static Phrase Weekday(DayOfWeek day)
    {
        var name = day.ToString().ToLowerInvariant();
        return new(name, name.ToUpperInvariant());
    }

    public static Phrase MonthName(Month month)
    {
        var name = month.ToString().ToLowerInvariant();
        return new(name, name.ToUpperInvariant());
    }

    public static Phrase RegionName(Region region) => region switch
    {
        Region.North => new("in the north", "NORTH"),
        Region.South => new("in the south", "SOUTH"),
        Region.East => new("in the east", "EAST"),
        Region.West => new("in the west", "WEST"),
        Region.Northwest => new("in the northwest", ["NORTH", "WEST"]),
        Region.Northeast => new("in the northeast", ["NORTH", "EAST"]),
        Region.Southwest => new("in the southwest", ["SOUTH", "WEST"]),
        Region.Southeast => new("in the southeast", ["SOUTH", "EAST"]),
        Region.Coast => new("on the coast", "COAST"),
        Region.Mountains => new("in the mountains", "MOUNTAIN"),
        Region.Centre => new("in the centre", "CENTER"),
        Region.Lowlands => new("in the lowlands", ["LOW", "LAND"]),
        Region.Everywhere => new("everywhere", "EVERYWHERE"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, null),
    };

    /// <summary>"from the northwest": a wind direction, signed like the region.</summary>
    public static Phrase WindSource(Region region)
    {
        var place = RegionName(region);
        return new("from the " + place.Words["in the ".Length..], place.Glosses);
    }

    public static EnglishWeather Weather(WeatherKind weather) => weather switch
    {
        WeatherKind.Rain => new(["RAIN"], "it will rain", "it will rain heavily", "it will not rain"),
        WeatherKind.Snow => new(["SNOW"], "it will snow", "it will snow heavily", "it will not snow"),
        WeatherKind.Sleet => new(["SNOW", "RAIN"], "there will be sleet", Negated: "there will be no sleet"),
        WeatherKind.Thunderstorms => new(["THUNDERSTORM"], "there will be thunderstorms", "there will be heavy thunderstorms", "there will be no thunderstorms"),
        WeatherKind.Showers => new(["SHOWER"], "there will be showers", "there will be heavy showers", "there will be no showers"),
        WeatherKind.Fog => new(["FOG"], "there will be fog", "there will be dense fog", "there will be no fog"),
        WeatherKind.Frost => new(["FROST"], "there will be frost", "there will be severe frost", "there will be no frost"),
        WeatherKind.Sunshine => new(["SUN"], "the sun will shine", Negated: "the sun will not shine"),
        WeatherKind.Clouds => new(["CLOUD"], "it will be cloudy", "it will be very cloudy"),
        WeatherKind.Dry => new(["DRY"], "it will be dry"),
        WeatherKind.Pleasant => new(["NICE"], "it will be pleasant"),
        WeatherKind.Hail => new(["HAIL"], "there will be hail", Negated: "there will be no hail"),
        WeatherKind.Ice => new(["ICE"], "it will be icy"),
        _ => throw new ArgumentOutOfRangeException(nameof(weather), weather, null),
    };

    public static Phrase Wind(WindStrength strength) => strength switch
    {
        WindStrength.Light => new("a light wind", ["WIND", "WEAK"]),
        WindStrength.Moderate => new("a moderate wind", ["WIND", "MODERATE"]),
        WindStrength.Fresh => new("a fresh wind", ["WIND", "FRESH"]),
        WindStrength.Strong => new("a strong wind", ["WIND", "STRONG"]),
        WindStrength.Stormy => new("a stormy wind", ["WIND", "STORM"]),
        _ => throw new ArgumentOutOfRangeException(nameof(strength), strength, null),
    };

    public static Phrase Trend(WeatherTrend trend) => trend switch
    {
        WeatherTrend.Warmer => new("it will get warmer", ["WARM", "MORE"]),
        WeatherTrend.Colder => new("it will get colder", ["COLD", "MORE"]),
        WeatherTrend.Milder => new("it will get milder", ["MILD", "MORE"]),
        WeatherTrend.MorePleasant => new("it will get more pleasant", ["NICE", "MORE"]),
        WeatherTrend.MoreChangeable => new("it will get more changeable", ["CHANGEABLE", "MORE"]),
        WeatherTrend.StaysCold => new("it will stay cold", ["COLD", "STAY"]),
        WeatherTrend.StaysWarm => new("it will stay warm", ["WARM", "STAY"]),
        WeatherTrend.StaysMild => new("it will stay mild", ["MILD", "STAY"]),
        WeatherTrend.StaysChangeable => new("it will stay changeable", ["CHANGEABLE", "STAY"]),
        WeatherTrend.StaysDry => new("it will stay dry", ["DRY", "STAY"]),
        _ => throw new ArgumentOutOfRangeException(nameof(trend), trend, null),
    };

    public static Phrase Number(int value)
    {
        var word = value switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            3 => "three",
            4 => "four",
            5 => "five",
            6 => "six",
            7 => "seven",
            8 => "eight",
            9 => "nine",
            10 => "ten",
            11 => "eleven",
            12 => "twelve",
            13 => "thirteen",
            14 => "fourteen",
            15 => "fifteen",
            16 => "sixteen",
            17 => "seventeen",
            18 => "eighteen",
            19 => "nineteen",
            20 => "twenty",
            25 => "twenty five",
            30 => "thirty",
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "SynthSign has no word for this number."),
        };
        return new(word, word.Replace(' ', '-').ToUpperInvariant());
    }

    /// <summary>A signed count: "minus three".</summary>
    public static Phrase Count(int value)
    {
        var magnitude = Number(Math.Abs(value));
        return value < 0 ? new("minus " + magnitude.Words, ["MINUS", .. magnitude.Glosses]) : magnitude;
    }

    /// <summary>"the twelfth": the ordinal of a day of the month, signed as the number.</summary>
    public static Phrase DayOfMonth(int day)
    {
        var number = Number(day);
        var ordinal = day switch
        {
            1 => "first",
            2 => "second",
            3 => "third",
            5 => "fifth",
            8 => "eighth",
            9 => "ninth",
            12 => "twelfth",
            20 => "twentieth",
            25 => "twenty fifth",
            30 => "thirtieth",
            _ => number.Words + "th",
        };
        return number with { Words = ordinal };
    }
}
