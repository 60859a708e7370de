using System.Numerics;
using Sign2Gpt.Datasets.SynthSign;
using Sign2Gpt.Datasets.SynthSign.Animation;
using Sign2Gpt.Datasets.SynthSign.Grammar;
using Sign2Gpt.Datasets.SynthSign.Signers;

namespace Sign2Gpt.Datasets.Tests.SynthSign;

public sealed class SignAnimatorTests
{
    private static readonly SignerProfile Signer = SignerCast.Create(1)[0];

    [Fact]
    public void Yes_no_question_raises_the_brows_over_every_sign_and_a_statement_does_not()
    {
        var question = Animate(new PossessionStatement(
            TimeReference.Tomorrow, PersonRef.Pronoun(Person.You), Thing.Car, ThingQuality.New, new ClauseForm(Mood.YesNoQuestion, null, Negation.None)));
        var statement = Animate(new PossessionStatement(
            TimeReference.Tomorrow, PersonRef.Pronoun(Person.I), Thing.Car, ThingQuality.New, ClauseForm.Statement));

        Assert.All(question.Signs, span => Assert.All(Frames(question, span), pose => Assert.True(pose.BrowRaise > 0.5f)));
        Assert.All(question.Poses, pose => Assert.Equal(0, pose.BrowFurrow));
        Assert.All(statement.Poses, pose => Assert.Equal(0, pose.BrowRaise));
    }

    [Fact]
    public void Wh_question_furrows_the_brows()
    {
        var animation = Animate(new ActivityEvent(
            null, new PersonRef(Person.Sister, Possessor.Your), Activity.Live, null, Modal.None, new ClauseForm(Mood.WhQuestion, WhWord.Where, Negation.None)));

        Assert.All(animation.Signs, span => Assert.All(Frames(animation, span), pose => Assert.True(pose.BrowFurrow > 0.5f)));
        Assert.All(animation.Poses, pose => Assert.Equal(0, pose.BrowRaise));
    }

    [Fact]
    public void Head_shakes_over_the_negated_signs_only()
    {
        var animation = Animate(new ObjectActionEvent(
            TimeReference.Today, new PersonRef(Person.Father, Possessor.My), ObjectAction.Drink, Thing.Coffee, null, Modal.None,
            new ClauseForm(Mood.Statement, null, Negation.Signed)));
        var verb = animation.Signs[^2];
        var not = animation.Signs[^1];

        var shake = Frames(animation, new SignSpan("", verb.Start, not.End - verb.Start)).Select(pose => pose.HeadYaw).ToList();
        Assert.True(shake.Max() > 0.3f && shake.Min() < -0.3f, "the head does not turn both ways over the negated signs");
        Assert.All(animation.Poses.Take(animation.Signs[^3].End), pose => Assert.Equal(0, pose.HeadYaw));
    }

    [Fact]
    public void Hands_glide_between_signs_without_returning_to_rest()
    {
        var animation = Animate(new MotionPlan(
            TimeReference.ThisEvening, PersonRef.Pronoun(Person.I), new PersonRef(Person.Sister, Possessor.My), Place.Cinema, Motion.Walk, Modal.Want,
            ClauseForm.Statement));
        var rest = SignSpace.Rest(Signer.DominantSide, Signer.HandSize).Wrist;

        for (var sign = 1; sign < animation.Signs.Count; sign++)
        {
            var gap = animation.Signs[sign].Start - animation.Signs[sign - 1].End;
            Assert.InRange(gap, 2, 7);
        }

        var during = animation.Poses.Skip(animation.Signs[0].Start).Take(animation.Signs[^1].End - animation.Signs[0].Start).ToList();
        Assert.DoesNotContain(during, pose => Vector2.Distance(pose.Dominant.Wrist, rest) < 0.05f);
        for (var frame = 1; frame < animation.Poses.Count; frame++)
        {
            var step = Vector2.Distance(animation.Poses[frame].Dominant.Wrist, animation.Poses[frame - 1].Dominant.Wrist);
            Assert.True(step < 0.3f, $"the hand jumps {step} body units at frame {frame}: {string.Join(", ", animation.Signs)}");
        }
    }

    [Fact]
    public void Faster_signers_take_fewer_frames_and_the_mouth_moves_while_signing()
    {
        var meaning = new WeatherForecast(TimeReference.Tomorrow, Region.North, WeatherKind.Rain, true, Negation.None, null);

        var slow = Animate(meaning, Signer with { Tempo = 0.8f });
        var fast = Animate(meaning, Signer with { Tempo = 1.25f });

        Assert.True(fast.Poses.Count < slow.Poses.Count, $"{fast.Poses.Count} frames fast, {slow.Poses.Count} slow");
        Assert.All(slow.Signs, span => Assert.Contains(Frames(slow, span), pose => pose.MouthOpen > 0.3f));
    }

    private static SentenceAnimation Animate(Meaning meaning, SignerProfile? signer = null) =>
        SignAnimator.Animate(SynthSignLanguage.Dgs.Realizer.Realize(meaning), SynthSignLanguage.Dgs.Lexicon, signer ?? Signer, SynthRandom.For(1, "test"));

    private static IEnumerable<SignerPose> Frames(SentenceAnimation animation, SignSpan span) =>
        animation.Poses.Skip(span.Start).Take(span.Length);
}
