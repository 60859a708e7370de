using Sign2Gpt.Datasets.Corpora;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign.Signers;

/// <summary>The people who sign a corpus; by default eight sign the training split, two the dev split, two the test split.</summary>
public static class SignerCast
{
    private static readonly SKColor[] SkinTones =
    [
        new(255, 224, 196), new(241, 194, 160), new(224, 172, 130), new(198, 134, 96),
        new(160, 105, 70), new(120, 80, 55), new(92, 62, 44), new(233, 192, 152),
    ];

    private static readonly SKColor[] HairColours =
    [
        new(28, 24, 20), new(66, 42, 24), new(112, 74, 38), new(196, 164, 104), new(140, 140, 140), new(96, 34, 22),
    ];

    private static readonly SKColor[] ShirtColours =
    [
        new(24, 28, 44), new(44, 44, 48), new(22, 62, 112), new(112, 24, 34), new(30, 82, 52),
        new(72, 42, 94), new(16, 16, 18), new(130, 68, 30), new(20, 98, 108), new(150, 150, 160),
    ];

    private static readonly SKColor[] Backgrounds =
    [
        new(200, 200, 198), new(150, 160, 176), new(118, 124, 130), new(214, 204, 184),
        new(168, 190, 170), new(88, 98, 120), new(230, 230, 224), new(182, 172, 202),
    ];

    /// <summary>The cast for a corpus seed: every seed films different people.</summary>
    public static IReadOnlyList<SignerProfile> Create(long seed, SignerCounts? counts = null)
    {
        counts ??= SignerCounts.Default;
        counts.Validate();
        var random = SynthRandom.For(seed, "cast");
        var skins = Shuffled(SkinTones, random);
        var signers = new List<SignerProfile>(counts.Total);
        for (var index = 0; index < counts.Total; index++)
        {
            var split = counts.SplitOf(index);
            var background = random.Pick(Backgrounds);
            // The body must stand out from the background.
            var shirt = random.Pick([.. ShirtColours.Where(colour => Math.Abs(Luminance(colour) - Luminance(background)) > 45)]);
            signers.Add(new SignerProfile(
                Id: $"Signer{index + 1:D2}",
                Split: split,
                Skin: SkinOf(index, skins),
                Hair: random.Pick(HairColours),
                HairStyle: random.PickWeighted<HairStyle>([(HairStyle.Cropped, 4), (HairStyle.ShoulderLength, 3), (HairStyle.Bun, 2), (HairStyle.Bald, 1)]),
                Shirt: shirt,
                LongSleeves: random.Chance(0.7),
                Background: background,
                Glasses: random.Chance(0.25),
                ShoulderWidth: random.Range(0.9f, 1.12f),
                HeadSize: random.Range(0.92f, 1.08f),
                NeckLength: random.Range(0.9f, 1.1f),
                ArmLength: random.Range(0.96f, 1.06f),
                HandSize: random.Range(0.92f, 1.1f),
                FrameScale: random.Range(0.92f, 1.06f),
                FrameOffsetX: random.Range(-7f, 7f),
                FrameOffsetY: random.Range(-6f, 6f),
                Tempo: random.Range(0.82f, 1.22f),
                LeftHanded: random.Chance(0.17),
                Expressiveness: random.Range(0.75f, 1.2f)));
        }

        return signers;
    }

    /// <summary>Beyond the palette, tones repeat a little lighter or darker each round, so people differ in skin.</summary>
    private static SKColor SkinOf(int index, SKColor[] skins)
    {
        var tone = skins[index % skins.Length];
        var round = index / skins.Length;
        if (round == 0)
        {
            return tone;
        }

        var step = ((round - 1) % 8 / 2) + 1;
        var factor = 1 + (0.04f * step * (round % 2 == 1 ? 1 : -1));
        byte Scale(byte channel) => (byte)Math.Clamp(MathF.Round(channel * factor), 0, 255);
        return new SKColor(Scale(tone.Red), Scale(tone.Green), Scale(tone.Blue));
    }

    private static float Luminance(SKColor colour) => (0.299f * colour.Red) + (0.587f * colour.Green) + (0.114f * colour.Blue);

    private static T[] Shuffled<T>(T[] items, SynthRandom random)
    {
        var copy = items.ToArray();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }
}
