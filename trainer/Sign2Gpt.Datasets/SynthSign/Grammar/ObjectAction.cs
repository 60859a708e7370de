namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A verb that takes a thing as its object.</summary>
internal enum ObjectAction
{
    Drink,
    Eat,
    Buy,
    Cook,
    Read,
    Bake,
    Watch,
    Need,
}

internal static class ObjectActionTraits
{
    public static IReadOnlyList<Thing> Objects(this ObjectAction action) => action switch
    {
        ObjectAction.Drink => [Thing.Coffee, Thing.Tea, Thing.Water, Thing.Milk, Thing.Juice],
        ObjectAction.Eat => [Thing.Bread, Thing.Apples, Thing.Cake, Thing.Soup, Thing.Fish, Thing.Cheese, Thing.Pasta],
        ObjectAction.Buy =>
        [
            Thing.Bread, Thing.Milk, Thing.Apples, Thing.Cake, Thing.Cheese, Thing.Book, Thing.Newspaper, Thing.Bike,
            Thing.Car, Thing.Present, Thing.Flowers, Thing.Computer, Thing.Phone,
        ],
        ObjectAction.Cook => [Thing.Soup, Thing.Fish, Thing.Pasta, Thing.Coffee, Thing.Tea],
        ObjectAction.Read => [Thing.Book, Thing.Newspaper],
        ObjectAction.Bake => [Thing.Cake, Thing.Bread],
        ObjectAction.Watch => [Thing.Film],
        ObjectAction.Need => [Thing.Bike, Thing.Car, Thing.Computer, Thing.Phone, Thing.Money, Thing.Time, Thing.Flat],
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Verbs that say what someone likes in general ("isst gern äpfel"), with a bare object.</summary>
    public static bool TakesLike(this ObjectAction action) =>
        action is ObjectAction.Drink or ObjectAction.Eat or ObjectAction.Read or ObjectAction.Watch or ObjectAction.Cook;
}
