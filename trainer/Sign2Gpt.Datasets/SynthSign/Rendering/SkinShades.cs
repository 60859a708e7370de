using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign.Rendering;

internal static class SkinShades
{
    /// <summary>Darkens (negative amount) or lightens (positive amount) a colour towards black or white.</summary>
    public static SKColor Shade(this SKColor colour, float amount)
    {
        static byte Channel(byte value, float amount) => (byte)Math.Clamp(
            MathF.Round(amount < 0 ? value * (1 + amount) : value + ((255 - value) * amount)), 0, 255);

        return new SKColor(Channel(colour.Red, amount), Channel(colour.Green, amount), Channel(colour.Blue, amount));
    }

    public static float Luminance(this SKColor colour) => (0.299f * colour.Red) + (0.587f * colour.Green) + (0.114f * colour.Blue);
}
