using System.Numerics;
using Sign2Gpt.Datasets.SynthSign.Grammar;
using Sign2Gpt.Datasets.SynthSign.Phonology;
using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.SynthSign.Animation;

/// <summary>
/// Turns a sentence into poses: each sign follows its movement path, and the hands glide from the
/// end of one sign into the start of the next with eased, co-articulated transitions (no return to
/// rest in between; the next handshape is anticipated). Non-manual markers run over their signs.
/// </summary>
internal static class SignAnimator
{
    private const int QuestionRamp = 3;
    private const float PalmOffset = 0.09f;

    public static SentenceAnimation Animate(SynthSentence sentence, SignLexicon lexicon, SignerProfile signer, SynthRandom random)
    {
        var rest = (Dominant: SignSpace.Rest(signer.DominantSide, signer.HandSize), Weak: SignSpace.Rest(-signer.DominantSide, signer.HandSize));
        var hands = new List<(HandPose Dominant, HandPose Weak)>();
        var spans = new List<SignSpan>(sentence.Signs.Count);
        var starts = new List<(HandPose Dominant, HandPose Weak)>(sentence.Signs.Count);

        Hold(hands, rest, random.Next(2, 4));
        var previous = rest;
        foreach (var token in sentence.Signs)
        {
            var phonology = lexicon[token.Gloss].Phonology;
            var length = Math.Max(5, (int)MathF.Round(SignSpace.BaseFrames(phonology.Movement) / signer.Tempo * random.Range(0.88f, 1.12f)));
            var start = HandsAt(phonology, 0, signer, rest.Weak);
            Transition(hands, previous, start, TransitionFrames(previous.Dominant, start.Dominant, signer.Tempo));
            spans.Add(new SignSpan(token.Gloss, hands.Count, length));
            starts.Add(start);
            for (var frame = 0; frame < length; frame++)
            {
                hands.Add(HandsAt(phonology, frame / (float)(length - 1), signer, rest.Weak));
            }

            previous = hands[^1];
        }

        Transition(hands, previous, rest, TransitionFrames(previous.Dominant, rest.Dominant, signer.Tempo) + 1);
        Hold(hands, rest, random.Next(2, 4));
        AnticipateHandshapes(hands, spans, starts);
        return new SentenceAnimation(AddFace(hands, sentence, spans, signer, random), spans);
    }

    private static (HandPose Dominant, HandPose Weak) HandsAt(SignPhonology phonology, float t, SignerProfile signer, HandPose restingWeakHand)
    {
        var location = SignSpace.Location(phonology.Location);
        var shape = HandConfiguration.For(phonology.Handshape);
        var dominantSide = signer.DominantSide;
        var twoHanded = phonology.Arrangement is HandArrangement.Symmetric or HandArrangement.Alternating;
        // Mirrored hands near the midline would overlap; keep them a little apart.
        if (twoHanded && location.X >= 0)
        {
            location.X = MathF.Max(location.X, 0.16f);
        }

        var dominant = Hand(location, phonology.Movement, t, phonology.Orientation, dominantSide, shape, signer.HandSize);
        var weak = phonology.Arrangement switch
        {
            HandArrangement.Symmetric => Hand(location, phonology.Movement, t, phonology.Orientation, -dominantSide, shape, signer.HandSize),
            HandArrangement.Alternating => Hand(
                location,
                phonology.Movement,
                SignSpace.IsCyclic(phonology.Movement) ? (t + 0.5f) % 1 : 1 - t,
                phonology.Orientation,
                -dominantSide,
                shape,
                signer.HandSize),
            HandArrangement.DominantOnBase => BaseHand(location, -dominantSide, signer.HandSize),
            _ => restingWeakHand,
        };
        return (dominant, weak);
    }

    private static HandPose Hand(Vector2 location, SignMovement movement, float t, PalmOrientation orientation, int side, HandConfiguration shape, float size)
    {
        var (offset, twist, scale) = SignSpace.Movement(movement, t);
        var position = location + offset;
        var (angle, length, width, palmFacing) = SignSpace.Orientation(orientation, side);
        angle += twist * side;
        // The location is where the palm is; the wrist sits half a palm behind it.
        var wrist = new Vector2(position.X * side, position.Y) - (PalmOffset * size * scale * length * new Vector2(MathF.Cos(angle), MathF.Sin(angle)));
        return new HandPose(wrist, angle, length, width, palmFacing, size * scale, shape);
    }

    /// <summary>A flat, palm-up weak hand under the sign's location for the dominant hand to act on.</summary>
    private static HandPose BaseHand(Vector2 location, int side, float size) =>
        new(new Vector2(side * 0.1f, location.Y + 0.13f), MathF.Atan2(0.1f, -side), 0.85f, 0.6f, 1, size, HandConfiguration.For(Handshape.Flat));

    /// <summary>Longer ways take longer, so the hand never outruns a real one (about 3 m/s at peak).</summary>
    private static int TransitionFrames(HandPose from, HandPose to, float tempo) =>
        Math.Clamp((int)MathF.Round((2 + (Vector2.Distance(from.Wrist, to.Wrist) / 0.22f)) / tempo), 2, 7);

    private static void Hold(List<(HandPose Dominant, HandPose Weak)> hands, (HandPose Dominant, HandPose Weak) pose, int frames)
    {
        for (var frame = 0; frame < frames; frame++)
        {
            hands.Add(pose);
        }
    }

    private static void Transition(
        List<(HandPose Dominant, HandPose Weak)> hands, (HandPose Dominant, HandPose Weak) from, (HandPose Dominant, HandPose Weak) to, int frames)
    {
        for (var frame = 1; frame <= frames; frame++)
        {
            var t = SignSpace.Smooth(frame / (float)(frames + 1));
            hands.Add((HandPose.Lerp(from.Dominant, to.Dominant, t), HandPose.Lerp(from.Weak, to.Weak, t)));
        }
    }

    /// <summary>Co-articulation: the fingers start forming the next handshape before a sign has ended.</summary>
    private static void AnticipateHandshapes(
        List<(HandPose Dominant, HandPose Weak)> hands, List<SignSpan> spans, List<(HandPose Dominant, HandPose Weak)> starts)
    {
        for (var sign = 0; sign + 1 < spans.Count; sign++)
        {
            var next = starts[sign + 1].Dominant.Shape;
            for (var lead = 1; lead <= 2; lead++)
            {
                var frame = spans[sign].End - lead;
                var (dominant, weak) = hands[frame];
                var blend = lead == 1 ? 0.3f : 0.15f;
                hands[frame] = (dominant with { Shape = HandConfiguration.Lerp(dominant.Shape, next, blend) }, weak);
            }
        }
    }

    private static SignerPose[] AddFace(
        List<(HandPose Dominant, HandPose Weak)> hands, SynthSentence sentence, List<SignSpan> spans, SignerProfile signer, SynthRandom random)
    {
        var count = hands.Count;
        var expressiveness = signer.Expressiveness;
        var raise = new float[count];
        var furrow = new float[count];
        var nod = new float[count];
        var question = sentence.Signs[0].Markers & (NonManualMarker.YesNoQuestion | NonManualMarker.WhQuestion);
        if (question != NonManualMarker.None)
        {
            // Brows go up (or together) just before the first sign and hold through the last.
            var from = spans[0].Start - QuestionRamp;
            var to = spans[^1].End + 2;
            for (var frame = 0; frame < count; frame++)
            {
                var level = Envelope(frame, from, to, QuestionRamp) * expressiveness;
                if (question == NonManualMarker.YesNoQuestion)
                {
                    raise[frame] = level;
                    nod[frame] = 0.6f * level;
                }
                else
                {
                    furrow[frame] = level;
                }
            }
        }

        var yaw = new float[count];
        var negated = spans.Where((_, sign) => (sentence.Signs[sign].Markers & NonManualMarker.Negation) != 0).ToList();
        if (negated.Count > 0)
        {
            var from = negated[0].Start - 2;
            var to = negated[^1].End + 1;
            var period = random.Range(8.5f, 11f);
            for (var frame = Math.Max(0, from); frame < Math.Min(count, to); frame++)
            {
                yaw[frame] = 0.9f * expressiveness * Envelope(frame, from, to, 2) * MathF.Sin(MathF.Tau * (frame - from) / period);
            }
        }

        var mouth = new float[count];
        foreach (var span in spans)
        {
            // Mouthing: one opening per syllable of the gloss, as signers mouth the word.
            var syllables = Math.Clamp(Syllables(span.Gloss), 1, 3);
            var amplitude = random.Range(0.5f, 1f) * expressiveness;
            for (var frame = 0; frame < span.Length; frame++)
            {
                mouth[span.Start + frame] = amplitude * MathF.Abs(MathF.Sin(MathF.PI * syllables * (frame + 0.5f) / span.Length));
            }
        }

        var eye = Enumerable.Repeat(1f, count).ToArray();
        for (var frame = random.Next(6, 40); frame + 1 < count; frame += random.Next(45, 110))
        {
            eye[frame - 1] = 0.5f;
            eye[frame] = 0.05f;
            eye[frame + 1] = 0.45f;
        }

        var phase = random.Range(0, MathF.Tau);
        var poses = new SignerPose[count];
        for (var frame = 0; frame < count; frame++)
        {
            var sway = new Vector2(0.012f * MathF.Sin((MathF.Tau * frame / 70) + phase), 0.006f * MathF.Sin((MathF.Tau * frame / 53) + (1.3f * phase)));
            poses[frame] = new SignerPose(hands[frame].Dominant, hands[frame].Weak, raise[frame], furrow[frame], yaw[frame], nod[frame], mouth[frame], eye[frame], sway);
        }

        return poses;
    }

    /// <summary>0 outside [from, to), ramping linearly to 1 over <paramref name="ramp"/> frames at both ends.</summary>
    private static float Envelope(int frame, int from, int to, int ramp)
    {
        if (frame < from || frame >= to)
        {
            return 0;
        }

        return MathF.Min(1, MathF.Min((frame - from + 1) / (float)ramp, (to - frame) / (float)ramp));
    }

    private static int Syllables(string gloss)
    {
        var count = 0;
        var inVowel = false;
        foreach (var letter in gloss)
        {
            var vowel = "AEIOUY".Contains(letter, StringComparison.Ordinal);
            if (vowel && !inVowel)
            {
                count++;
            }

            inVowel = vowel;
        }

        return count;
    }
}
