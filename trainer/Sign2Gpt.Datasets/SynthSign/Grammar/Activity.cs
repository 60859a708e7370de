namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>Something people do somewhere, without an object.</summary>
internal enum Activity
{
    Work,
    Study,
    Sleep,
    PlayFootball,
    Swim,
    Live,
}

internal static class ActivityTraits
{
    public static IReadOnlyList<Place> Places(this Activity activity) => activity switch
    {
        Activity.Work => [Place.Office, Place.Hospital, Place.School, Place.Supermarket, Place.Library, Place.Restaurant, Place.Station],
        Activity.Study => [Place.Library, Place.School, Place.Home],
        Activity.Sleep => [Place.Home, Place.Hospital],
        Activity.PlayFootball => [Place.Park, Place.School],
        Activity.Swim => [Place.SwimmingPool],
        Activity.Live => [Place.CityNorth, Place.CitySouth, Place.CityEast, Place.CityWest, Place.Town],
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, null),
    };
}
