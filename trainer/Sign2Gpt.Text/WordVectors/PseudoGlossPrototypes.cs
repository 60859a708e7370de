using Sign2Gpt.Text.PseudoGlosses;

namespace Sign2Gpt.Text.WordVectors;

/// <summary>The whole offline step: pseudo-glosses, vocabulary and prototype matrix of a training split.</summary>
public static class PseudoGlossPrototypes
{
    /// <summary>
    /// Pseudo-glosses every sentence, builds the filtered vocabulary, trains fastText on the sentences written
    /// in pseudo-gloss spelling (lemmas for German and English, so each pseudo-gloss is a corpus word with its
    /// real context) and returns the vocabulary with its [V+1, D] prototype matrix.
    /// </summary>
    public static async Task<(PseudoGlossVocabulary Vocabulary, PrototypeMatrix Prototypes)> BuildAsync(
        IReadOnlyList<string> trainingSentences,
        PseudoGlossGenerator generator,
        FastTextOptions options,
        CancellationToken cancellationToken)
    {
        var vocabulary = PseudoGlossVocabulary.Build(trainingSentences.Select(generator.Generate));
        var corpus = trainingSentences.Select(s => string.Join(' ', generator.Normalise(s)));
        var vectors = await new FastTextWordVectorTrainer(options).TrainAsync(corpus, [.. vocabulary.Glosses], cancellationToken);
        return (vocabulary, PrototypeMatrix.Build(vocabulary, vectors, options.Dimension));
    }
}
