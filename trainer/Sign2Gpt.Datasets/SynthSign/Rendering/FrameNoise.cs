namespace Sign2Gpt.Datasets.SynthSign.Rendering;

/// <summary>
/// Sensor noise: every 2x2 block of pixels gets its own brightness step each frame. Blocks rather
/// than single pixels keep the PNGs small while still making every frame differ.
/// </summary>
internal static class FrameNoise
{
    public static void Apply(Span<byte> rgba, int width, int height, int amplitude, ref ulong state)
    {
        if (amplitude <= 0)
        {
            return;
        }

        var levels = (2 * amplitude) + 1;
        for (var y = 0; y < height; y += 2)
        {
            for (var x = 0; x < width; x += 2)
            {
                // xorshift64: far cheaper per block than a general-purpose generator.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                var step = (int)(state % (ulong)levels) - amplitude;
                for (var dy = 0; dy < 2 && y + dy < height; dy++)
                {
                    var row = (y + dy) * width;
                    for (var dx = 0; dx < 2 && x + dx < width; dx++)
                    {
                        var pixel = (row + x + dx) * 4;
                        rgba[pixel] = Clamp(rgba[pixel] + step);
                        rgba[pixel + 1] = Clamp(rgba[pixel + 1] + step);
                        rgba[pixel + 2] = Clamp(rgba[pixel + 2] + step);
                    }
                }
            }
        }
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
