using System.Numerics;
using Sign2Gpt.Datasets.SynthSign.Animation;
using Sign2Gpt.Datasets.SynthSign.Signers;
using SkiaSharp;

namespace Sign2Gpt.Datasets.SynthSign.Rendering;

/// <summary>
/// Draws a signer in a pose: background, torso, head with hair, brows, eyes, nose and mouth, two
/// arms and two hands with their fingers. Everything is drawn in body units (see <see cref="HandPose"/>)
/// and mapped to the frame by the signer's framing and the recording's camera offset. One renderer
/// serves one recording; it is not thread-safe.
/// </summary>
internal sealed class SignerRenderer : IDisposable
{
    public const int Width = 210;
    public const int Height = 260;

    private const float PixelsPerUnit = 90;
    private const float NeckX = Width / 2f;
    private const float NeckY = 124;

    // Hands a little larger than life, so handshapes stay legible at 210x260.
    private const float HandScale = 1.2f;
    private static readonly float[] FingerLengths = [0.165f, 0.185f, 0.17f, 0.135f];
    private static readonly float[] FingerSpread = [0.26f, 0.08f, -0.1f, -0.28f];

    private readonly SignerProfile signer;
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
    private readonly SKPaint backgroundPaint;
    private readonly SKPaint lightPaint;
    private readonly SKPaint exposurePaint;
    private readonly SKPath path = new();
    private readonly float scale;
    private readonly SKPoint origin;
    private readonly SKColor skinOutline;
    private readonly SKColor palm;
    private readonly SKColor sleeve;
    private readonly SKColor sleeveOutline;
    private readonly SKColor brow;

    public SignerRenderer(SignerProfile signer, RecordingConditions conditions)
    {
        this.signer = signer;
        scale = PixelsPerUnit * signer.FrameScale * conditions.Scale;
        origin = new SKPoint(NeckX + signer.FrameOffsetX + conditions.OffsetX, NeckY + signer.FrameOffsetY + conditions.OffsetY);
        // Dark skin needs a darker outline for the fingers to stay apart.
        skinOutline = signer.Skin.Shade(signer.Skin.Luminance() < 100 ? -0.7f : -0.45f);
        palm = signer.Skin.Shade(0.2f);
        // Arms must stand out against a torso of the same cloth.
        var darkShirt = signer.Shirt.Luminance() < 60;
        sleeve = signer.Shirt.Shade(darkShirt ? 0.2f : 0.1f);
        sleeveOutline = darkShirt ? signer.Shirt.Shade(0.45f) : signer.Shirt.Shade(-0.5f);
        brow = signer.Hair.Luminance() > 110 ? signer.Hair.Shade(-0.45f) : signer.Hair;

        backgroundPaint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(0, Height), [signer.Background.Shade(0.08f), signer.Background.Shade(-0.12f)], SKShaderTileMode.Clamp),
        };
        var direction = new SKPoint(MathF.Cos(conditions.LightAngle) * 160, MathF.Sin(conditions.LightAngle) * 160);
        var centre = new SKPoint(Width / 2f, Height / 2f);
        var alpha = (byte)(conditions.LightStrength * 255);
        lightPaint = new SKPaint
        {
            Shader = SKShader.CreateLinearGradient(
                centre - direction, centre + direction, [new SKColor(255, 255, 255, alpha), new SKColor(0, 0, 0, alpha)], SKShaderTileMode.Clamp),
        };
        exposurePaint = new SKPaint
        {
            Color = conditions.Exposure >= 0
                ? new SKColor(255, 255, 255, (byte)(conditions.Exposure * 255))
                : new SKColor(0, 0, 0, (byte)(-conditions.Exposure * 255)),
        };
    }

    public void Draw(SKCanvas canvas, SignerPose pose)
    {
        canvas.ResetMatrix();
        canvas.DrawRect(0, 0, Width, Height, backgroundPaint);
        canvas.Save();
        canvas.Translate(origin.X, origin.Y);
        canvas.Scale(scale);
        canvas.Translate(pose.Sway.X, pose.Sway.Y);

        var head = new Vector2(pose.HeadYaw * 0.015f, (-0.47f * signer.NeckLength) + (pose.HeadNod * 0.012f));
        var headRadius = new Vector2(0.245f * signer.HeadSize, 0.31f * signer.HeadSize);
        if (signer.HairStyle == HairStyle.ShoulderLength)
        {
            Fill(signer.Hair);
            canvas.DrawRoundRect(head.X - headRadius.X - 0.05f, head.Y - (headRadius.Y * 0.3f), (headRadius.X * 2) + 0.1f, (headRadius.Y * 1.3f) + 0.25f, 0.1f, 0.1f, fill);
        }

        DrawTorso(canvas);
        DrawHead(canvas, pose, head, headRadius);
        var weakSide = -signer.DominantSide;
        DrawArm(canvas, pose.Weak, weakSide);
        DrawArm(canvas, pose.Dominant, signer.DominantSide);
        canvas.Restore();

        canvas.DrawRect(0, 0, Width, Height, lightPaint);
        canvas.DrawRect(0, 0, Width, Height, exposurePaint);
    }

    private void DrawTorso(SKCanvas canvas)
    {
        var shoulder = 0.5f * signer.ShoulderWidth;
        path.Reset();
        path.MoveTo(-0.12f, -0.03f);
        path.QuadTo(-shoulder * 0.6f, -0.01f, -shoulder, 0.04f);
        path.QuadTo(-shoulder - 0.12f, 0.07f, -shoulder - 0.1f, 0.32f);
        path.LineTo(-shoulder - 0.06f, 2.2f);
        path.LineTo(shoulder + 0.06f, 2.2f);
        path.LineTo(shoulder + 0.1f, 0.32f);
        path.QuadTo(shoulder + 0.12f, 0.07f, shoulder, 0.04f);
        path.QuadTo(shoulder * 0.6f, -0.01f, 0.12f, -0.03f);
        path.Close();
        Fill(signer.Shirt);
        canvas.DrawPath(path, fill);

        // Neck with a V-neckline, a touch darker than the face (it is in the chin's shadow).
        Fill(signer.Skin.Shade(-0.12f));
        canvas.DrawRect(-0.1f, -0.3f * signer.NeckLength, 0.2f, (0.3f * signer.NeckLength) + 0.02f, fill);
        path.Reset();
        path.MoveTo(-0.1f, -0.03f);
        path.LineTo(0, 0.15f);
        path.LineTo(0.1f, -0.03f);
        path.Close();
        canvas.DrawPath(path, fill);
    }

    private void DrawHead(SKCanvas canvas, SignerPose pose, Vector2 head, Vector2 radius)
    {
        // Ears first, so the face overlaps them.
        Fill(signer.Skin.Shade(-0.08f));
        canvas.DrawOval(head.X - (radius.X * 0.97f), head.Y + 0.02f, 0.04f, 0.065f, fill);
        canvas.DrawOval(head.X + (radius.X * 0.97f), head.Y + 0.02f, 0.04f, 0.065f, fill);

        if (signer.HairStyle == HairStyle.Bun)
        {
            Fill(signer.Hair);
            canvas.DrawCircle(head.X, head.Y - radius.Y - 0.04f, 0.08f, fill);
        }

        Fill(signer.Skin);
        canvas.DrawOval(head.X, head.Y, radius.X, radius.Y, fill);
        Outline(signer.Skin.Shade(-0.25f), 0.01f);
        canvas.DrawOval(head.X, head.Y, radius.X, radius.Y, stroke);
        DrawHair(canvas, head, radius);

        // Features turn with the head (shake) and drop a little with a nod.
        var face = new Vector2(head.X + (pose.HeadYaw * 0.055f), head.Y + (pose.HeadNod * 0.02f));
        DrawBrows(canvas, pose, face);
        DrawEyes(canvas, pose, face);

        Outline(signer.Skin.Shade(-0.3f), 0.016f);
        canvas.DrawLine(face.X + (pose.HeadYaw * 0.02f), face.Y, face.X + 0.012f + (pose.HeadYaw * 0.025f), face.Y + 0.075f, stroke);

        DrawMouth(canvas, pose, face);
        if (signer.Glasses)
        {
            Outline(new SKColor(35, 35, 40), 0.014f);
            canvas.DrawCircle(face.X - 0.092f, face.Y - 0.035f, 0.056f, stroke);
            canvas.DrawCircle(face.X + 0.092f, face.Y - 0.035f, 0.056f, stroke);
            canvas.DrawLine(face.X - 0.036f, face.Y - 0.04f, face.X + 0.036f, face.Y - 0.04f, stroke);
        }
    }

    private void DrawHair(SKCanvas canvas, Vector2 head, Vector2 radius)
    {
        Fill(signer.Hair);
        if (signer.HairStyle == HairStyle.Bald)
        {
            canvas.DrawOval(head.X - (radius.X * 0.93f), head.Y - 0.06f, 0.035f, 0.09f, fill);
            canvas.DrawOval(head.X + (radius.X * 0.93f), head.Y - 0.06f, 0.035f, 0.09f, fill);
            return;
        }

        path.Reset();
        path.AddArc(new SKRect(head.X - radius.X - 0.02f, head.Y - radius.Y - 0.05f, head.X + radius.X + 0.02f, head.Y + radius.Y - 0.01f), 172, 196);
        // A high hairline: raised brows must stay on skin, where they can be seen.
        path.LineTo(head.X + (radius.X * 0.88f), head.Y - (radius.Y * 0.45f));
        path.QuadTo(head.X, head.Y - (radius.Y * 0.98f), head.X - (radius.X * 0.88f), head.Y - (radius.Y * 0.45f));
        path.Close();
        canvas.DrawPath(path, fill);
    }

    private void DrawBrows(SKCanvas canvas, SignerPose pose, Vector2 face)
    {
        Outline(brow, 0.03f);
        var y = face.Y - 0.105f - (pose.BrowRaise * 0.05f) + (pose.BrowFurrow * 0.012f);
        var inner = 0.045f - (pose.BrowFurrow * 0.014f);
        var innerDrop = pose.BrowFurrow * 0.035f;
        foreach (var side in (ReadOnlySpan<int>)[-1, 1])
        {
            path.Reset();
            path.MoveTo(face.X + (side * inner), y + innerDrop);
            path.QuadTo(face.X + (side * 0.1f), y - 0.018f - (pose.BrowRaise * 0.01f), face.X + (side * 0.15f), y + 0.008f);
            canvas.DrawPath(path, stroke);
        }
    }

    private void DrawEyes(SKCanvas canvas, SignerPose pose, Vector2 face)
    {
        var y = face.Y - 0.035f;
        foreach (var side in (ReadOnlySpan<int>)[-1, 1])
        {
            var x = face.X + (side * 0.092f);
            if (pose.EyeOpen < 0.25f)
            {
                Outline(signer.Skin.Shade(-0.5f), 0.012f);
                canvas.DrawLine(x - 0.038f, y, x + 0.038f, y, stroke);
                continue;
            }

            Fill(new SKColor(245, 245, 240));
            canvas.DrawOval(x, y, 0.04f, 0.024f * pose.EyeOpen, fill);
            Fill(new SKColor(40, 30, 25));
            canvas.DrawCircle(x + (pose.HeadYaw * 0.012f), y, 0.018f * MathF.Min(1, pose.EyeOpen + 0.2f), fill);
        }
    }

    private void DrawMouth(SKCanvas canvas, SignerPose pose, Vector2 face)
    {
        var centre = new Vector2(face.X + (pose.HeadYaw * 0.01f), face.Y + 0.165f);
        var lips = new SKColor(
            (byte)Math.Min(255, signer.Skin.Red * 0.75f + 40),
            (byte)(signer.Skin.Green * 0.5f),
            (byte)(signer.Skin.Blue * 0.5f));
        var open = 0.006f + (pose.MouthOpen * 0.045f);
        if (open < 0.012f)
        {
            Outline(lips, 0.018f);
            canvas.DrawLine(centre.X - 0.05f, centre.Y, centre.X + 0.05f, centre.Y, stroke);
            return;
        }

        Fill(new SKColor(85, 28, 34));
        canvas.DrawOval(centre.X, centre.Y, 0.05f, open, fill);
        Outline(lips, 0.014f);
        canvas.DrawOval(centre.X, centre.Y, 0.05f, open, stroke);
    }

    private void DrawArm(SKCanvas canvas, HandPose hand, int side)
    {
        var shoulder = new Vector2(side * ((0.5f * signer.ShoulderWidth) + 0.01f), 0.13f);
        var elbow = Elbow(shoulder, hand.Wrist, 1.3f * signer.ArmLength, side);

        Outline(sleeveOutline, 0.19f);
        canvas.DrawLine(shoulder.X, shoulder.Y, elbow.X, elbow.Y, stroke);
        var forearm = signer.LongSleeves ? sleeve : signer.Skin;
        Outline(signer.LongSleeves ? sleeveOutline : skinOutline, 0.155f);
        canvas.DrawLine(elbow.X, elbow.Y, hand.Wrist.X, hand.Wrist.Y, stroke);
        Outline(sleeve, 0.165f);
        canvas.DrawLine(shoulder.X, shoulder.Y, elbow.X, elbow.Y, stroke);
        Outline(forearm, 0.13f);
        canvas.DrawLine(elbow.X, elbow.Y, hand.Wrist.X, hand.Wrist.Y, stroke);

        DrawHand(canvas, hand, side);
    }

    /// <summary>
    /// Where the elbow appears. A camera sees the arm in projection: raised hands bring the elbow
    /// forward, which shortens the upper arm in the image rather than lifting the elbow. So the
    /// elbow bends down and outward from the shoulder–wrist midpoint, by as much arm as the
    /// distance leaves over, instead of solving for fixed segment lengths.
    /// </summary>
    private static Vector2 Elbow(Vector2 shoulder, Vector2 wrist, float armLength, int side)
    {
        var half = Vector2.Distance(shoulder, wrist) / 2;
        var slack = MathF.Sqrt(MathF.Max(0, (armLength * armLength / 4) - (half * half)));
        return ((shoulder + wrist) / 2) + (0.6f * slack * Vector2.Normalize(new Vector2(side * 0.6f, 1)));
    }

    private void DrawHand(SKCanvas canvas, HandPose hand, int side)
    {
        canvas.Save();
        canvas.Translate(hand.Wrist.X, hand.Wrist.Y);
        // Local frame: fingers point along −y, the thumb's side is +x times thumbSide.
        canvas.RotateRadians(hand.Angle + (MathF.PI / 2));
        canvas.Scale(hand.Scale * HandScale);

        var palmVisible = hand.PalmFacing >= 0.5f;
        var thumbSide = palmVisible ? -side : side;
        var shape = hand.Shape;
        var palmLength = 0.16f * hand.Length;
        var palmWidth = 0.155f * hand.Width;

        // Whatever curls towards the palm is hidden behind it when the back of the hand faces the camera.
        if (!palmVisible)
        {
            DrawFingers(canvas, shape, thumbSide, palmLength, palmWidth, hand.Length, curledOnly: true);
            DrawThumb(canvas, shape, thumbSide, palmLength, palmWidth, hand.Length, tuckedOnly: true);
        }

        Fill(SkinOf(hand.PalmFacing));
        canvas.DrawRoundRect(-palmWidth / 2, -palmLength, palmWidth, palmLength + 0.025f, 0.04f, 0.04f, fill);
        Outline(skinOutline, 0.012f);
        canvas.DrawRoundRect(-palmWidth / 2, -palmLength, palmWidth, palmLength + 0.025f, 0.04f, 0.04f, stroke);

        DrawFingers(canvas, shape, thumbSide, palmLength, palmWidth, hand.Length, curledOnly: false);
        DrawThumb(canvas, shape, thumbSide, palmLength, palmWidth, hand.Length, tuckedOnly: false);
        DrawFigure(canvas, shape, thumbSide, palmLength, palmWidth);
        canvas.Restore();
    }

    private SKColor SkinOf(float palmFacing) => new(
        (byte)float.Lerp(signer.Skin.Red, palm.Red, palmFacing),
        (byte)float.Lerp(signer.Skin.Green, palm.Green, palmFacing),
        (byte)float.Lerp(signer.Skin.Blue, palm.Blue, palmFacing));

    /// <summary>
    /// A finger is two segments seen from the front: bending the knuckle and the middle joint
    /// shortens it, and a fully curled finger folds back down over the palm.
    /// </summary>
    private void DrawFingers(SKCanvas canvas, HandConfiguration shape, int thumbSide, float palmLength, float palmWidth, float length, bool curledOnly)
    {
        for (var finger = 0; finger < 4; finger++)
        {
            if (shape.Figure == HandFigure.Ring || shape.Figure == HandFigure.Cup || (shape.Figure == HandFigure.PinchRing && finger == 0))
            {
                continue;
            }

            var extension = shape.Finger(finger);
            if (curledOnly && extension > 0.5f)
            {
                continue;
            }

            var bend = (1 - extension) * MathF.PI / 2;
            var spread = thumbSide * shape.Spread * FingerSpread[finger];
            var direction = new Vector2(MathF.Sin(spread), -MathF.Cos(spread));
            var fingerLength = FingerLengths[finger] * length;
            var knuckle = new Vector2(thumbSide * palmWidth * (0.36f - (0.24f * finger)), -palmLength + 0.01f);
            var middle = knuckle + (direction * (0.55f * fingerLength * MathF.Cos(bend)));
            var tip = middle + (direction * (0.45f * fingerLength * MathF.Cos(2 * bend)));
            path.Reset();
            path.MoveTo(knuckle.X, knuckle.Y);
            path.LineTo(middle.X, middle.Y);
            path.LineTo(tip.X, tip.Y);
            var width = finger == 3 ? 0.036f : 0.042f;
            Outline(skinOutline, width + 0.016f);
            canvas.DrawPath(path, stroke);
            Outline(signer.Skin, width);
            canvas.DrawPath(path, stroke);
        }
    }

    private void DrawThumb(SKCanvas canvas, HandConfiguration shape, int thumbSide, float palmLength, float palmWidth, float length, bool tuckedOnly)
    {
        if (shape.Figure is HandFigure.Ring or HandFigure.Cup or HandFigure.PinchRing || (tuckedOnly && shape.ThumbOut >= 0.3f))
        {
            return;
        }

        // Angle from the finger direction towards the thumb's side: across the palm, along it, out.
        var angle = shape.ThumbOut < 0.5f
            ? float.Lerp(-1.9f, 0.3f, shape.ThumbOut / 0.5f)
            : float.Lerp(0.3f, 1.25f, (shape.ThumbOut - 0.5f) / 0.5f);
        var direction = new Vector2(thumbSide * MathF.Sin(angle), -MathF.Cos(angle));
        var thumbLength = 0.12f * (0.55f + (0.45f * shape.ThumbExtension)) * length;
        var start = new Vector2(thumbSide * palmWidth * 0.45f, -palmLength * 0.25f);
        var tip = start + (direction * thumbLength);
        Outline(skinOutline, 0.062f);
        canvas.DrawLine(start.X, start.Y, tip.X, tip.Y, stroke);
        Outline(signer.Skin, 0.046f);
        canvas.DrawLine(start.X, start.Y, tip.X, tip.Y, stroke);
    }

    private void DrawFigure(SKCanvas canvas, HandConfiguration shape, int thumbSide, float palmLength, float palmWidth)
    {
        switch (shape.Figure)
        {
            case HandFigure.Ring:
                Ring(canvas, new Vector2(thumbSide * 0.015f, -palmLength - 0.05f), 0.058f, 0.04f);
                break;
            case HandFigure.PinchRing:
                Ring(canvas, new Vector2(thumbSide * ((palmWidth * 0.36f) + 0.025f), -palmLength - 0.035f), 0.036f, 0.034f);
                break;
            case HandFigure.Cup:
                var centre = new Vector2(thumbSide * 0.03f, -palmLength - 0.02f);
                var oval = new SKRect(centre.X - 0.075f, centre.Y - 0.075f, centre.X + 0.075f, centre.Y + 0.075f);
                path.Reset();
                path.AddArc(oval, thumbSide > 0 ? 45 : 225, 270);
                Outline(skinOutline, 0.058f);
                canvas.DrawPath(path, stroke);
                Outline(signer.Skin, 0.042f);
                canvas.DrawPath(path, stroke);
                break;
        }
    }

    private void Ring(SKCanvas canvas, Vector2 centre, float radius, float thickness)
    {
        Outline(skinOutline, thickness + 0.016f);
        canvas.DrawCircle(centre.X, centre.Y, radius, stroke);
        Outline(signer.Skin, thickness);
        canvas.DrawCircle(centre.X, centre.Y, radius, stroke);
    }

    private void Fill(SKColor colour) => fill.Color = colour;

    private void Outline(SKColor colour, float width)
    {
        stroke.Color = colour;
        stroke.StrokeWidth = width;
    }

    public void Dispose()
    {
        fill.Dispose();
        stroke.Dispose();
        backgroundPaint.Dispose();
        lightPaint.Dispose();
        exposurePaint.Dispose();
        path.Dispose();
    }
}
