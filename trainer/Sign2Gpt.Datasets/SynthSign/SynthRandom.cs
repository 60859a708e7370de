using System.Text;

namespace Sign2Gpt.Datasets.SynthSign;

/// <summary>
/// SplitMix64: corpora must be byte-identical for a seed on every runtime, and System.Random's
/// seeded sequence is an implementation detail, so SynthSign owns its generator.
/// </summary>
internal sealed class SynthRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one named stream of a seed, so independent parts (a video, a lexicon) never share draws.</summary>
    public static SynthRandom For(long seed, string stream, long index = 0) =>
        new(Mix(Mix((ulong)seed, Hash(stream)), (ulong)index));

    public static ulong Hash(string text)
    {
        // FNV-1a over UTF-8: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    public static ulong Mix(ulong a, ulong b)
    {
        var z = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)((NextUInt64() >> 11) % (ulong)maxExclusive);
    }

    /// <summary>Uniform in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public float Range(float min, float max) => min + ((max - min) * (float)NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }
}
