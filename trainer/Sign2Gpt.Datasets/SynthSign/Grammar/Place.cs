namespace Sign2Gpt.Datasets.SynthSign.Grammar;

/// <summary>A place people go to or are at. The four cities get language-specific names.</summary>
internal enum Place
{
    Cinema,
    School,
    Work,
    Park,
    Station,
    Town,
    Restaurant,
    Home,
    Doctor,
    Library,
    Supermarket,
    SwimmingPool,
    Hospital,
    Office,
    CityNorth,
    CitySouth,
    CityEast,
    CityWest,
}

internal static class PlaceTraits
{
    public static bool IsCity(this Place place) => place >= Place.CityNorth;
}
