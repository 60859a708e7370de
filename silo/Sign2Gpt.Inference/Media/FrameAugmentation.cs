namespace Sign2Gpt.Inference.Media;

/// <summary>
/// The paper's training augmentations, drawn once per video so every frame of a clip is transformed
/// alike (a sign's motion must stay coherent): rotation ±5° (p 0.3), random resized crop (area
/// 0.875-1, aspect 0.9-1.1), horizontal flip (p 0.5), colour jitter (p 0.3), grayscale (p 0.2).
/// </summary>
public sealed record FrameAugmentation(
    double RotationDegrees,
    double CropX,
    double CropY,
    double CropWidth,
    double CropHeight,
    bool FlipHorizontally,
    double Brightness,
    double Contrast,
    double Saturation,
    bool Grayscale)
{
    public static FrameAugmentation Identity { get; } = new(0, 0, 0, 1, 1, false, 1, 1, 1, false);

    /// <summary>Draws one plan; crop values are fractions of the source frame.</summary>
    public static FrameAugmentation Draw(Random random)
    {
        var rotation = random.NextDouble() < 0.3 ? Uniform(random, -5, 5) : 0;
        var area = Uniform(random, 0.875, 1.0);
        var aspect = Math.Exp(Uniform(random, Math.Log(0.9), Math.Log(1.1)));
        var width = Math.Min(1.0, Math.Sqrt(area * aspect));
        var height = Math.Min(1.0, Math.Sqrt(area / aspect));
        var x = random.NextDouble() * (1 - width);
        var y = random.NextDouble() * (1 - height);
        var flip = random.NextDouble() < 0.5;
        var jitter = random.NextDouble() < 0.3;
        var brightness = jitter ? Uniform(random, 0.8, 1.2) : 1;
        var contrast = jitter ? Uniform(random, 0.8, 1.2) : 1;
        var saturation = jitter ? Uniform(random, 0.8, 1.2) : 1;
        var grayscale = random.NextDouble() < 0.2;
        return new FrameAugmentation(rotation, x, y, width, height, flip, brightness, contrast, saturation, grayscale);
    }

    /// <summary>Renders the augmented frame at <paramref name="side"/> x <paramref name="side"/> with bilinear sampling.</summary>
    public RgbFrame Apply(RgbFrame source, int side)
    {
        var output = new byte[side * side * 3];
        var (sin, cos) = Math.SinCos(RotationDegrees * Math.PI / 180);
        var centreX = source.Width / 2.0;
        var centreY = source.Height / 2.0;
        var meanLuma = 0.0;
        for (var v = 0; v < side; v++)
        {
            for (var u = 0; u < side; u++)
            {
                var fu = FlipHorizontally ? side - 1 - u : u;
                var x = (CropX + (fu + 0.5) / side * CropWidth) * source.Width - centreX;
                var y = (CropY + (v + 0.5) / side * CropHeight) * source.Height - centreY;
                var sx = (cos * x) - (sin * y) + centreX - 0.5;
                var sy = (sin * x) + (cos * y) + centreY - 0.5;
                var offset = ((v * side) + u) * 3;
                Sample(source, sx, sy, output.AsSpan(offset, 3));
                meanLuma += Luma(output, offset);
            }
        }

        AdjustColours(output, meanLuma / (side * side));
        return new RgbFrame(source.Index, side, side, output);
    }

    private void AdjustColours(byte[] pixels, double meanLuma)
    {
        if (Brightness == 1 && Contrast == 1 && Saturation == 1 && !Grayscale)
        {
            return;
        }

        for (var i = 0; i < pixels.Length; i += 3)
        {
            double r = pixels[i], g = pixels[i + 1], b = pixels[i + 2];
            r *= Brightness;
            g *= Brightness;
            b *= Brightness;
            r = ((r - meanLuma) * Contrast) + meanLuma;
            g = ((g - meanLuma) * Contrast) + meanLuma;
            b = ((b - meanLuma) * Contrast) + meanLuma;
            var luma = (0.299 * r) + (0.587 * g) + (0.114 * b);
            var saturation = Grayscale ? 0 : Saturation;
            pixels[i] = Clamp(luma + ((r - luma) * saturation));
            pixels[i + 1] = Clamp(luma + ((g - luma) * saturation));
            pixels[i + 2] = Clamp(luma + ((b - luma) * saturation));
        }
    }

    private static void Sample(RgbFrame source, double x, double y, Span<byte> target)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        var ax = x - x0;
        var ay = y - y0;
        for (var c = 0; c < 3; c++)
        {
            var top = (Pixel(source, x0, y0, c) * (1 - ax)) + (Pixel(source, x0 + 1, y0, c) * ax);
            var bottom = (Pixel(source, x0, y0 + 1, c) * (1 - ax)) + (Pixel(source, x0 + 1, y0 + 1, c) * ax);
            target[c] = Clamp((top * (1 - ay)) + (bottom * ay));
        }
    }

    /// <summary>Edges are extended rather than black, so a rotation does not paint corners the model could key on.</summary>
    private static double Pixel(RgbFrame frame, int x, int y, int channel)
    {
        x = Math.Clamp(x, 0, frame.Width - 1);
        y = Math.Clamp(y, 0, frame.Height - 1);
        return frame.Pixels[(((y * frame.Width) + x) * 3) + channel];
    }

    private static double Luma(byte[] pixels, int offset) =>
        (0.299 * pixels[offset]) + (0.587 * pixels[offset + 1]) + (0.114 * pixels[offset + 2]);

    private static double Uniform(Random random, double low, double high) => low + (random.NextDouble() * (high - low));

    private static byte Clamp(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
