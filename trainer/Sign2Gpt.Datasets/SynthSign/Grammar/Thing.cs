namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Something people eat, buy, read or own.</summary>
internal enum Thing
{
    Coffee,
    Tea,
    Water,
    Milk,
    Juice,
    Bread,
    Apples,
    Cake,
    Soup,
    Fish,
    Cheese,
    Pasta,
    Book,
    Newspaper,
    Film,
    Bike,
    Car,
    Present,
    Flowers,
    Computer,
    Phone,
    Dog,
    Cat,
    Flat,
    Time,
    Money,
}

internal static class ThingTraits
{
    /// <summary>Countable things that take an adjective ("ein neues auto").</summary>
    public static bool TakesQuality(this Thing thing) =>
        thing is Thing.Book or Thing.Bike or Thing.Car or Thing.Computer or Thing.Phone or Thing.Dog or Thing.Cat or Thing.Flat;
}
